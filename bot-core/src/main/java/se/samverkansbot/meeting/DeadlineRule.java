package se.samverkansbot.meeting;

import java.time.LocalTime;

/**
 * When one deadline falls, relative to its meeting's day: {@code offset} days before (negative) or after
 * (positive), counted in calendar or working days, at a time of day, and which way it moves when it lands
 * on a weekend or holiday.
 */
public record DeadlineRule(DeadlineKind kind, int offset, Counting counting, LocalTime at, Shift shift) {

    public enum Counting {
        CALENDAR_DAYS,
        WORKING_DAYS
    }

    /**
     * The documented rule for non-working days: a deadline others must meet before the meeting (agenda
     * items, notice, material) moves EARLIER, so nobody loses time they were promised; a deadline after the
     * meeting (minutes) moves LATER, like a statutory deadline moves to the next working day.
     */
    public enum Shift {
        EARLIER,
        LATER
    }
}
