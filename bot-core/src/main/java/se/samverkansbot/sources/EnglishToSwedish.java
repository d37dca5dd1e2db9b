package se.samverkansbot.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English words and phrases put into the Swedish the source documents use, so an English question can find a
 * Swedish passage: each asked word becomes the Swedish words it may be written as. The word list
 * ({@code english-swedish.tsv}: English, tab, Swedish alternatives separated by "|") covers the vocabulary of the
 * documents, not a dictionary; words it does not know (names, numbers, abbreviations) pass through as they are.
 */
public final class EnglishToSwedish {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*");
    private static final int LONGEST_PHRASE = 4;
    private static final Map<String, List<String>> WORDS = load();

    private EnglishToSwedish() {}

    /** Whether the word list has the word. */
    static boolean knows(String word) {
        return WORDS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The Swedish alternatives of an English word or phrase of the list (each a word or a phrase); none if unknown. */
    public static Optional<List<String>> swedish(String english) {
        return Optional.ofNullable(WORDS.get(english.toLowerCase(Locale.ROOT)));
    }

    /** One English word or phrase and the Swedish it may be written as; itself when the list does not know it. */
    record Slot(List<String> alternatives, boolean translated) {}

    /**
     * The question as slots, one per English word or phrase of the list, each with its Swedish alternatives (a word
     * not in the list stands for itself).
     */
    static List<Slot> slots(String question) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(question.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        List<Slot> slots = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 1;
            Slot slot = new Slot(List.of(words.get(i)), false);
            for (int n = Math.min(LONGEST_PHRASE, words.size() - i); n >= 1; n--) {
                List<String> swedish = WORDS.get(String.join(" ", words.subList(i, i + n)));
                if (swedish != null) {
                    slot = new Slot(swedish, true);
                    taken = n;
                    break;
                }
            }
            slots.add(slot);
            i += taken;
        }
        return slots;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> words = new HashMap<>();
        try (InputStream in = EnglishToSwedish.class.getResourceAsStream("english-swedish.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.isBlank() || line.startsWith("#") || tab < 0) {
                    continue;
                }
                String english = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
                List<String> swedish = java.util.Arrays.stream(
                                line.substring(tab + 1).split("\\|"))
                        .map(String::strip)
                        .filter(alternative -> !alternative.isEmpty())
                        .toList();
                words.merge(
                        english,
                        swedish,
                        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                                .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(words);
    }
}
