package se.samverkansbot.register;

import java.util.List;

/** The history of changes made to the register in the app (port); entries are only ever added. */
public interface RegisterChanges {

    void record(RegisterChange change);

    /** The latest changes made in a forum, and those to the whole structure, newest first. */
    List<RegisterChange> ofForum(String structureId, String forumId, int limit);
}
