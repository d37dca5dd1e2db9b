package se.samverkansbot.chat;

import java.util.List;

import se.samverkansbot.register.Language;

/**
 * What the bot says. {@code text} always stands on its own (it is the fallback every platform shows); the
 * parts carry the same content in a shape adapters can render richly.
 */
public record Reply(String text, Language language, List<ReplyPart> parts) {
    public Reply {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public static Reply plain(String text, Language language) {
        return new Reply(text, language, List.of());
    }

    /** The same reply with a line said before it ("Ja, …", "Det vet jag inte: …"); its parts stay as they are. */
    public Reply after(String lead) {
        return new Reply(lead + "\n" + text, language, parts);
    }
}
