package org.zwgk.catalogue.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.zwgk.catalogue.data.internal.BundledAdditions;
import org.zwgk.catalogue.data.internal.CitationKeys;
import org.zwgk.catalogue.data.internal.OverlayChecks;
import org.zwgk.catalogue.data.internal.OverlayReader;
import org.zwgk.catalogue.data.internal.RegistryLoader;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.internal.Memo;

/**
 * The legal-instrument registry: lookup by id or any alias (with or without 《》, the 中华人民共和国 prefix, or
 * version qualifiers), status on a date, successor, key provisions. Immutable and thread-safe.
 *
 * <p>Lookup is exact on normalized keys (see {@link #resolve(String)}); it never guesses by similarity, so
 * 《中华人民共和国水法》 stays unknown rather than becoming the 水污染防治法. A bare title the registry marks as
 * shared by several instruments (《国务院关于取消和下放一批行政审批项目的决定》) is reported
 * {@link Resolution.Outcome#AMBIGUOUS}, as is a 主席令 number on its own (their numbering restarts with each
 * President's term).
 */
public final class LegalRegistry {

    private final List<Map<String, Object>> entries;
    private final RegistryVersion version;
    private final List<LegalInstrument> instruments;
    private final Map<String, LegalInstrument> byId;
    private final Map<String, Set<LegalInstrument>> byTitle;
    private final Map<String, Set<LegalInstrument>> byNumber;
    private final Set<String> bareTitleAmbiguous;
    private final Map<String, Map<String, String>> aliasNotes;

    /**
     * Resolutions already made. A check resolves the same few dozen citations for every row, and a batch for
     * every catalogue; each resolution runs several regular expressions. Bounded, so hostile input cannot grow it
     * without end: past the bound, citations are resolved without being remembered.
     */
    private final Memo<LegalReference, Resolution> resolvedReferences = new Memo<>(this::resolveReference, 20_000);
    private final Memo<String, Resolution> resolvedCitations = new Memo<>(this::resolveCitation, 20_000);

    private LegalRegistry(List<Map<String, Object>> entries, RegistryVersion version) {
        RegistryLoader.Contents contents = RegistryLoader.read(entries);
        this.entries = entries;
        this.version = version;
        this.instruments = contents.instruments();
        this.byId = instruments.stream().collect(Collectors.toUnmodifiableMap(LegalInstrument::id,
                Function.identity()));
        this.bareTitleAmbiguous = contents.bareTitleAmbiguous();
        this.aliasNotes = contents.aliasNotes();
        Map<String, Set<LegalInstrument>> titles = new LinkedHashMap<>();
        Map<String, Set<LegalInstrument>> numbers = new LinkedHashMap<>();
        for (LegalInstrument i : instruments) {
            List<String> names = new ArrayList<>();
            names.add(i.title());
            names.addAll(i.aliases());
            for (String name : names) {
                if (CitationKeys.isDocumentNumber(name)) {
                    numbers.computeIfAbsent(CitationKeys.numberKey(name), k -> new LinkedHashSet<>()).add(i);
                } else {
                    titles.computeIfAbsent(CitationKeys.titleKey(name), k -> new LinkedHashSet<>()).add(i);
                }
            }
            i.documentNumber().ifPresent(n -> numbers.computeIfAbsent(CitationKeys.numberKey(n),
                    k -> new LinkedHashSet<>()).add(i));
            for (InstrumentVersion v : i.versions()) {
                v.documentNumber().ifPresent(n -> numbers.computeIfAbsent(CitationKeys.numberKey(n),
                        k -> new LinkedHashSet<>()).add(i));
            }
        }
        this.byTitle = freeze(titles);
        this.byNumber = freeze(numbers);
    }

    private static Map<String, Set<LegalInstrument>> freeze(Map<String, Set<LegalInstrument>> map) {
        Map<String, Set<LegalInstrument>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return Map.copyOf(out);
    }

    /** Initialization-on-demand holder: the JVM loads the registry once, on first use, safely published. */
    private static final class Bundled {
        static final LegalRegistry INSTANCE = load();

        private static LegalRegistry load() {
            OverlayReader.Overlay additions = BundledAdditions.read();
            OverlayChecks.Layered layered = OverlayChecks.layer(BundledAdditions.RESOURCE, RegistryLoader.entries(),
                    additions.entries());
            if (!layered.problems().isEmpty()) {
                throw new IllegalStateException(BundledAdditions.RESOURCE + ": " + layered.problems());
            }
            return new LegalRegistry(layered.merged(), new RegistryVersion(additions.version(), List.of()));
        }
    }

    /**
     * The registry bundled with this library (cached): the reference file's instruments and the project's own
     * sourced additions ({@code legal-instruments-additions.json}, an overlay in the published form).
     */
    public static LegalRegistry bundled() {
        return Bundled.INSTANCE;
    }

    /** Which registry this is: the bundled version and the overlays laid over it. */
    public RegistryVersion version() {
        return version;
    }

    /**
     * This registry with {@code overlay} laid over it: new instruments added, known ones corrected. Refused whole,
     * with every problem located, when a new entry lacks its title, kind or confidence, or an entry names a
     * successor or repealed instrument that is in neither.
     */
    public LegalRegistry withOverlay(RegistryOverlay overlay) throws RegistryOverlayException {
        Objects.requireNonNull(overlay, "overlay");
        OverlayChecks.Layered layered = OverlayChecks.layer(overlay.name(), entries, overlay.entries());
        if (!layered.problems().isEmpty()) {
            throw new RegistryOverlayException(layered.problems());
        }
        List<RegistryVersion.Overlay> applied = new ArrayList<>(version.overlays());
        applied.add(overlay.describe());
        return new LegalRegistry(layered.merged(), new RegistryVersion(version.bundled(), applied));
    }

    /** Every instrument, in registry order. */
    public List<LegalInstrument> instruments() {
        return instruments;
    }

    /** The instrument with this id. */
    public Optional<LegalInstrument> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The instrument that replaces this one, where the registry names it. */
    public Optional<LegalInstrument> successorOf(LegalInstrument instrument) {
        return instrument.successorId().flatMap(this::byId);
    }

    /** The registry's note on one alias, e.g. that 国务院令第492号 identifies the superseded 2007 text. */
    public Optional<String> aliasNote(LegalInstrument instrument, String alias) {
        Map<String, String> notes = aliasNotes.getOrDefault(instrument.id(), Map.of());
        String key = CitationKeys.numberKey(alias);
        return notes.entrySet().stream().filter(e -> CitationKeys.numberKey(e.getKey()).equals(key))
                .map(Map.Entry::getValue).findFirst();
    }

    /** Resolves a parsed citation; uses its title, then its document number. */
    public Resolution resolve(LegalReference reference) {
        Objects.requireNonNull(reference, "reference");
        return resolvedReferences.get(reference);
    }

    private Resolution resolveReference(LegalReference reference) {
        if (!reference.hasTitle()) {
            // A citation by number alone, e.g. 国令第711号.
            return byNumber(reference, reference.documentNumber().orElseThrow());
        }
        if (CitationKeys.isDocumentNumber(reference.title())) {
            return byNumber(reference, reference.title());
        }
        String compacted = CitationKeys.compact(reference.title());
        Set<LegalInstrument> found = byTitle.getOrDefault(CitationKeys.titleKey(compacted), Set.of());
        if (found.isEmpty()) {
            return reference.documentNumber().map(n -> byNumber(reference, n))
                    .orElseGet(() -> new Resolution(reference, Resolution.Outcome.UNKNOWN, Optional.empty(),
                            List.of()));
        }
        if (found.size() > 1) {
            return ambiguous(reference, found);
        }
        LegalInstrument instrument = found.iterator().next();
        if (bareTitleAmbiguous.contains(instrument.id())) {
            // The registry does not know which of the same-titled decisions is meant, number or not.
            return ambiguous(reference, found);
        }
        return new Resolution(reference, Resolution.Outcome.RESOLVED, Optional.of(instrument), List.of(),
                matchedVersion(instrument, reference, CitationKeys.qualifiers(compacted)));
    }

    /**
     * Resolves a citation as written, e.g. 《环境保护法》, 中华人民共和国政府信息公开条例（国令第711号）, 放射性污染防
     * 治法 or 国令第711号. White space and line breaks inside the citation are removed before it is read.
     */
    public Resolution resolve(String citation) {
        Objects.requireNonNull(citation, "citation");
        if (CitationKeys.compact(citation).isEmpty()) {
            throw new IllegalArgumentException("an empty citation");
        }
        return resolvedCitations.get(citation);
    }

    private Resolution resolveCitation(String citation) {
        String joined = CitationKeys.compact(citation);
        // A whole-text match first, so that aliases such as 新《环境保护法》 are found as written.
        Set<LegalInstrument> whole = byTitle.getOrDefault(CitationKeys.titleKey(joined), Set.of());
        Optional<LegalReference> parsed = LegalReference.parse(joined);
        LegalReference reference = parsed.filter(r -> whole.isEmpty()
                || whole.equals(byTitle.get(CitationKeys.titleKey(r.title()))))
                .orElseGet(() -> new LegalReference(CitationKeys.stripQualifiers(joined).replace("《", "")
                        .replace("》", ""), Optional.empty(), Optional.empty(), Optional.empty(), citation.strip()));
        if (whole.isEmpty()) {
            return resolve(reference);
        }
        if (whole.size() > 1 || bareTitleAmbiguous.contains(whole.iterator().next().id())) {
            return ambiguous(reference, whole);
        }
        LegalInstrument instrument = whole.iterator().next();
        return new Resolution(reference, Resolution.Outcome.RESOLVED, Optional.of(instrument), List.of(),
                matchedVersion(instrument, reference, CitationKeys.qualifiers(joined)));
    }

    private Resolution byNumber(LegalReference reference, String number) {
        String key = CitationKeys.numberKey(number);
        Set<LegalInstrument> found = byNumber.getOrDefault(key, Set.of());
        if (found.isEmpty()) {
            return new Resolution(reference, Resolution.Outcome.UNKNOWN, Optional.empty(), List.of());
        }
        if (found.size() > 1 || CitationKeys.isPresidentialOrder(key)) {
            return ambiguous(reference, found);
        }
        LegalInstrument instrument = found.iterator().next();
        return new Resolution(reference, Resolution.Outcome.RESOLVED, Optional.of(instrument), List.of(),
                versionByNumber(instrument, key));
    }

    private Resolution ambiguous(LegalReference reference, Set<LegalInstrument> found) {
        List<LegalInstrument> ordered = instruments.stream().filter(found::contains).toList();
        return new Resolution(reference, Resolution.Outcome.AMBIGUOUS, Optional.empty(), ordered);
    }

    /** The version a citation's number or version qualifier names; empty when it names none or none matches. */
    private static Optional<InstrumentVersion> matchedVersion(LegalInstrument instrument, LegalReference reference,
            String titleQualifiers) {
        Optional<String> number = reference.documentNumber()
                .or(() -> firstMatch(CitationKeys.DOCUMENT_NUMBER, titleQualifiers));
        if (number.isPresent()) {
            return versionByNumber(instrument, CitationKeys.numberKey(number.get()));
        }
        Optional<String> hint = reference.versionHint().or(() -> titleQualifiers.isEmpty() ? Optional.empty()
                : Optional.of(titleQualifiers));
        return hint.map(CitationKeys::versionKey).flatMap(h -> instrument.versions().stream()
                .filter(v -> !h.isEmpty() && (h.contains(CitationKeys.versionKey(v.label()))
                        || CitationKeys.versionKey(v.label()).contains(h)))
                .findFirst());
    }

    private static Optional<InstrumentVersion> versionByNumber(LegalInstrument instrument, String numberKey) {
        return instrument.versions().stream()
                .filter(v -> v.documentNumber().map(CitationKeys::numberKey).filter(numberKey::equals).isPresent())
                .findFirst();
    }

    private static Optional<String> firstMatch(java.util.regex.Pattern p, String text) {
        java.util.regex.Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
