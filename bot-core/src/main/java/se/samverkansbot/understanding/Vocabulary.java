package se.samverkansbot.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverkansbot.text.Words;

/**
 * The words of all known phrases, for fast forgiving look-up: exact and stemmed in a hash map, typos by a
 * scan of the words that start with the same letter and are about as long (a typo in the first letter is rare, and the scan stays
 * small even for a national register).
 */
final class Vocabulary {
    private final Set<String> words = new HashSet<>();
    private final Map<String, Set<String>> byStem = new HashMap<>();
    private final Map<Integer, List<Known>> byFirstLetterAndLength = new HashMap<>();

    /** A known word with its stem, worked out once: the typo scan compares against thousands at national scale. */
    private record Known(String word, String stem) {}

    void add(String word) {
        if (words.add(word)) {
            byStem.computeIfAbsent(Words.stem(word), stem -> new LinkedHashSet<>())
                    .add(word);
            if (word.length() >= 5) {
                byFirstLetterAndLength
                        .computeIfAbsent(bucket(word.charAt(0), word.length()), key -> new ArrayList<>())
                        .add(new Known(word, Words.stem(word)));
            }
        }
    }

    /** Known words that {@code typed} may be: itself, the same stem, or one with a small typo. */
    Set<String> matches(String typed) {
        Set<String> found = new LinkedHashSet<>();
        if (words.contains(typed)) {
            found.add(typed);
        }
        String typedStem = Words.stem(typed);
        found.addAll(byStem.getOrDefault(typedStem, Set.of()));
        if (typed.length() >= 5) {
            // A typo changes the length by at most two letters (the most Words.sameWord forgives).
            for (int length = typed.length() - 2; length <= typed.length() + 2; length++) {
                for (Known known : byFirstLetterAndLength.getOrDefault(bucket(typed.charAt(0), length), List.of())) {
                    if (Words.sameWord(typed, typedStem, known.word(), known.stem())) {
                        found.add(known.word());
                    }
                }
            }
        }
        return found;
    }

    private static int bucket(char first, int length) {
        return first * 256 + Math.min(length, 255);
    }
}
