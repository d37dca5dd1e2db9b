package se.samverkansbot.register;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A forum's own rhythm as its structure file sets it (the {@code rhythm} block, the forum's over the structure's):
 * which deadlines its meetings have and when, which reminders go out when and to whom, and whether someone who has
 * already submitted an item for a meeting is still reminded to submit one. A part left out (null) is the standard
 * one; the meeting and reminder packages turn this into their deadline template and reminder policy.
 *
 * <p>These are the structure file's words, kept in the register because the register depends on nothing else; each
 * maps one to one onto the meeting and reminder packages' own types.
 *
 * @param deadlines        the deadlines that exist, or null for the standard template
 * @param reminders        the reminders that go out, or null for the standard ones
 * @param remindSubmitters whether the agenda cut-off reminder also goes to those who already submitted an item for
 *                         the meeting; null is yes
 */
public record ForumRhythm(List<DeadlineSetting> deadlines, List<ReminderSetting> reminders, Boolean remindSubmitters) {

    public ForumRhythm {
        deadlines = deadlines == null ? null : List.copyOf(deadlines);
        reminders = reminders == null ? null : List.copyOf(reminders);
    }

    /** A step in a meeting's cycle that a deadline or reminder can be about. */
    public enum Step {
        AGENDA_CUTOFF,
        NOTICE,
        MATERIAL,
        MEETING,
        MINUTES;

        /** Minutes are due after the meeting; every other deadline before it. */
        public boolean isAfterTheMeeting() {
            return this == MINUTES;
        }
    }

    public enum Counting {
        CALENDAR_DAYS,
        WORKING_DAYS
    }

    /** Who hears a reminder: the forum's linked channel, every member, or chair, convener and secretary. */
    public enum Audience {
        CHANNEL,
        MEMBERS,
        ROLE_HOLDERS
    }

    /**
     * One deadline: {@code days} (never negative) before the meeting's day, or after it for the minutes, counted in
     * calendar or Swedish working days, at a time of day (null: the standard template's time for that step).
     */
    public record DeadlineSetting(Step step, int days, Counting counting, LocalTime at) {}

    /** Reminders of one step, {@code daysBefore} it (each never negative), to these audiences. */
    public record ReminderSetting(Step about, List<Integer> daysBefore, Set<Audience> to) {
        public ReminderSetting {
            daysBefore = List.copyOf(daysBefore);
            to = Set.copyOf(to);
        }
    }

    /** This rhythm with the parts it leaves out taken from {@code defaults} (the structure's). */
    public ForumRhythm over(ForumRhythm defaults) {
        if (defaults == null) {
            return this;
        }
        return new ForumRhythm(
                deadlines != null ? deadlines : defaults.deadlines(),
                reminders != null ? reminders : defaults.reminders(),
                remindSubmitters != null ? remindSubmitters : defaults.remindSubmitters());
    }

    /** Whether the rhythm sets nothing, so the standard holds throughout. */
    public boolean isStandard() {
        return deadlines == null && reminders == null && remindSubmitters == null;
    }
}
