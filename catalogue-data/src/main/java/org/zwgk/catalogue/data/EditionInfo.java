package org.zwgk.catalogue.data;

import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.DeclaredShape;

/**
 * A bundled edition's summary, for listing without loading it.
 *
 * @param id                    the edition id, e.g. {@code mee-2019-672}
 * @param title                 the title
 * @param kind                  what the edition is
 * @param parentEdition         the edition it derives from
 * @param declaredShape         the declared size, where stated
 * @param transcribedCategories how many categories the bundled data holds
 * @param transcriptionStatus   a sentence on how complete and how sure the data is
 */
public record EditionInfo(String id, String title, EditionKind kind, Optional<String> parentEdition,
        Optional<DeclaredShape> declaredShape, int transcribedCategories, String transcriptionStatus) {
    public EditionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parentEdition, "parentEdition");
        Objects.requireNonNull(declaredShape, "declaredShape");
        Objects.requireNonNull(transcriptionStatus, "transcriptionStatus");
    }
}
