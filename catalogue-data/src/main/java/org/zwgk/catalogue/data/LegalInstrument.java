package org.zwgk.catalogue.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.Confidence;

/**
 * A law, regulation, rule or policy document cited by catalogues, with its versions, status and sources.
 *
 * @param id             stable registry id, e.g. {@code sc-gov-info-disclosure-reg}
 * @param title          canonical title without 《》
 * @param aliases        other names and document numbers it is cited by
 * @param kind           法律, 行政法规, 部门规章, 规范性文件 …
 * @param issuer         the issuing body, where known
 * @param documentNumber the current document number, where known
 * @param versions       its texts, oldest first
 * @param repealedOn     the first day it is no longer in force, where repealed
 * @param successorId    the registry id of what replaces it
 * @param statusVerified false where the registry marks the status 未核实 (unverified)
 * @param provisions     key provisions
 * @param confidence     how sure the entry is
 * @param sources        the sources (addresses with what each verifies)
 * @param notes          registry notes
 */
public record LegalInstrument(String id, String title, List<String> aliases, String kind, Optional<String> issuer,
        Optional<String> documentNumber, List<InstrumentVersion> versions, Optional<LocalDate> repealedOn,
        Optional<String> successorId, boolean statusVerified, List<Provision> provisions, Confidence confidence,
        List<String> sources, Optional<String> notes) {

    public LegalInstrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(documentNumber, "documentNumber");
        versions = List.copyOf(versions);
        Objects.requireNonNull(repealedOn, "repealedOn");
        Objects.requireNonNull(successorId, "successorId");
        provisions = List.copyOf(provisions);
        Objects.requireNonNull(confidence, "confidence");
        sources = List.copyOf(sources);
        Objects.requireNonNull(notes, "notes");
    }

    /** The status on {@code date}: in force if first effective ≤ date < repealedOn. */
    public InstrumentStatus statusOn(LocalDate date) {
        throw new UnsupportedOperationException("catalogue-data: not implemented yet");
    }

    /** The key provision with this article (e.g. 第二十六条) of the latest version that has it. */
    public Optional<Provision> provision(String article) {
        throw new UnsupportedOperationException("catalogue-data: not implemented yet");
    }
}
