package org.zwgk.catalogue.model.validation;

import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.CategoryField;

/**
 * One broken constraint, located in the catalogue and rendered in the requested language.
 *
 * @param messageId the stable message id, e.g. {@code zwgk.category.deadline.required}
 * @param path      the property path, e.g. {@code areas[0].categories[2].deadline}
 * @param area      the name of the area concerned
 * @param category  the name of the category concerned
 * @param field     the category field concerned
 * @param message   the message in the requested language
 */
public record Violation(String messageId, String path, Optional<String> area, Optional<String> category,
        Optional<CategoryField> field, String message) {
    public Violation {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
