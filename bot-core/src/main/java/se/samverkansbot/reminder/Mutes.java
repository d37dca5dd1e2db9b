package se.samverkansbot.reminder;

import se.samverkansbot.meeting.DeadlineKind;

/**
 * Who has muted reminders from which forum (port): every reminder from it, or those of one kind (the deadline they
 * are about). A mute stored before kinds existed mutes every kind.
 */
public interface Mutes {

    /** Whether the person muted every reminder from the forum. */
    boolean isMuted(String personId, String structureId, String forumId);

    /** Whether the person hears no reminders of this kind from the forum: all muted, or this kind. */
    boolean isMuted(String personId, String structureId, String forumId, DeadlineKind kind);

    /** Mutes every reminder from the forum. */
    void mute(String personId, String structureId, String forumId);

    /** Mutes the forum's reminders of one kind. */
    void mute(String personId, String structureId, String forumId, DeadlineKind kind);

    /** Every reminder from the forum again, whatever was muted. */
    void unmute(String personId, String structureId, String forumId);

    /**
     * The forum's reminders of one kind again; the other kinds stay as they were, so a forum muted as a whole stays
     * muted for every other kind.
     */
    void unmute(String personId, String structureId, String forumId, DeadlineKind kind);
}
