package org.zwgk.catalogue.spring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.CheckRefusedException.Reason;
import org.zwgk.catalogue.spring.Upload;

/**
 * An uploaded .zip opened in memory (never on disk) into the catalogues it holds, within the read limits: at most
 * {@code maxZipEntries} entries, no entry above {@code maxFileBytes} or inflating more than {@code maxInflateRatio}
 * times its compressed size, and not more than the upload limit's worth of catalogues in all. Entries are taken as
 * the readers take ({@link Format}), without hidden files or Office lock files, sorted by name.
 */
public final class ZipUploads {

    private ZipUploads() {
    }

    /** The catalogues in {@code zip}; refused (422) when it is corrupt, holds none, or goes over a limit. */
    public static List<Upload> open(Upload zip, ReadLimits limits) {
        List<ZipArchiveEntry> entries;
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip.bytes()))
                .get()) {
            entries = Collections.list(file.getEntries());
            if (entries.size() > limits.maxZipEntries()) {
                throw refused("upload.zip.entries", zip, entries.size(), limits.maxZipEntries());
            }
            List<Upload> uploads = new ArrayList<>();
            long total = 0;
            for (ZipArchiveEntry e : entries) {
                if (e.isDirectory() || !looksLikeCatalogue(e.getName())) {
                    continue;
                }
                byte[] bytes = read(file, e, zip, limits);
                total += bytes.length;
                if (total > limits.maxFileBytes() * 2) {
                    throw refused("upload.zip.total", zip, limits.maxFileBytes() * 2);
                }
                uploads.add(new Upload(e.getName(), bytes));
            }
            if (uploads.isEmpty()) {
                throw refused("upload.zip.empty", zip, supported());
            }
            uploads.sort(Comparator.comparing(Upload::name));
            return uploads;
        } catch (IOException | RuntimeException e) {
            if (e instanceof CheckRefusedException r) {
                throw r;
            }
            throw refused("upload.zip.corrupt", zip, e.getClass().getSimpleName());
        }
    }

    private static byte[] read(ZipFile file, ZipArchiveEntry e, Upload zip, ReadLimits limits) throws IOException {
        long compressed = Math.max(1, e.getCompressedSize());
        long bound = Math.min(limits.maxFileBytes(), compressed * limits.maxInflateRatio());
        try (InputStream in = file.getInputStream(e)) {
            // One byte past the bound tells that the entry goes over it, without inflating any more of it.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, bound + 1));
            if (bytes.length > bound) {
                throw bytes.length > limits.maxFileBytes()
                        ? refused("upload.zip.entry-size", zip, e.getName(), limits.maxFileBytes())
                        : refused("upload.zip.inflate-ratio", zip, e.getName(), limits.maxInflateRatio());
            }
            return bytes;
        }
    }

    private static boolean looksLikeCatalogue(String entry) {
        String name = entry.substring(entry.lastIndexOf('/') + 1);
        if (name.startsWith(".") || name.startsWith("~$") || entry.startsWith("__MACOSX/")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && Format.fromName(name.substring(dot + 1).toLowerCase(Locale.ROOT)).isPresent();
    }

    /** Every extension the readers take, for messages. */
    public static String supported() {
        return Arrays.stream(Format.values()).flatMap(f -> f.extensions().stream())
                .collect(Collectors.joining(", "));
    }

    private static CheckRefusedException refused(String id, Upload zip, Object... args) {
        return new CheckRefusedException(Reason.UNREADABLE, ServiceMessages.problem(id, zip.name(), args));
    }
}
