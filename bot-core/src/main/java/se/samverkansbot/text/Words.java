package se.samverkansbot.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what people type into comparable words: lower case, no diacritics (members write "Ange" for Ånge
 * and "halsam" for HälSam), no punctuation, and a light Swedish stem so that "Sundsvalls",
 * "länssamordningsgrupperna" and "presidiet" meet "Sundsvall", "länssamordningsgrupp" and "presidium".
 */
public final class Words {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    // Longest first; only stripped when at least three letters remain.
    private static final List<String> SUFFIXES = List.of(
            "ernas", "arnas", "ornas", "erna", "arna", "orna", "iets", "iet", "ens", "ets", "nas", "en", "et", "na",
            "er", "ar", "or", "s");

    private Words() {}

    /** Lower case without diacritics or punctuation, single-spaced. */
    public static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace('æ', 'a')
                .replace('ø', 'o')
                .replace('ß', 's');
        String withoutMarks =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(withoutMarks).replaceAll(" ").strip();
    }

    public static List<String> tokens(String text) {
        String normalized = normalize(text);
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    /** A light stem of one normalized token. */
    public static String stem(String token) {
        for (String suffix : SUFFIXES) {
            if (token.endsWith(suffix) && token.length() - suffix.length() >= 3) {
                return token.substring(0, token.length() - suffix.length());
            }
        }
        return token;
    }

    /**
     * Whether two normalized tokens are the same word, allowing inflection and a typo that grows with the
     * word: none for short words, one letter from five, two from nine.
     */
    public static boolean sameWord(String typed, String known) {
        return typed.equals(known) || sameWord(typed, stem(typed), known, stem(known));
    }

    /** As {@link #sameWord(String, String)}, with both stems already known (for hot loops). */
    public static boolean sameWord(String typed, String typedStem, String known, String knownStem) {
        return typed.equals(known)
                || typedStem.equals(knownStem)
                || withinTypo(typed, known)
                || withinTypo(typedStem, knownStem);
    }

    /** A typo: same first letter (people rarely miss that one), length within the allowance, few edits. */
    private static boolean withinTypo(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int length = Math.min(a.length(), b.length());
        int allowed = length >= 9 ? 2 : length >= 5 ? 1 : 0;
        return allowed > 0 && Math.abs(a.length() - b.length()) <= allowed && EditDistance.atMost(a, b, allowed);
    }
}
