package org.zwgk.catalogue.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.zwgk.catalogue.data.EditionInfo;
import org.zwgk.catalogue.data.EditionKind;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.json.CatalogueFormatException;
import org.zwgk.catalogue.model.json.CatalogueJson;

/**
 * The bundled editions, read once from {@code editions/index.json} and the canonical JSON files it lists. Every
 * file is read strictly: a bundled edition with any problem is a build error, not a silent gap.
 */
public final class EditionStore {

    /** Class-path folder of the editions. */
    public static final String FOLDER = "org/zwgk/catalogue/data/editions/";

    private final Map<String, Catalogue> catalogues;
    private final List<EditionInfo> infos;

    private EditionStore(Map<String, Catalogue> catalogues, List<EditionInfo> infos) {
        this.catalogues = Map.copyOf(catalogues);
        this.infos = List.copyOf(infos);
    }

    /** Initialization-on-demand holder: loaded once, on first use, safely published to every thread. */
    private static final class Bundled {
        static final EditionStore INSTANCE = load();
    }

    /** The bundled editions. */
    public static EditionStore bundled() {
        return Bundled.INSTANCE;
    }

    /** The edition with this id. */
    public Optional<Catalogue> byId(String id) {
        return Optional.ofNullable(catalogues.get(id));
    }

    /** Every edition's summary, national first, then by id. */
    public List<EditionInfo> list() {
        return infos;
    }

    /** The class-path resource of an edition's JSON file, e.g. for schema checks. */
    public static String resourceOf(String fileName) {
        return FOLDER + fileName;
    }

    private static EditionStore load() {
        JsonNode index = readTree(FOLDER + "index.json");
        Map<String, Catalogue> catalogues = new LinkedHashMap<>();
        List<EditionInfo> infos = new ArrayList<>();
        for (JsonNode entry : index) {
            String id = entry.get("id").textValue();
            String file = FOLDER + entry.get("file").textValue();
            Catalogue c = readCatalogue(file);
            if (!c.editionId().equals(id)) {
                throw new IllegalStateException(file + " holds edition " + c.editionId() + ", index says " + id);
            }
            catalogues.put(id, c);
            infos.add(new EditionInfo(id, c.title(), EditionKind.valueOf(entry.get("kind").textValue()),
                    c.parentEdition(), c.declaredShape(), c.categoryCount(),
                    entry.get("transcriptionStatus").textValue()));
        }
        infos.sort(Comparator.comparing((EditionInfo i) -> i.kind() != EditionKind.NATIONAL)
                .thenComparing(EditionInfo::id));
        return new EditionStore(catalogues, infos);
    }

    /** The index entries, in file order: id and file name. */
    public static Map<String, String> indexFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        for (JsonNode entry : readTree(FOLDER + "index.json")) {
            files.put(entry.get("id").textValue(), entry.get("file").textValue());
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

    private static JsonNode readTree(String resource) {
        try (InputStream in = open(resource)) {
            return new ObjectMapper().readTree(in);
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
