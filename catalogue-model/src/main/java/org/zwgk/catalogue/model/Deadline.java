package org.zwgk.catalogue.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.zwgk.catalogue.model.internal.DeadlineParser;

/**
 * 公开时限: a deadline parsed from its Chinese text, which it always keeps. Parsing never fails: text it does not
 * understand becomes an {@link Unrecognized} deadline. Deadlines answer whether one is at least as strict as
 * another, and say {@link Strictness#NOT_COMPARABLE} rather than guess when triggers or kinds differ.
 */
public sealed interface Deadline
        permits Deadline.Relative, Deadline.Periodic, Deadline.FixedDate, Deadline.RealTime,
        Deadline.Composite, Deadline.Unrecognized {

    /** The original text, exactly as the source printed it. */
    String text();

    /** False only for {@link Unrecognized}. */
    default boolean isRecognized() {
        return !(this instanceof Unrecognized);
    }

    /**
     * How this deadline compares with {@code other}: STRICTER means this one is never later. The answer is given
     * only where it holds whatever the calendar does: different kinds or triggers, working days against an
     * overlapping number of calendar days, and a stricter base period with a looser extension are
     * NOT_COMPARABLE; 实时 is stricter than any clock that starts once the information exists; composite
     * deadlines are compared clause by clause. {@code b.compareStrictness(a)} is always the inverse.
     */
    Strictness compareStrictness(Deadline other);

    /** True when this deadline is known to be at least as strict as {@code other}. */
    default boolean isAtLeastAsStrictAs(Deadline other) {
        return compareStrictness(other).isAtLeastAsStrict();
    }

    /** Parses a 公开时限 cell; never throws, never returns null. */
    static Deadline parse(String text) {
        return DeadlineParser.parse(text == null ? "" : text);
    }

    /**
     * A deadline counted from a trigger: 自该信息形成或者变更之日起20个工作日内, possibly with an extension
     * (情况复杂的…可延长20个工作日).
     *
     * @param trigger   what starts the clock
     * @param within    the period allowed
     * @param extension the longest extension allowed, if any
     * @param text      the original text
     */
    record Relative(Trigger trigger, Span within, Optional<Span> extension, String text) implements Deadline {
        public Relative {
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(within, "within");
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(text, "text");
        }

        /** The longest time allowed, extension included, where both have the same unit. */
        public Span longest() {
            return extension.filter(e -> e.unit() == within.unit()).map(within::plus).orElse(within);
        }

        @Override
        public Strictness compareStrictness(Deadline other) {
            return DeadlineParser.compare(this, other);
        }
    }

    /**
     * A recurring deadline: 每月, 每季度, 每年1月31日前.
     *
     * @param period   how often
     * @param dueMonth the month of the due date within a yearly period (1–12), if stated
     * @param dueDay   the day of the month of the due date, if stated
     * @param text     the original text
     */
    record Periodic(Period period, OptionalInt dueMonth, OptionalInt dueDay, String text) implements Deadline {
        public Periodic {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(dueMonth, "dueMonth");
            Objects.requireNonNull(dueDay, "dueDay");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Strictness compareStrictness(Deadline other) {
            return DeadlineParser.compare(this, other);
        }
    }

    /**
     * A fixed calendar date: 2021年6月30日前.
     *
     * @param date the last day
     * @param text the original text
     */
    record FixedDate(LocalDate date, String text) implements Deadline {
        public FixedDate {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Strictness compareStrictness(Deadline other) {
            return DeadlineParser.compare(this, other);
        }
    }

    /**
     * 实时 / 即时: published as soon as the information exists.
     *
     * @param text the original text
     */
    record RealTime(String text) implements Deadline {
        public RealTime {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Strictness compareStrictness(Deadline other) {
            return DeadlineParser.compare(this, other);
        }
    }

    /**
     * Several deadlines in one cell, e.g. 执法决定作出之日起7个工作日内，其他信息形成或者变更之日起20个工作日内.
     * Compared part by part with parts of the same trigger.
     *
     * @param parts the clauses, each parsed on its own
     * @param text  the original text
     */
    record Composite(List<Deadline> parts, String text) implements Deadline {
        public Composite {
            parts = List.copyOf(parts);
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Strictness compareStrictness(Deadline other) {
            return DeadlineParser.compare(this, other);
        }
    }

    /**
     * Text the parser does not understand, kept as it was.
     *
     * @param text the original text
     */
    record Unrecognized(String text) implements Deadline {
        public Unrecognized {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Strictness compareStrictness(Deadline other) {
            return Strictness.NOT_COMPARABLE;
        }
    }
}
