package org.zwgk.catalogue.model;

import java.util.Objects;
import java.util.Optional;

/**
 * 不涉及 / 不适用: a parent category a catalogue declares it does not carry, with the reason it gives
 * (e.g. 职能范围未涉及). A declared gap, never a silent one.
 *
 * @param category the category's name as the catalogue writes it
 * @param code     the category's code, where given
 * @param area     the area it belongs to, where given
 * @param reason   the stated reason; empty when none is given (a blank reason is no reason)
 */
public record NotApplicable(String category, Optional<String> code, Optional<String> area, Optional<String> reason) {
    public NotApplicable {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(area, "area");
        reason = Objects.requireNonNull(reason, "reason").filter(r -> !r.isBlank());
    }
}
