package org.zwgk.catalogue.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The size a guideline declares for its catalogue (e.g. 5方面25类), which may differ from what has been
 * transcribed.
 *
 * @param areas      declared number of 一级事项
 * @param categories declared number of 二级事项
 * @param statedIn   where the declaration is stated
 */
public record DeclaredShape(int areas, int categories, Optional<String> statedIn) {
    public DeclaredShape {
        if (areas < 0 || categories < 0) {
            throw new IllegalArgumentException("negative shape");
        }
        Objects.requireNonNull(statedIn, "statedIn");
    }
}
