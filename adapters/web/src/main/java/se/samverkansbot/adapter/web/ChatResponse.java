package se.samverkansbot.adapter.web;

import java.util.List;

import se.samverkansbot.chat.ActionCodec;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.register.Language;

/**
 * The reply as JSON: {@code text} always stands on its own; {@code parts} carry the same content as facts,
 * item lists and choices for a richer page.
 */
public record ChatResponse(String text, String language, List<Part> parts) {

    public record Part(String type, String title, List<Fact> facts, List<String> items, List<Choice> choices) {}

    public record Fact(String label, String value) {}

    /** A button: what it says, and the action to send back when it is pressed. */
    public record Choice(String label, String action) {}

    static ChatResponse of(Reply reply) {
        return new ChatResponse(
                reply.text(),
                tag(reply.language()),
                reply.parts().stream().map(part -> part(part, reply.language())).toList());
    }

    static ChatResponse message(String text, Language language) {
        return new ChatResponse(text, tag(language), List.of());
    }

    private static Part part(ReplyPart part, Language language) {
        return switch (part) {
            case ReplyPart.Facts facts ->
                new Part(
                        "facts",
                        facts.title(),
                        facts.facts().stream()
                                .map(f -> new Fact(f.label(), f.value()))
                                .toList(),
                        List.of(),
                        List.of());
            case ReplyPart.Items items -> new Part("items", items.title(), List.of(), items.items(), List.of());
            case ReplyPart.Choices choices ->
                new Part(
                        "choices",
                        choices.prompt(),
                        List.of(),
                        List.of(),
                        choices.choices().stream()
                                .map(c -> new Choice(c.label(), ActionCodec.encode(c.command(), language)))
                                .toList());
        };
    }

    private static String tag(Language language) {
        return language == Language.ENGLISH ? "en" : "sv";
    }
}
