package se.samverkansbot.register;

import java.time.LocalDate;

/** A validity period with inclusive ends; a missing end is open. */
public record Period(LocalDate from, LocalDate to) {
    public static final Period ALWAYS = new Period(null, null);

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean overlaps(Period other) {
        boolean thisEndsBeforeOtherStarts = to != null && other.from != null && to.isBefore(other.from);
        boolean otherEndsBeforeThisStarts = other.to != null && from != null && other.to.isBefore(from);
        return !thisEndsBeforeOtherStarts && !otherEndsBeforeThisStarts;
    }

    public boolean hasEnded(LocalDate today) {
        return to != null && to.isBefore(today);
    }

    public boolean hasNotStarted(LocalDate today) {
        return from != null && from.isAfter(today);
    }
}
