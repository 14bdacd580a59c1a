package org.zwgk.catalogue.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.data.internal.EditionStore;
import org.zwgk.catalogue.model.Catalogue;

/**
 * The bundled catalogue editions: the national guideline (环办厅函〔2019〕672号), locality editions transcribed
 * from the seed documents, and sample catalogues. Loaded from resources once, cached, thread-safe.
 */
public final class Editions {

    /** The edition id of the national 标准目录. */
    public static final String NATIONAL_ID = "mee-2019-672";

    private Editions() {
    }

    /** The national edition {@code mee-2019-672}. */
    public static Catalogue national() {
        return EditionStore.bundled().byId(NATIONAL_ID)
                .orElseThrow(() -> new IllegalStateException("the national edition is not bundled"));
    }

    /** The bundled edition with this id. */
    public static Optional<Catalogue> byId(String id) {
        Objects.requireNonNull(id, "id");
        return EditionStore.bundled().byId(id);
    }

    /** Every bundled edition, national first, then by id. */
    public static List<EditionInfo> list() {
        return EditionStore.bundled().list();
    }
}
