package org.zwgk.catalogue.io.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.io.internal.source.TextDecoding;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.model.json.ParsedCatalogue;

/**
 * The canonical JSON, read leniently with {@link CatalogueJson#parse}: each category's JSON pointer is its
 * source, and each stated field's pointer ({@code /categories/3/deadline}) the field's. A file that is not JSON
 * at all, or whose top level is not an object, cannot be read.
 */
final class JsonReading {

    private static final Set<String> FATAL = Set.of("json.syntax", "json.root.object", "json.key.duplicate");
    /** The model's limit problems, as the readers' {@code io.limit.*} ids. */
    private static final Map<String, String> LIMITS = Map.of("json.limit.depth", "io.limit.json-depth",
            "json.limit.string", "io.limit.json-string");

    private JsonReading() {
    }

    /**
     * Reads the file's bytes. Most JSON is UTF-8 and is parsed from the bytes, as Jackson decodes them; a file with
     * a UTF-16 byte-order mark, or one the byte parse cannot read (not UTF-8 — a GB18030 export — or not JSON, or
     * beyond a limit) is decoded as every text file is and parsed again, so its problems and their positions are
     * the text parse's.
     */
    static ReadResult read(byte[] bytes, String file, ReadLimits limits) throws UnreadableInputException {
        ParsedCatalogue parsed = TextDecoding.hasUtf16Mark(bytes) ? null
                : CatalogueJson.parse(bytes, file, limits.json());
        if (parsed == null || parsed.problems().stream().map(Problem::messageId)
                .anyMatch(id -> FATAL.contains(id) || LIMITS.containsKey(id))) {
            parsed = CatalogueJson.parse(TextDecoding.decode(bytes).text(), file, limits.json());
        }
        for (Problem p : parsed.problems()) {
            if (LIMITS.containsKey(p.messageId())) {
                throw new UnreadableInputException(IoMessages.problem(LIMITS.get(p.messageId()), p.location(),
                        p.location().pointer().orElse("/"), p.arguments().get(p.arguments().size() - 1)));
            }
            if (FATAL.contains(p.messageId())) {
                throw new UnreadableInputException(p);
            }
        }
        Catalogue catalogue = parsed.catalogue();
        List<Category> categories = catalogue.categories();
        List<CategorySources> sources = new ArrayList<>(categories.size());
        for (int i = 0; i < categories.size() && i < parsed.categorySources().size(); i++) {
            SourceLocation row = parsed.categorySources().get(i);
            String pointer = row.pointer().orElse("");
            Map<CategoryField, SourceLocation> fields = new EnumMap<>(CategoryField.class);
            for (CategoryField f : CategoryField.values()) {
                if (categories.get(i).isStated(f)) {
                    fields.put(f, SourceLocation.ofPointer(file, pointer + "/" + f.jsonName()));
                }
            }
            sources.add(new CategorySources(row, fields));
        }
        return new ReadResult(catalogue, Format.JSON, sources, parsed.problems());
    }
}
