package se.samverkansbot.answers;

import java.util.List;

import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.register.Language;
import se.samverkansbot.wording.Phrasing;

/** Help, greetings, and the polite replies for questions the bot cannot answer. */
public final class Guidance {

    static final List<String> EXAMPLES_SV = List.of(
            "När är nästa möte i länsledningen?",
            "Vem representerar Sundsvall i HälSam?",
            "Vad är länssamordningsgruppernas uppdrag?",
            "Hur ofta träffas SVOM?",
            "Vem är sammankallande i presidiet?",
            "Vad betyder VVU?");
    static final List<String> EXAMPLES_EN = List.of(
            "When is the next meeting of Länsledning?",
            "Who represents Sundsvall in HälSam?",
            "What is the mandate of the county coordination groups?",
            "How often does SVOM meet?",
            "Who is the convener of the presidium?",
            "What does VVU stand for?");

    public static Reply help(Phrasing say) {
        List<String> examples = examples(say.language());
        String text = say.say(
                        "Jag kan svara på frågor om samverkansstrukturerna, till exempel:\n",
                        "I can answer questions about the collaboration structures, for example:\n")
                + bullets(examples)
                + say.say(
                        "\nFråga om möten och deadlines, vem som representerar vem, forumens uppdrag, hur ofta de träffas, "
                                + "vart de rapporterar, historik och förkortningar. Jag svarar på svenska eller engelska.",
                        "\nAsk about meetings and deadlines, who represents whom, what forums are for, how often they meet, "
                                + "where they report, history and abbreviations. I answer in Swedish or English.");
        return new Reply(text, say.language(), List.of(new ReplyPart.Items(say.say("Exempel", "Examples"), examples)));
    }

    public static Reply greeting(Phrasing say) {
        return withExamples(
                say,
                say.say(
                        "Hej! Jag är Samverkansbot. Vad vill du veta?",
                        "Hello! I am Samverkansbot. What would you like to know?"));
    }

    public static Reply thanks(Phrasing say) {
        return Reply.plain(say.say("Varsågod!", "You're welcome!"), say.language());
    }

    public static Reply emptyQuestion(Phrasing say) {
        return withExamples(say, say.say("Skriv en fråga, så svarar jag.", "Type a question and I will answer."));
    }

    public static Reply tooLong(Phrasing say, int max) {
        return Reply.plain(
                say.say(
                        "Frågan är för lång för mig (högst %d tecken). Skriv den gärna kortare.".formatted(max),
                        "That question is too long for me (at most %d characters). Please make it shorter."
                                .formatted(max)),
                say.language());
    }

    public static Reply notUnderstood(Phrasing say) {
        return withExamples(
                say,
                say.say(
                        "Det vet jag tyvärr inte, eller så förstod jag inte frågan. Jag svarar bara på det som finns i registret.",
                        "I'm afraid I don't know that, or I didn't understand the question. I only answer from what the register holds."));
    }

    public static Reply withExamples(Phrasing say, String text) {
        List<String> examples = examples(say.language()).subList(0, 3);
        return new Reply(
                text + "\n" + say.say("Du kan till exempel fråga:\n", "You could ask, for example:\n")
                        + bullets(examples),
                say.language(),
                List.of(new ReplyPart.Choices(
                        say.say("Prova", "Try"),
                        examples.stream()
                                .map(e -> new ReplyPart.Choice(e, new Command.Ask(e, null)))
                                .toList())));
    }

    public static String bullets(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append("• ").append(line).append('\n'));
        return text.toString().stripTrailing();
    }

    private static List<String> examples(Language language) {
        return language == Language.SWEDISH ? EXAMPLES_SV : EXAMPLES_EN;
    }
}
