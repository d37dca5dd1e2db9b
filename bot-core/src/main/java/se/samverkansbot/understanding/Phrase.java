package se.samverkansbot.understanding;

import java.util.List;

import se.samverkansbot.text.Words;

/**
 * A name as normalized words, and what it names; with its words' stems, worked out once when the register is indexed
 * (the linker compares every question word with every name that could start there, at national scale thousands).
 */
record Phrase(List<String> words, Mention mention, List<String> stems) {
    Phrase(List<String> words, Mention mention) {
        this(words, mention, stemsOf(words));
    }

    /** The stems, or the words themselves (the same list) when no word has an ending to take off. */
    private static List<String> stemsOf(List<String> words) {
        List<String> stems = words.stream().map(Words::stem).toList();
        return stems.equals(words) ? words : stems;
    }
}
