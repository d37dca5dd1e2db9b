package se.samverkansbot.register;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The stored structures (port). Each structure is stored and replaced as a whole; every version it replaces is kept
 * as a revision. A structure comes from a file and may then be changed in the app; the store remembers the content
 * of the file it last imported, so that importing the same file again (at every start) does not undo the changes
 * made in the app, while a file that has itself changed since replaces them.
 */
public interface Structures {

    List<Structure> all();

    /**
     * Imports {@code structure} as read from a file: stored unless the same content is already stored, and unless the
     * file's content is what was last imported and the structure has been changed in the app since.
     *
     * @param source where the content came from (a file name), for the revision history
     */
    SaveOutcome save(Structure structure, String source);

    /**
     * A change made in the app: {@code change} gets the stored structure and returns the new one, or throws to refuse
     * (nothing is stored then). If someone else changed the structure in between, the change is applied again to
     * theirs, so no change is lost. Empty when no such structure is stored.
     *
     * @param source who made the change, for the revision history
     */
    Optional<Changed> change(String structureId, UnaryOperator<Structure> change, String source);

    /** A change that was stored: the structure before and after, and the revision it became. */
    record Changed(Structure before, Structure after, int revision) {}

    enum SaveOutcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        /** The file is the one last imported; the structure was changed in the app since, and those changes stand. */
        KEPT_CHANGES_MADE_IN_APP
    }
}
