package se.samverkansbot.understanding;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the asker says they are, before the question: "Hej! Ny socialchef i Strömsund sedan i höstas. Vilka politiker
 * sitter egentligen i SVOM?", "Jag är oppositionsråd i Sollefteå – vilka politiker sitter i HälSam?", "I'm on a board
 * in Sundsvall. Does …". The introduction's municipality and title are no part of what is asked: read with the
 * question, they made it one of Strömsund's seats or of a "socialchef" the register does not hold.
 *
 * <p>A question that speaks of the asker ("ingår jag i HälSam?", "vad är vår roll?") needs the introduction to be
 * understood, and is read whole.
 */
public record SelfIntroduction(String introduction, String question) {
    /** How an introduction opens, after a greeting: "jag är", "ny socialchef", "som oppositionsråd", "I'm", "as a". */
    private static final Pattern OPENING = Pattern.compile("(?iuU)^\\s*(?:(?:hej|hejsan|hallå|hallå där|tjena|hi|hello"
            + "|hey|god morgon|good morning)\\b[\\s!,.]*)?"
            + "(?:jag\\s+(?:är|ar|jobbar|arbetar|sitter)\\b|(?:ny|nyvald|nytillträdd|nytilltradd|nyanställd|nyanstalld)"
            + "\\s+\\p{L}|som\\s+(?:ny\\s+)?\\p{L}|i'?m\\b|i\\s+am\\b|as\\s+(?:a|an|the|new)\\b|i\\s+(?:work|sit)\\b"
            // "I just started at Timrå social services.", "Jag har precis börjat på regionen.": a newcomer's start,
            // no question about when something started.
            + "|i(?:\\s+have|'ve)?\\s+(?:just\\s+|recently\\s+)?(?:started|joined)\\b"
            + "|jag\\s+(?:har\\s+)?(?:precis\\s+|nyss\\s+|just\\s+)?(?:börjat|borjat|började|borjade)\\b)");

    /** Words a question opens with. */
    private static final String QUESTION_WORD = "(?:(?:" + QuestionWords.INTERROGATIVE + "|vart|kan|får|far|ska|måste"
            + "|maste|finns|är|ar|har|can|do|does|is|are|am|should|must|will)\\b"
            // A yes-or-no on taking part opens with its verb, asked of the asker: "…, ingår jag i HälSam?". Not the
            // verb alone: "Jag är ny, sitter i socialnämnden" goes on introducing.
            + "|(?:ingår|ingar|sitter|deltar|hamnar)\\s+(?:jag|vi)\\b)";

    /**
     * Where the introduction ends and the question begins: the end of a sentence (not a question mark: that ends a
     * question of its own), a dash, a colon, "och undrar", or a comma before a question word.
     */
    private static final Pattern END =
            Pattern.compile("(?iuU)(?:[.!]+\\s+|\\s+[–—-]\\s+|:\\s+|\\s+och\\s+undrar\\s+(?:om\\s+)?"
                    + "|\\s+and\\s+(?:i\\s+)?(?:wonder|was\\s+wondering)\\s+(?:if\\s+|whether\\s+)?"
                    + "|,\\s+(?=" + QUESTION_WORD + "))");

    /**
     * What follows is a question: it asks, or opens with a question word. "ny ledamot i länsledningen från
     * 2027-01-01: Nora Nyström" is a command, whose opening is no introduction.
     */
    private static final Pattern A_QUESTION = Pattern.compile("(?iuU)^" + QUESTION_WORD + "|\\?\\s*$");

    /**
     * Words of the asker as the question's subject or owner, or of the introduction itself ("vad innebär det för
     * HälSam?", "does that come with a seat?", "vilka mer sitter med där?"). Not "var" or "vara" ("where", "be") for
     * "vår" written without its ring; the English "I" capitalised and not first, or beside a verb, as it is also the
     * Swedish "i" (in).
     */
    private static final Pattern NEEDS_THE_INTRODUCTION = Pattern.compile(
            "(?iuU)\\b(?:jag|mig|min|mitt|mina|vi|oss|vår|vårt|våra|me|my|mine|we|us|our|ours)\\b|(?-i:(?<!^)\\bI\\b)"
                    // And "i" as chat English writes it: "do i get a seat?".
                    + "|\\b(?:do|am|can|could|should|would|will|shall|must|may|did|have)\\s+i\\b|\\bi\\s+(?:am|have|get|need"
                    + "|should|will|do|can|sit|was|be)\\b"
                    + "|\\b(?:innebär|innebar|betyder)\\s+(?:det|detta)\\b|\\b(?:does|do|will|would)\\s+(?:that|this)\\b"
                    // A place the introduction named, pointed back to: "Jag sitter i SVOM – vilka mer sitter med där?".
                    + "|\\b(?:där|dar|dit)\\b|(?<!(?:is|are|was|were)\\s)\\bthere\\b");

    /**
     * An opening that asks or doubts is no introduction but the question itself: "Jag är osäker på om SVOM finns kvar –
     * vet du?" asks whether SVOM remains; "vet du?" alone asks nothing.
     */
    private static final Pattern ASKS = Pattern.compile(
            "(?iuU)\\b(?:när|nar|vad|vem|vilka|vilken|vilket|hur|varför"
                    + "|varfor|om|undrar|osäker|osaker|when|what|who|which|how|why|whether|if|wonder|wondering|unsure|sure)\\b");

    /** An introduction longer than this is no introduction but the question's own first clause. */
    private static final int MAX_WORDS = 16;

    /** The message as an introduction and a question, when it opens with one and a question follows. */
    public static Optional<SelfIntroduction> in(String text) {
        Matcher opening = OPENING.matcher(text);
        if (!opening.lookingAt()) {
            return Optional.empty();
        }
        // After the opening: "Hej! Ny socialchef …" ends no introduction at the greeting.
        Matcher end = END.matcher(text);
        if (!end.find(opening.end())) {
            return Optional.empty();
        }
        String introduction = text.substring(0, end.start()).strip();
        String question = text.substring(end.end()).strip();
        if (introduction.split("\\s+").length > MAX_WORDS
                || ASKS.matcher(introduction).find()
                || question.split("\\s+").length < 2
                || !A_QUESTION.matcher(question).find()) {
            return Optional.empty();
        }
        return Optional.of(new SelfIntroduction(introduction, question));
    }

    /** Whether the question speaks of the asker or of the introduction, so that the introduction is part of it. */
    public boolean questionNeedsTheIntroduction() {
        return NEEDS_THE_INTRODUCTION.matcher(question).find();
    }
}
