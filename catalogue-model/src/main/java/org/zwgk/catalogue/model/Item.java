package org.zwgk.catalogue.model;

import java.util.List;
import java.util.Objects;

/**
 * 三级事项: a sub-row some localities add under a category.
 *
 * @param name    the item's name
 * @param content its own content elements, if the locality lists them apart
 */
public record Item(String name, List<ContentElement> content) {
    public Item {
        Objects.requireNonNull(name, "name");
        content = List.copyOf(content);
    }
}
