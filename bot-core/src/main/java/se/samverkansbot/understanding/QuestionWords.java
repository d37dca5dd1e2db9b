package se.samverkansbot.understanding;

/** The words a Swedish or English question opens with, for patterns that tell where a question begins. */
final class QuestionWords {
    private QuestionWords() {}

    /** "vad", "vem", "hur", "när" … "what", "who", "how", "when" …, as alternatives of a regex group. */
    static final String INTERROGATIVE =
            "vad|vem|vilka|vilken|vilket|hur|när|nar|var|varför|varfor|what|who|which|how|when|where|why";
}
