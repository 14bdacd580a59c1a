package org.zwgk.catalogue.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.zwgk.catalogue.data.EditionInfo;
import org.zwgk.catalogue.data.EditionKind;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.internal.JsonTree;
import org.zwgk.catalogue.model.internal.JsonTree.Obj;
import org.zwgk.catalogue.model.json.CatalogueFormatException;
import org.zwgk.catalogue.model.json.CatalogueJson;

/**
 * The bundled editions, read once from {@code editions/index.json} and the canonical JSON files it lists. Every
 * file is read strictly: a bundled edition with any problem is a build error, not a silent gap.
 */
public final class EditionStore {

    /** Class-path folder of the editions. */
    public static final String FOLDER = "org/zwgk/catalogue/data/editions/";

    /** One line of {@code index.json}. */
    private record Entry(String id, String file, EditionKind kind, String transcriptionStatus) {
    }

    private final Map<String, Entry> index;
    /**
     * Editions are read when first asked for: a check needs its parent alone, and reading every bundled edition
     * was a tenth of the command line's start.
     */
    private final ConcurrentMap<String, Catalogue> loaded = new ConcurrentHashMap<>();
    private volatile List<EditionInfo> infos;

    private EditionStore(Map<String, Entry> index) {
        this.index = index;
    }

    /** Initialization-on-demand holder: the index is read once, on first use, safely published to every thread. */
    private static final class Bundled {
        static final EditionStore INSTANCE = load();
    }

    /** The bundled editions. */
    public static EditionStore bundled() {
        return Bundled.INSTANCE;
    }

    /** The edition with this id. */
    public Optional<Catalogue> byId(String id) {
        Entry entry = index.get(id);
        return entry == null ? Optional.empty() : Optional.of(loaded.computeIfAbsent(id, k -> read(entry)));
    }

    /** Every edition's summary, national first, then by id. */
    public List<EditionInfo> list() {
        List<EditionInfo> known = infos;
        if (known == null) {
            List<EditionInfo> all = new ArrayList<>();
            for (Entry e : index.values()) {
                Catalogue c = byId(e.id()).orElseThrow();
                all.add(new EditionInfo(e.id(), c.title(), e.kind(), c.parentEdition(), c.declaredShape(),
                        c.categoryCount(), e.transcriptionStatus()));
            }
            all.sort(Comparator.comparing((EditionInfo i) -> i.kind() != EditionKind.NATIONAL)
                    .thenComparing(EditionInfo::id));
            known = List.copyOf(all);
            infos = known;
        }
        return known;
    }

    /** The class-path resource of an edition's JSON file, e.g. for schema checks. */
    public static String resourceOf(String fileName) {
        return FOLDER + fileName;
    }

    private static EditionStore load() {
        Map<String, Entry> index = new LinkedHashMap<>();
        for (Obj entry : readIndex()) {
            String id = (String) entry.get("id");
            index.put(id, new Entry(id, (String) entry.get("file"), EditionKind.valueOf((String) entry.get("kind")),
                    (String) entry.get("transcriptionStatus")));
        }
        return new EditionStore(Collections.unmodifiableMap(index));
    }

    private static Catalogue read(Entry entry) {
        String file = FOLDER + entry.file();
        Catalogue c = readCatalogue(file);
        if (!c.editionId().equals(entry.id())) {
            throw new IllegalStateException(file + " holds edition " + c.editionId() + ", index says " + entry.id());
        }
        return c;
    }

    /** The index entries, in file order: id and file name. */
    public static Map<String, String> indexFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        for (Obj entry : readIndex()) {
            files.put((String) entry.get("id"), (String) entry.get("file"));
        }
        return files;
    }

    private static Catalogue readCatalogue(String resource) {
        try (InputStream in = open(resource)) {
            return CatalogueJson.read(in, resource);
        } catch (CatalogueFormatException e) {
            throw new IllegalStateException("bundled edition " + resource + " is not valid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of {@code index.json}, an array of objects. */
    private static List<Obj> readIndex() {
        try (InputStream in = open(FOLDER + "index.json")) {
            List<Obj> entries = new ArrayList<>();
            for (Object entry : (List<?>) JsonTree.read(in)) {
                entries.add((Obj) entry);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        // Class#getResourceAsStream from this module finds the resource on the module path too (package not open).
        InputStream in = EditionStore.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }
}
