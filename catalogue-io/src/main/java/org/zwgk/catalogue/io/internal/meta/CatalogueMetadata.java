package org.zwgk.catalogue.io.internal.meta;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.DeclaredShape;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.Provenance;
import org.zwgk.catalogue.model.internal.Text;

/**
 * A catalogue's information (目录信息) as key-value lines: what the national layout has no place for. Written on
 * the 目录信息 sheet of an xlsx and above the table of a CSV, read back from there, so that round trips keep the
 * edition id, issuer, document number, date, level, locality, parent, declared shape and provenance.
 *
 * @param editionId      版本标识
 * @param title          标题
 * @param issuer         发布机关
 * @param documentNumber 文号
 * @param issuedOn       发布日期
 * @param level          目录层级
 * @param locality       地区
 * @param parentEdition  上级目录
 * @param declaredShape  声明一级事项数, 声明二级事项数, 声明出处
 * @param provenance     出处, 可信度, 推定字段, 转录说明
 */
public record CatalogueMetadata(Optional<String> editionId, Optional<String> title, Optional<String> issuer,
        Optional<String> documentNumber, Optional<LocalDate> issuedOn, Optional<AdministrativeLevel> level,
        Optional<String> locality, Optional<String> parentEdition, Optional<DeclaredShape> declaredShape,
        Provenance provenance) {

    static final String EDITION = "版本标识";
    static final String TITLE = "标题";
    static final String ISSUER = "发布机关";
    static final String DOCUMENT_NUMBER = "文号";
    static final String ISSUED_ON = "发布日期";
    static final String LEVEL = "目录层级";
    static final String LOCALITY = "地区";
    static final String PARENT = "上级目录";
    static final String SHAPE_AREAS = "声明一级事项数";
    static final String SHAPE_CATEGORIES = "声明二级事项数";
    static final String SHAPE_STATED_IN = "声明出处";
    static final String SOURCES = "出处";
    static final String CONFIDENCE = "可信度";
    static final String INFERRED = "推定字段";
    static final String NOTES = "转录说明";

    /** Every key, in the order written. */
    public static final List<String> KEYS = List.of(EDITION, TITLE, ISSUER, DOCUMENT_NUMBER, ISSUED_ON, LEVEL,
            LOCALITY, PARENT, SHAPE_AREAS, SHAPE_CATEGORIES, SHAPE_STATED_IN, SOURCES, CONFIDENCE, INFERRED, NOTES);

    /** No information. */
    public static final CatalogueMetadata NONE = new CatalogueMetadata(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Provenance.none());

    /** True when {@code text} is one of the keys. */
    public static boolean isKey(String text) {
        return KEYS.contains(Text.compact(text));
    }

    /** The lines to write for a catalogue; edition id and title always, other keys when present. */
    public static List<Map.Entry<String, String>> lines(Catalogue c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(EDITION, c.editionId());
        m.put(TITLE, c.title());
        c.issuer().ifPresent(v -> m.put(ISSUER, v));
        c.documentNumber().ifPresent(v -> m.put(DOCUMENT_NUMBER, v));
        c.issuedOn().ifPresent(v -> m.put(ISSUED_ON, v.toString()));
        c.level().ifPresent(v -> m.put(LEVEL, v.label()));
        c.locality().ifPresent(v -> m.put(LOCALITY, v));
        c.parentEdition().ifPresent(v -> m.put(PARENT, v));
        c.declaredShape().ifPresent(s -> {
            m.put(SHAPE_AREAS, Integer.toString(s.areas()));
            m.put(SHAPE_CATEGORIES, Integer.toString(s.categories()));
            s.statedIn().ifPresent(v -> m.put(SHAPE_STATED_IN, v));
        });
        Provenance p = c.provenance();
        if (!p.sources().isEmpty()) {
            m.put(SOURCES, String.join("\n", p.sources()));
        }
        p.confidence().ifPresent(v -> m.put(CONFIDENCE, v.key()));
        if (!p.inferred().isEmpty()) {
            m.put(INFERRED, RowExtras.inferredCell(p.inferred()));
        }
        p.notes().ifPresent(v -> m.put(NOTES, v));
        return List.copyOf(m.entrySet());
    }

    /** Reads the lines; a value that cannot be read is reported and left out. */
    public static CatalogueMetadata read(List<KeyValue> lines, List<Problem> problems) {
        Map<String, KeyValue> byKey = new LinkedHashMap<>();
        for (KeyValue kv : lines) {
            String key = Text.compact(kv.key());
            if (KEYS.contains(key) && !kv.value().isBlank()) {
                byKey.putIfAbsent(key, kv);
            }
        }
        Reader r = new Reader(byKey, problems);
        Optional<DeclaredShape> shape = Optional.empty();
        Optional<Integer> areas = r.number(SHAPE_AREAS);
        Optional<Integer> categories = r.number(SHAPE_CATEGORIES);
        if (areas.isPresent() && categories.isPresent()) {
            shape = Optional.of(new DeclaredShape(areas.get(), categories.get(), r.text(SHAPE_STATED_IN)));
        }
        Provenance provenance = new Provenance(r.lines(SOURCES), r.confidence(), r.inferred(), r.text(NOTES));
        return new CatalogueMetadata(r.text(EDITION), r.text(TITLE), r.text(ISSUER), r.text(DOCUMENT_NUMBER),
                r.date(ISSUED_ON), r.level(), r.text(LOCALITY), r.text(PARENT), shape, provenance);
    }

    /** Typed access to the lines, each failure reported. */
    private record Reader(Map<String, KeyValue> byKey, List<Problem> problems) {

        Optional<String> text(String key) {
            return Optional.ofNullable(byKey.get(key)).map(kv -> kv.value().strip());
        }

        List<String> lines(String key) {
            return text(key).map(v -> v.lines().map(String::strip).filter(s -> !s.isEmpty()).toList())
                    .orElse(List.of());
        }

        Optional<Integer> number(String key) {
            return parsed(key, v -> {
                int n = Integer.parseInt(v);
                return n >= 0 ? n : null;
            });
        }

        Optional<LocalDate> date(String key) {
            return parsed(key, LocalDate::parse);
        }

        Optional<AdministrativeLevel> level() {
            return parsed(LEVEL, v -> AdministrativeLevel.parse(v).orElse(null));
        }

        Optional<Confidence> confidence() {
            return parsed(CONFIDENCE, v -> Confidence.fromKey(v).orElse(null));
        }

        Set<CategoryField> inferred() {
            List<String> unknown = new ArrayList<>();
            Set<CategoryField> fields = text(INFERRED).map(v -> RowExtras.parseInferred(v, unknown))
                    .orElse(EnumSet.noneOf(CategoryField.class));
            unknown.forEach(u -> report(INFERRED, u));
            return fields;
        }

        private <T> Optional<T> parsed(String key, java.util.function.Function<String, T> parse) {
            Optional<String> v = text(key);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            T value;
            try {
                value = parse.apply(v.get());
            } catch (NumberFormatException | DateTimeParseException e) {
                value = null;
            }
            if (value == null) {
                report(key, v.get());
            }
            return Optional.ofNullable(value);
        }

        private void report(String key, String value) {
            problems.add(IoMessages.problem("io.bad-metadata", byKey.get(key).at(), key, value));
        }
    }
}
