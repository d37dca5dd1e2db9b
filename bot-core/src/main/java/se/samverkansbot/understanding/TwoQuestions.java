package se.samverkansbot.understanding;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two questions in one message: "Hur många länssamordningsgrupper finns och hur ofta ses de?", "När började HälSam
 * gälla och när upphörde SocialReKo?", "How many chairs are in the presidium, and who picks the convener?". Read as
 * one, the first cue won and the other half went unanswered; each half is a question of its own.
 *
 * <p>Only where both halves open as questions do: "Vilka sitter i SVOM och Barnarenan?" asks one thing of two forums.
 */
public record TwoQuestions(String first, String second) {
    /** Words a question opens with. */
    private static final String OPENS_A_QUESTION = "(?:" + QuestionWords.INTERROGATIVE + ")\\b";

    /**
     * The first half opens as a question, or a yes or no: not "kan du …" or "ska vi …", which may ask the bot to do
     * something, which is never done in halves.
     */
    private static final Pattern FIRST = Pattern.compile(
            "(?iuU)^\\s*(?:" + OPENS_A_QUESTION + "|(?:är|ar|har|finns|is|are|does|do|did|has|have)\\b)");

    /** Where the second question begins: after "och", "and", or a question mark. */
    private static final Pattern JOIN =
            Pattern.compile("(?iuU)(?:,?\\s+(?:och|and)\\s+|\\?\\s+)(?=" + OPENS_A_QUESTION + ")");

    /** A half shorter than this is part of one question: "Hur ofta och när träffas de?". */
    private static final int MIN_WORDS = 3;

    /**
     * Sentences that say something before the questions: "My term as school board chair ends this month. When does
     * the new term start, and when should HälSam's presidium be picked?".
     */
    private static final Pattern CONTEXT = Pattern.compile("(?uU)^(?:[^.!?]+[.!]\\s+)+");

    public static Optional<TwoQuestions> in(String text) {
        // Said before the questions, the context goes with each: each half is read as if asked alone after it.
        String context = "";
        String asked = text;
        Matcher said = CONTEXT.matcher(text);
        if (!FIRST.matcher(text).lookingAt() && said.lookingAt()) {
            context = text.substring(0, said.end());
            asked = text.substring(said.end());
        }
        if (!FIRST.matcher(asked).lookingAt()) {
            return Optional.empty();
        }
        Matcher join = JOIN.matcher(asked);
        if (!join.find()) {
            return Optional.empty();
        }
        String first = asked.substring(0, join.start()).strip();
        String second = asked.substring(join.end()).strip();
        // A third question, or a second join, is beyond this: read whole.
        if (words(first) < MIN_WORDS || words(second) < MIN_WORDS || join.find()) {
            return Optional.empty();
        }
        return Optional.of(new TwoQuestions(context + (first.endsWith("?") ? first : first + "?"), context + second));
    }

    /**
     * Whether both halves open with the same two words: "When does the term end and when does the next one start?"
     * asks one thing of one subject twice, which the question read whole answers in one; "hur många … och hur ofta
     * …" asks two.
     */
    public boolean askTheSame() {
        return opening(first).equals(opening(second));
    }

    private static java.util.List<String> opening(String text) {
        // The context said before both is not how either opens.
        String[] words = CONTEXT.matcher(text)
                .replaceFirst("")
                .strip()
                .toLowerCase(java.util.Locale.ROOT)
                .split("\\s+");
        return java.util.Arrays.asList(words).subList(0, Math.min(2, words.length));
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }
}
