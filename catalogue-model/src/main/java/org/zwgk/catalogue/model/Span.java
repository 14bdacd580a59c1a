package org.zwgk.catalogue.model;

/**
 * An amount of time such as 20个工作日 or 24小时. Working days have no upper bound in hours (holidays can be
 * long), so a span in working days is only ever compared with calendar time from below.
 *
 * @param amount a non-negative amount
 * @param unit   its unit
 */
public record Span(int amount, TimeUnit unit) {

    public Span {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        java.util.Objects.requireNonNull(unit, "unit");
    }

    /** Sum of two spans of the same unit. */
    public Span plus(Span other) {
        if (other.unit != unit) {
            throw new IllegalArgumentException("different units: " + unit + " and " + other.unit);
        }
        return new Span(amount + other.amount, unit);
    }

    /** The fewest hours this span can take. */
    long minHours() {
        return unit == TimeUnit.HOUR ? amount : 24L * amount;
    }

    /** The most hours this span can take; {@link Long#MAX_VALUE} for working days. */
    long maxHours() {
        return switch (unit) {
            case HOUR -> amount;
            case CALENDAR_DAY -> 24L * amount;
            case WORKING_DAY -> amount == 0 ? 0 : Long.MAX_VALUE;
        };
    }

    /**
     * Compares two spans; answers NOT_COMPARABLE where their possible lengths overlap. N working days last at least
     * N × 24 hours and have no upper bound, so 10日 is STRICTER than 10个工作日, 10个工作日 is LOOSER than 10日,
     * 24小时 is AS_STRICT as 1日, and 7个工作日 against 10日 is NOT_COMPARABLE (usually 9 days, but 国庆 makes it
     * longer than 10).
     */
    public Strictness compare(Span other) {
        if (unit == other.unit) {
            return amount < other.amount ? Strictness.STRICTER
                    : amount == other.amount ? Strictness.AS_STRICT : Strictness.LOOSER;
        }
        if (maxHours() <= other.minHours()) {
            boolean sameLength = minHours() == other.maxHours();
            return sameLength ? Strictness.AS_STRICT : Strictness.STRICTER;
        }
        if (minHours() >= other.maxHours()) {
            return Strictness.LOOSER;
        }
        return Strictness.NOT_COMPARABLE;
    }

    /** As printed: 20个工作日, 7日, 24小时. */
    @Override
    public String toString() {
        return amount + unit.label();
    }
}
