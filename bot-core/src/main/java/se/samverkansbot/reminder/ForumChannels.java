package se.samverkansbot.reminder;

import java.util.List;

/** Which platform channels are linked to which forum (port): notices and reminders for the forum go there. */
public interface ForumChannels {

    List<Recipient> linkedTo(String structureId, String forumId);

    void link(String structureId, String forumId, Recipient channel);

    void unlink(String structureId, String forumId, Recipient channel);
}
