package se.samverkansbot.understanding;

import java.util.Locale;

import se.samverkansbot.register.Body;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.GlossaryTerm;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.StrategicArea;
import se.samverkansbot.register.Structure;

/** Something in the register (or a general notion such as a role) that a message names. */
public sealed interface Mention {

    /** The structure this mention belongs to, or null for notions that span structures. */
    Structure structure();

    /** A stable key, e.g. {@code forum:halsam/lansledning}: what a clarifying question's button pins. */
    String key();

    record OfStructure(Structure structure) implements Mention {
        @Override
        public String key() {
            return "structure:" + structure.id();
        }
    }

    record OfForum(Structure structure, Forum forum) implements Mention {
        @Override
        public String key() {
            return "forum:" + structure.id() + "/" + forum.id();
        }
    }

    record OfParty(Structure structure, Party party) implements Mention {
        @Override
        public String key() {
            return "party:" + structure.id() + "/" + party.id();
        }
    }

    record OfBody(Structure structure, Body body) implements Mention {
        @Override
        public String key() {
            return "body:" + structure.id() + "/" + body.id();
        }
    }

    record OfPerson(Structure structure, Person person) implements Mention {
        @Override
        public String key() {
            return "person:" + structure.id() + "/" + person.id();
        }
    }

    record OfTerm(Structure structure, GlossaryTerm term) implements Mention {
        @Override
        public String key() {
            return "term:" + structure.id() + "/" + term.term().toLowerCase(Locale.ROOT);
        }

        /** Whether the glossary word is the structure's own name ("HälSam"), not a thing within it ("ÄOC"). */
        public boolean namesItsStructure() {
            String word = se.samverkansbot.text.Words.normalize(term.term());
            return java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(structure.name()), structure.aliases().stream())
                    .map(se.samverkansbot.text.Words::normalize)
                    .anyMatch(word::equals);
        }
    }

    /** "länssamordningsgrupperna", "lokala grupper": every forum of a level. */
    record OfLevel(ForumLevel level) implements Mention {
        @Override
        public Structure structure() {
            return null;
        }

        @Override
        public String key() {
            return "level:" + level;
        }
    }

    record OfArea(StrategicArea area) implements Mention {
        @Override
        public Structure structure() {
            return null;
        }

        @Override
        public String key() {
            return "area:" + area;
        }
    }

    record OfRole(SeatRole role) implements Mention {
        @Override
        public Structure structure() {
            return null;
        }

        @Override
        public String key() {
            return "role:" + role;
        }
    }
}
