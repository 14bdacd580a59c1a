package org.zwgk.catalogue.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.data.internal.InstrumentDates;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.internal.Text;

/**
 * A law, regulation, rule or policy document cited by catalogues, with its versions, status and sources.
 *
 * @param id               stable registry id, e.g. {@code sc-gov-info-disclosure-reg}
 * @param title            canonical title without 《》
 * @param aliases          other names and document numbers it is cited by
 * @param kind             法律, 行政法规, 部门规章, 规范性文件 …
 * @param issuer           the issuing body, where known
 * @param documentNumber   the current document number, where known
 * @param versions         its texts, oldest first
 * @param repealedOn       the first day it is no longer in force, where repealed
 * @param successorId      the registry id of what replaces it
 * @param statusVerified   false where the registry marks the status 未核实 (unverified)
 * @param provisions       key provisions
 * @param confidence       how sure the entry is
 * @param sources          the sources (addresses with what each verifies)
 * @param notes            registry notes
 * @param registryStatus   the status as the registry writes it (state at the end of 2026), e.g. 已废止 or
 *                         有效(2026-08-15起施行); empty where 未核实
 * @param statusNote       the registry's note on the state before a repeal, where given
 * @param repealConfidence how sure the repeal fact is, where the registry rates it apart from the entry
 */
public record LegalInstrument(String id, String title, List<String> aliases, String kind, Optional<String> issuer,
        Optional<String> documentNumber, List<InstrumentVersion> versions, Optional<LocalDate> repealedOn,
        Optional<String> successorId, boolean statusVerified, List<Provision> provisions, Confidence confidence,
        List<String> sources, Optional<String> notes, Optional<String> registryStatus, Optional<String> statusNote,
        Optional<Confidence> repealConfidence) {

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
        Objects.requireNonNull(registryStatus, "registryStatus");
        Objects.requireNonNull(statusNote, "statusNote");
        Objects.requireNonNull(repealConfidence, "repealConfidence");
    }

    /** The instrument as first published with the API: no status text, note or separate repeal confidence. */
    public LegalInstrument(String id, String title, List<String> aliases, String kind, Optional<String> issuer,
            Optional<String> documentNumber, List<InstrumentVersion> versions, Optional<LocalDate> repealedOn,
            Optional<String> successorId, boolean statusVerified, List<Provision> provisions, Confidence confidence,
            List<String> sources, Optional<String> notes) {
        this(id, title, aliases, kind, issuer, documentNumber, versions, repealedOn, successorId, statusVerified,
                provisions, confidence, sources, notes, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The status on {@code date}: in force if first effective ≤ date &lt; repealedOn.
     *
     * <p>Where the registry leaves a date out, the answer says so rather than guess: {@link InstrumentStatus#UNVERIFIED}
     * when the status is 未核实, when a repeal is recorded without its date, or when the first text's 施行 date is
     * unknown and the date falls before the first known one. Before the first promulgation (or the first effective
     * date, where known) the answer is {@link InstrumentStatus#NOT_YET_IN_FORCE}. A 规范性文件 or an instrument whose
     * registry entry has no 施行 date at all is taken to be in force from its first promulgation.
     */
    public InstrumentStatus statusOn(LocalDate date) {
        return InstrumentDates.statusOn(this, date);
    }

    /** The key provision with this article (e.g. 第二十六条) of the latest version that has it. */
    public Optional<Provision> provision(String article) {
        String wanted = articleKey(article);
        return provisions.stream()
                .filter(p -> p.article().map(LegalInstrument::articleKey).filter(wanted::equals).isPresent())
                .max(Comparator.comparing(Provision::version));
    }

    /**
     * The text in force on {@code date}: the latest version that took effect on or before it, while the
     * instrument is {@link InstrumentStatus#IN_FORCE}. Empty when it is not in force, or when a later version's
     * 施行 date is unknown and that version may already apply (e.g. 危险废物经营许可证管理办法, 2016年第二次修订).
     */
    public Optional<InstrumentVersion> versionOn(LocalDate date) {
        return InstrumentDates.versionOn(this, date);
    }

    /** The latest version in the registry, where any. */
    public Optional<InstrumentVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    private static String articleKey(String article) {
        return Text.arabicNumerals(Text.compact(article));
    }
}
