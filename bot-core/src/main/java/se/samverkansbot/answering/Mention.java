package se.samverkansbot.answering;

import se.samverkansbot.register.Body;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.GlossaryTerm;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.StrategicArea;
import se.samverkansbot.register.Structure;

/** Something in the register (or a general notion such as a role) that a question names. */
sealed interface Mention {

    /** The structure this mention belongs to, or null for notions that span structures. */
    Structure structure();

    record OfStructure(Structure structure) implements Mention {}

    record OfForum(Structure structure, Forum forum) implements Mention {}

    record OfParty(Structure structure, Party party) implements Mention {}

    record OfBody(Structure structure, Body body) implements Mention {}

    record OfPerson(Structure structure, Person person) implements Mention {}

    record OfTerm(Structure structure, GlossaryTerm term) implements Mention {}

    /** "länssamordningsgrupperna", "lokala grupper": every forum of a level. */
    record OfLevel(ForumLevel level) implements Mention {
        @Override
        public Structure structure() {
            return null;
        }
    }

    record OfArea(StrategicArea area) implements Mention {
        @Override
        public Structure structure() {
            return null;
        }
    }

    record OfRole(SeatRole role) implements Mention {
        @Override
        public Structure structure() {
            return null;
        }
    }
}
