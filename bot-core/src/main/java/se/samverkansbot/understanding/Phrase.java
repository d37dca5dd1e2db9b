package se.samverkansbot.understanding;

import java.util.List;

import se.samverkansbot.text.Words;

/**
 * A name as normalized words, and what it names; with its words' stems, worked out once when the register is indexed
 * (the linker compares every question word with every name that could start there, at national scale thousands). A
 * description is a forum's alias written in lower case ("politiska samverkan", "working group"): words any structure
 * may use of its own forum, not a name of one.
 */
record Phrase(List<String> words, Mention mention, List<String> stems, boolean description) {
    Phrase(List<String> words, Mention mention, boolean description) {
        this(words, mention, stemsOf(words), description);
    }

    /** The stems, or the words themselves (the same list) when no word has an ending to take off. */
    private static List<String> stemsOf(List<String> words) {
        List<String> stems = words.stream().map(Words::stem).toList();
        return stems.equals(words) ? words : stems;
    }
}
