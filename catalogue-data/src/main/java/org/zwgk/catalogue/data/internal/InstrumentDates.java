package org.zwgk.catalogue.data.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.data.InstrumentStatus;
import org.zwgk.catalogue.data.InstrumentVersion;
import org.zwgk.catalogue.data.LegalInstrument;

/**
 * The status of an instrument on a date, from the dates the registry gives and nothing else. Where a date is
 * missing the answer is {@link InstrumentStatus#UNVERIFIED}, not a guess.
 */
public final class InstrumentDates {

    private static final Pattern LABEL_YEAR = Pattern.compile("^(\\d{4})年");

    private InstrumentDates() {
    }

    /** See {@link LegalInstrument#statusOn(LocalDate)}. */
    public static InstrumentStatus statusOn(LegalInstrument instrument, LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (instrument.repealedOn().isPresent() && !date.isBefore(instrument.repealedOn().get())) {
            return InstrumentStatus.REPEALED;
        }
        Optional<LocalDate> firstEffective = instrument.versions().isEmpty() ? Optional.empty()
                : instrument.versions().get(0).effective();
        Optional<LocalDate> earliestEffective = instrument.versions().stream().map(InstrumentVersion::effective)
                .flatMap(Optional::stream).min(LocalDate::compareTo);
        Optional<LocalDate> earliestPromulgated = instrument.versions().stream().map(InstrumentVersion::promulgated)
                .flatMap(Optional::stream).min(LocalDate::compareTo);
        Optional<Integer> labelYear = instrument.versions().isEmpty() ? Optional.empty()
                : labelYear(instrument.versions().get(0));

        // Nothing is in force before it is promulgated (or, lacking that date, before the year its label names).
        Optional<LocalDate> notBefore = earliestPromulgated.or(() -> labelYear.map(y -> LocalDate.of(y, 1, 1)));
        if (notBefore.isPresent() && date.isBefore(notBefore.get())) {
            return InstrumentStatus.NOT_YET_IN_FORCE;
        }
        if (firstEffective.isPresent() && date.isBefore(firstEffective.get())) {
            return InstrumentStatus.NOT_YET_IN_FORCE;
        }
        if (!instrument.statusVerified()) {
            return InstrumentStatus.UNVERIFIED;
        }
        boolean repealedWithoutDate = instrument.registryStatus().filter(s -> s.startsWith("已废止")).isPresent()
                && instrument.repealedOn().isEmpty();
        if (repealedWithoutDate) {
            return InstrumentStatus.UNVERIFIED;
        }
        if (earliestEffective.isPresent()) {
            // The first text's 施行 date may be unknown; then the gap before the first known one stays open.
            return date.isBefore(earliestEffective.get()) ? InstrumentStatus.UNVERIFIED : InstrumentStatus.IN_FORCE;
        }
        // No 施行 date anywhere (policy documents): in force from promulgation, or from the end of the stated year.
        Optional<LocalDate> existsBy = earliestPromulgated.or(() -> labelYear.map(y -> LocalDate.of(y, 12, 31)));
        return existsBy.filter(d -> !date.isBefore(d)).isPresent() ? InstrumentStatus.IN_FORCE
                : InstrumentStatus.UNVERIFIED;
    }

    /** See {@link LegalInstrument#versionOn(LocalDate)}. */
    public static Optional<InstrumentVersion> versionOn(LegalInstrument instrument, LocalDate date) {
        if (statusOn(instrument, date) != InstrumentStatus.IN_FORCE) {
            return Optional.empty();
        }
        InstrumentVersion found = null;
        for (InstrumentVersion v : instrument.versions()) {
            if (v.effective().isPresent()) {
                if (!v.effective().get().isAfter(date)) {
                    found = v;
                }
            } else if (v.promulgated().map(p -> !p.isAfter(date)).orElse(true)) {
                // A version that may already apply, with no 施行 date: the text on this date is not known.
                found = null;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Integer> labelYear(InstrumentVersion version) {
        Matcher m = LABEL_YEAR.matcher(version.label());
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
