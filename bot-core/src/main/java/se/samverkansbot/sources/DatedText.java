package se.samverkansbot.sources;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text says when: a year or a date as the documents write them ("2022", "2023-10-02", "221030", "23/9",
 * "3 juni"), or a time in words ("så snart som möjligt", "varje år").
 *
 * <p>One regular expression says this, but run over a whole passage it tries every alternative at every character:
 * about 30 µs for a paragraph, for each of the ten candidates of every "when" question (a tenth of such a question at
 * national scale). A date begins with a digit at the start of a word and a time in words holds one of a few
 * fragments, so the expression is tried only there; what it finds is the same.
 */
final class DatedText {
    /**
     * A date or year from its first digit, up to the end of an ASCII word (as {@link #isWordCharacter}: "2022ä" is a
     * year, as the definition in the tests has it).
     */
    private static final Pattern NUMERIC = Pattern.compile("((19|20)\\d{2}(-\\d{2}-\\d{2})?|\\d{6}|\\d{1,2}/\\d{1,2}"
            + "|\\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))"
            + "(?![A-Za-z0-9_])");

    /**
     * A time without a date answers "when" too: "så snart som möjligt in på den nya mandatperioden". A boundary of
     * Unicode words: "årligen" begins with a letter Java's ASCII {@code \b} does not count as one.
     */
    private static final Pattern WORDED = Pattern.compile(
            "(?iuU)\\b(så snart som möjligt|snarast|i början av|i slutet av|varje år|årligen|en gång per år)\\b");

    /** Fragments one of which every time in words holds, lower-cased. */
    private static final List<String> WORDED_FRAGMENTS =
            List.of("snar", "början av", "slutet av", "varje år", "årligen", "gång per år");

    private DatedText() {}

    static boolean holdsADate(String text) {
        if (holdsADayOrYear(text)) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return WORDED_FRAGMENTS.stream().anyMatch(lower::contains)
                && WORDED.matcher(text).find();
    }

    /** A year or a date in digits, not a time in words: what "vilket datum", "which year" ask for. */
    static boolean holdsADayOrYear(String text) {
        Matcher numeric = NUMERIC.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i)) && (i == 0 || !isWordCharacter(text.charAt(i - 1)))) {
                if (numeric.region(i, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordCharacter(char c) {
        return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }
}
