package se.samverkansbot.reminder;

/** Who has muted reminders from which forum (port). */
public interface Mutes {

    boolean isMuted(String personId, String structureId, String forumId);

    void mute(String personId, String structureId, String forumId);

    void unmute(String personId, String structureId, String forumId);
}
