package se.samverkansbot.reminder;

import java.util.List;

/** Where to reach people and forums on the platforms (port). */
public interface RecipientDirectory {

    /** How to reach a person directly: one recipient per platform they can be reached on. */
    List<Recipient> person(String structureId, String personId);

    /** The channels linked to a forum. */
    List<Recipient> channels(String structureId, String forumId);
}
