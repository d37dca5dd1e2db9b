package se.samverkansbot.reminder;

/** Whether a person has an agenda item in for a meeting (port; the agenda package answers). */
@FunctionalInterface
public interface SubmittedItems {

    /** Whether {@code personId} submitted an item for the meeting that is still in (not withdrawn). */
    boolean anyBy(String personId, String meetingId);

    /** Nobody has submitted anything (a test that looks only at reminders). */
    SubmittedItems NONE = (personId, meetingId) -> false;
}
