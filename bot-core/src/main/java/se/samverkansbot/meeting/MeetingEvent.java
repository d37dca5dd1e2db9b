package se.samverkansbot.meeting;

/**
 * What happened to a meeting, announced by the meeting package after the change is stored. Reminders, notices and
 * calendars react; the meeting package never calls into them.
 */
public sealed interface MeetingEvent {

    /** The meeting as it is now. */
    Meeting meeting();

    /** A new meeting was entered, from a forum's cycle or by a secretary. */
    record MeetingScheduled(Meeting meeting) implements MeetingEvent {}

    /** A meeting moved to a new time; its deadlines moved with it. */
    record MeetingMoved(Meeting before, Meeting meeting) implements MeetingEvent {}

    /**
     * The forum's rhythm changed, and with it this meeting's deadlines; the meeting keeps its time. Reminders follow as
     * they follow a move, but nobody is told: the meeting itself did not change.
     */
    record DeadlinesChanged(Meeting before, Meeting meeting) implements MeetingEvent {}

    /** A meeting was cancelled. */
    record MeetingCancelled(Meeting meeting) implements MeetingEvent {}
}
