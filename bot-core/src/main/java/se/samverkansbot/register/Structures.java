package se.samverkansbot.register;

import java.util.List;

/** The stored structures (port). Each structure is stored and replaced as a whole. */
public interface Structures {

    List<Structure> all();

    /**
     * Stores {@code structure} unless the same content is already stored, keeping the version it replaces as a
     * revision.
     *
     * @param source where the content came from (a file name), for the revision history
     */
    SaveOutcome save(Structure structure, String source);

    enum SaveOutcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }
}
