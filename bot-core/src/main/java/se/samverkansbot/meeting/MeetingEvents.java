package se.samverkansbot.meeting;

/** Where the meeting package announces what happened (port); the core wiring connects those who react. */
@FunctionalInterface
public interface MeetingEvents {

    void publish(MeetingEvent event);

    /** Nobody listens (a test that looks only at meetings). */
    MeetingEvents NONE = event -> {};
}
