package se.samverkansbot.chat;

import java.util.List;

/** Neutral building blocks of a reply. */
public sealed interface ReplyPart {

    /** Label–value pairs about one thing, e.g. a forum's level, frequency and reporting line. */
    record Facts(String title, List<Fact> facts) implements ReplyPart {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    record Fact(String label, String value) {}

    /** A titled list, e.g. the members of a forum. */
    record Items(String title, List<String> items) implements ReplyPart {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** Buttons; pressing one carries out its command (a clarifying question's options, accept an item …). */
    record Choices(String prompt, List<Choice> choices) implements ReplyPart {
        public Choices {
            choices = List.copyOf(choices);
        }
    }

    record Choice(String label, Command command) {}
}
