package org.zwgk.catalogue.io.internal.source.ooxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.LimitExceeded;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * An Office Open XML package (.xlsx, .docx) opened in place from its bytes with commons-compress, every part
 * inflating through the zip-bomb guard of this read's limits: the entry count is checked from the
 * end-of-central-directory record before the entries are listed, and each part's inflated size and ratio while it
 * inflates. Parts are parsed with {@link SecureSax}, or handed to POI through {@link #entrySource()} with a DOCTYPE
 * refused first. The bounds are this read's own: no POI or JVM setting is changed. Not thread-safe (one read).
 */
public final class OoxmlPackage implements AutoCloseable {

    private final ZipFile zip;
    private final String file;
    private final ReadLimits limits;

    private OoxmlPackage(ZipFile zip, String file, ReadLimits limits) {
        this.zip = zip;
        this.file = file;
        this.limits = limits;
    }

    /**
     * Opens the package; fails with {@code io.limit.zip-entries} past the entry limit, with an IOException when
     * the bytes are no zip.
     */
    @SuppressWarnings("deprecation") // ZipFile's builder needs commons-io types on this module's path
    public static OoxmlPackage open(byte[] bytes, String file, ReadLimits limits) throws IOException {
        int declared = declaredEntries(bytes);
        if (declared > limits.maxZipEntries()) {
            throw tooManyEntries(file, declared, limits);
        }
        ZipFile zip = new ZipFile(new SeekableInMemoryByteChannel(bytes));
        int entries = Collections.list(zip.getEntries()).size();
        if (entries > limits.maxZipEntries()) {
            zip.close();
            throw tooManyEntries(file, entries, limits);
        }
        return new OoxmlPackage(zip, file, limits);
    }

    private static LimitExceeded tooManyEntries(String file, int entries, ReadLimits limits) {
        return new LimitExceeded(IoMessages.problem("io.limit.zip-entries", SourceLocation.ofFile(file), entries,
                limits.maxZipEntries()));
    }

    /**
     * The entry count the zip's end-of-central-directory record declares, read before the directory itself so
     * that a package with a million entries is refused before they are listed; 0 when there is no such record.
     */
    static int declaredEntries(byte[] bytes) {
        for (int i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65_535; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return (bytes[i + 10] & 0xFF) | (bytes[i + 11] & 0xFF) << 8;
            }
        }
        return 0;
    }

    /** True when the package has the part. */
    public boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    /** True when some part's name starts with {@code prefix} (word/, xl/). */
    public boolean hasPartsUnder(String prefix) {
        return Collections.list(zip.getEntries()).stream().anyMatch(e -> e.getName().startsWith(prefix));
    }

    /** Parses one part through the guards; a missing {@code required} part is an IOException. */
    public void parse(String part, DefaultHandler2 handler, boolean required) throws IOException, SAXException {
        ZipArchiveEntry entry = zip.getEntry(part);
        if (entry == null) {
            if (required) {
                throw new IOException("missing part " + part);
            }
            return;
        }
        try (InputStream in = inflate(entry)) {
            SecureSax.parse(in, handler, file, part);
        }
    }

    /** The relationships of a .rels part, targets resolved against {@code base}; none when it is missing. */
    public Relationships relationships(String part, String base) throws IOException, SAXException {
        Relationships rels = Relationships.none();
        parse(part, new DefaultHandler2() {
            @Override
            public void startElement(String uri, String local, String q, org.xml.sax.Attributes a) {
                if (local.equals("Relationship")) {
                    rels.add(XmlAttributes.value(a, "Id"), XmlAttributes.value(a, "Type"), base,
                            XmlAttributes.value(a, "Target"));
                }
            }
        }, false);
        return rels;
    }

    /** The package's main part (xl/workbook.xml, word/document.xml), as _rels/.rels names it. */
    public Optional<String> mainPart() throws IOException, SAXException {
        return relationships("_rels/.rels", "").ofType("officeDocument").stream().findFirst();
    }

    private InputStream inflate(ZipArchiveEntry entry) throws IOException {
        return new InflateGuard(zip.getInputStream(entry), entry.getCompressedSize(), file, entry.getName(), limits);
    }

    /**
     * The package as POI's {@link ZipEntrySource}, for POI's usermodel (XWPF): every part it opens inflates through
     * this read's guard, and an XML part that declares a DOCTYPE is refused ({@code io.xml-dtd}) before POI parses
     * it. POI's own parser refuses a DOCTYPE too; this makes the refusal a located problem.
     */
    public ZipEntrySource entrySource() {
        return new ZipEntrySource() {
            private boolean closed;

            @Override
            public Enumeration<? extends ZipArchiveEntry> getEntries() {
                return zip.getEntries();
            }

            @Override
            public ZipArchiveEntry getEntry(String path) {
                return zip.getEntry(path);
            }

            @Override
            public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
                byte[] bytes;
                try (InputStream in = inflate(entry)) {
                    bytes = in.readAllBytes();
                }
                String name = entry.getName();
                if ((name.endsWith(".xml") || name.endsWith(".rels")) && XmlProlog.declaresDoctype(bytes)) {
                    throw SecureSax.doctype(file, name);
                }
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public void close() {
                closed = true;
            }

            @Override
            public boolean isClosed() {
                return closed;
            }
        };
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Where a problem in a part of the package is: the file, and the part in place of a sheet. */
    public static SourceLocation at(String file, String part) {
        return new SourceLocation(file, Optional.of(part), OptionalInt.empty(), Optional.empty(), Optional.empty());
    }

    /** The limit problem inside a failure from a parser or POI, if one caused it. */
    public static Optional<LimitExceeded> limitIn(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof SAXException s && s.getException() != null
                ? s.getException() : t.getCause()) {
            if (t instanceof LimitExceeded l) {
                return Optional.of(l);
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return Optional.empty();
    }
}
