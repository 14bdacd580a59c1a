package org.zwgk.catalogue.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.internal.json.CanonicalReader;
import org.zwgk.catalogue.model.internal.json.CanonicalWriter;

/**
 * The canonical JSON form of a catalogue: values as printed in Chinese on the catalogue
 * ({@code "channels": ["政府网站","两微一端"]}), each category with its area, and each deadline's original text
 * beside its parsed form. Absent fields are left out. The JSON Schema (draft 2020-12) is {@link #SCHEMA_RESOURCE}.
 *
 * <p>Citations, channels, content elements and deadlines are stored as their text and parsed again when read
 * (the parsed form of a deadline is written for readers of the file, and ignored on reading). Every value the
 * parsers produce reads back equal; a value built by hand whose fields disagree with its text does not. Areas are
 * known by name through their categories: an area without categories is not written.
 */
public final class CatalogueJson {

    /** Class-path resource of the JSON Schema of the canonical form. */
    public static final String SCHEMA_RESOURCE = "org/zwgk/catalogue/model/json/catalogue.schema.json";

    private CatalogueJson() {
    }

    /** Writes the canonical JSON, pretty-printed, with a final newline. */
    public static String write(Catalogue catalogue) {
        return CanonicalWriter.write(catalogue, List.of());
    }

    /**
     * Writes the canonical JSON with each category's source location ({@code "source": {...}}), given in
     * {@link Catalogue#categories()} order. Readers ignore {@code source}.
     */
    public static String write(Catalogue catalogue, List<Optional<SourceLocation>> categorySources) {
        return CanonicalWriter.write(catalogue, categorySources);
    }

    /** Reads strictly: any problem makes the whole read fail with every problem listed. */
    public static Catalogue read(String json, String file) throws CatalogueFormatException {
        ParsedCatalogue parsed = parse(json, file);
        if (!parsed.problems().isEmpty()) {
            throw new CatalogueFormatException(parsed.problems());
        }
        return parsed.catalogue();
    }

    /** Reads a UTF-8 stream strictly. */
    public static Catalogue read(InputStream in, String file) throws CatalogueFormatException {
        return read(readUtf8(in), file);
    }

    /** Reads leniently: bad categories are reported with their JSON pointer and the rest is still read. */
    public static ParsedCatalogue parse(String json, String file) {
        return parse(json, file, JsonLimits.defaults());
    }

    /**
     * Reads leniently within {@code limits}: nesting deeper or a string longer than they allow stops the read
     * with one problem ({@code json.limit.depth}, {@code json.limit.string}) located at the JSON pointer where
     * it happened; a key given twice in one object stops it with {@code json.key.duplicate}.
     */
    public static ParsedCatalogue parse(String json, String file, JsonLimits limits) {
        return CanonicalReader.parse(json, file, limits);
    }

    /**
     * As {@link #parse(String, String, JsonLimits)}, from the file's bytes in UTF-8 (RFC 8259's encoding for JSON
     * exchanged between systems; a byte-order mark is skipped): the parser decodes as it goes, with no string of
     * the whole file first. Bytes that are not UTF-8 are a {@code json.syntax} problem.
     */
    public static ParsedCatalogue parse(byte[] utf8, String file, JsonLimits limits) {
        return CanonicalReader.parse(utf8, file, limits);
    }

    /** The JSON Schema of the canonical form, as text. */
    public static String schema() {
        // Class#getResourceAsStream from this module: found on the module path too, where the package is not open.
        try (InputStream in = CatalogueJson.class.getResourceAsStream("/" + SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return readUtf8(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readUtf8(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
