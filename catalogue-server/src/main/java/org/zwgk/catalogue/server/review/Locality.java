package org.zwgk.catalogue.server.review;

import java.util.Objects;
import java.util.Optional;

/**
 * A locality expected in a round (a county branch, a town).
 *
 * @param id         its id (a UUID of version 7: time-ordered, 74 random bits), part of its upload link
 * @param roundId    the round
 * @param position   its place in the order the reviewer gave, from 0
 * @param name       e.g. 渝北区
 * @param level      its administrative level, when given
 * @param code       its 行政区划代码, when given
 * @param linkActive false when its link was revoked
 * @param versions   how many uploads it made
 */
public record Locality(String id, String roundId, int position, String name, Optional<String> level,
        Optional<String> code, boolean linkActive, int versions) {
    public Locality {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
    }
}
