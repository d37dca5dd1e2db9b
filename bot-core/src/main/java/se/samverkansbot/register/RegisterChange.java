package se.samverkansbot.register;

import java.time.Instant;
import java.util.List;

/**
 * One change made to the register in the app, kept for good: who, when, what. Nothing in the register is deleted;
 * an ended seat keeps its period, and every earlier version of the structure is kept as a revision.
 *
 * @param forumId the forum the change was made in, or null for a change to the whole structure (a file import)
 * @param subject the id of the person or seat changed, or the file's name for an import
 * @param details what changed, one line per key as the structure file names it: "to: 2026-12-31 → 2027-06-30"
 * @param revision the structure's revision the change became
 */
public record RegisterChange(
        String structureId,
        String forumId,
        String by,
        Instant at,
        Kind kind,
        String subject,
        List<String> details,
        int revision) {

    public RegisterChange {
        details = Lists.copy(details);
    }

    public enum Kind implements Bilingual {
        PERSON_ADDED("Ny person", "Person added"),
        PERSON_CHANGED("Person ändrad", "Person changed"),
        SEAT_ADDED("Ny plats", "Seat added"),
        SEAT_ENDED("Plats avslutad", "Seat ended"),
        SUCCESSOR_REGISTERED("Efterträdare registrerad", "Successor registered"),
        FILE_IMPORTED("Strukturfil importerad", "Structure file imported");

        private final String swedish;
        private final String english;

        Kind(String swedish, String english) {
            this.swedish = swedish;
            this.english = english;
        }

        @Override
        public String label(Language language) {
            return language == Language.SWEDISH ? swedish : english;
        }
    }
}
