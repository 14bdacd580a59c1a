package org.zwgk.catalogue.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * 一级事项: a group of categories.
 *
 * @param code       a stable code, where one is assigned
 * @param name       the area's name as printed
 * @param categories its categories in printed order
 */
public record Area(Optional<String> code, @NotBlank(message = "{zwgk.area.name.required}") String name,
        List<@Valid Category> categories) {

    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        categories = List.copyOf(categories);
    }

    /** An area without a code. */
    public static Area of(String name, List<Category> categories) {
        return new Area(Optional.empty(), name, categories);
    }
}
