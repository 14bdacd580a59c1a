package org.zwgk.catalogue.data;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One text of an instrument: the original, a revision or an amendment.
 *
 * @param label          e.g. 2019年修订
 * @param promulgated    the date of promulgation
 * @param effective      the date it took effect
 * @param documentNumber e.g. 国务院令第711号
 */
public record InstrumentVersion(String label, Optional<LocalDate> promulgated, Optional<LocalDate> effective,
        Optional<String> documentNumber) {
    public InstrumentVersion {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(promulgated, "promulgated");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(documentNumber, "documentNumber");
    }
}
