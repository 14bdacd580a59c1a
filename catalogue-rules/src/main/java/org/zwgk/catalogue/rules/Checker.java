package org.zwgk.catalogue.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.rules.internal.Engine;
import org.zwgk.catalogue.rules.internal.ParentFacts;

/**
 * Checks child catalogues against one parent. Immutable and thread-safe: build one checker and check many
 * children from many threads.
 *
 * <pre>{@code
 * Checker checker = Checker.against(Editions.national()).level(AdministrativeLevel.COUNTY).build();
 * Report report = checker.check(CheckInput.of(CatalogueReader.read(path), path.toString(), sha256));
 * }</pre>
 */
public final class Checker {

    private final Catalogue parent;
    private final LegalRegistry registry;
    private final LocalDate asOf;
    private final Optional<AdministrativeLevel> level;
    private final Profile profile;
    private final Waivers waivers;
    private final Optional<Baseline> baseline;
    private final ParentFacts facts;

    private Checker(Builder b) {
        this.parent = b.parent;
        this.registry = b.registry;
        this.asOf = b.asOf;
        this.level = b.level;
        this.profile = b.profile;
        this.waivers = b.waivers;
        this.baseline = b.baseline;
        this.facts = new ParentFacts(parent, registry, asOf);
    }

    /** Starts a checker against {@code parent}. */
    public static Builder against(Catalogue parent) {
        return new Builder(parent);
    }

    /** Checks one child catalogue. */
    public Report check(CheckInput input) {
        return Engine.check(facts, input, level, profile, waivers, baseline);
    }

    /** Checks a catalogue built in memory (no source locations). */
    public Report check(Catalogue child) {
        return check(CheckInput.of(child));
    }

    /** A builder holding this checker's options, to derive a checker that differs in some. */
    public Builder toBuilder() {
        Builder b = new Builder(parent).registry(registry).asOf(asOf).profile(profile).waivers(waivers);
        level.ifPresent(b::level);
        baseline.ifPresent(b::baseline);
        return b;
    }

    /** The parent every child is checked against. */
    public Catalogue parent() {
        return parent;
    }

    /** The date legal status is judged on. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The children's level when it overrides what each catalogue states. */
    public Optional<AdministrativeLevel> level() {
        return level;
    }

    /** The legal registry citations are judged by. */
    public LegalRegistry registry() {
        return registry;
    }

    /** Options of a checker; every one has a default. */
    public static final class Builder {
        private final Catalogue parent;
        private LegalRegistry registry = LegalRegistry.bundled();
        private LocalDate asOf = CheckRequest.today();
        private Optional<AdministrativeLevel> level = Optional.empty();
        private Profile profile = Profile.defaults();
        private Waivers waivers = Waivers.none();
        private Optional<Baseline> baseline = Optional.empty();

        private Builder(Catalogue parent) {
            this.parent = Objects.requireNonNull(parent, "parent");
        }

        /** The legal registry (default: the bundled one). */
        public Builder registry(LegalRegistry value) {
            this.registry = Objects.requireNonNull(value);
            return this;
        }

        /** The date legal status is judged on (default: today in China). */
        public Builder asOf(LocalDate value) {
            this.asOf = Objects.requireNonNull(value);
            return this;
        }

        /** The children's level, overriding what each catalogue states (default: as stated). */
        public Builder level(AdministrativeLevel value) {
            this.level = Optional.of(value);
            return this;
        }

        /** The profile (default: every rule at its default severity). */
        public Builder profile(Profile value) {
            this.profile = Objects.requireNonNull(value);
            return this;
        }

        /** Waivers: findings they cover are suppressed until they expire (judged on the as-of date). */
        public Builder waivers(Waivers value) {
            this.waivers = Objects.requireNonNull(value);
            return this;
        }

        /** A baseline: findings it records are suppressed, so only new findings are active. */
        public Builder baseline(Baseline value) {
            this.baseline = Optional.of(value);
            return this;
        }

        /** Builds the checker. */
        public Checker build() {
            return new Checker(this);
        }
    }
}
