package se.samverkansbot.chat;

import java.util.ArrayList;
import java.util.List;

import se.samverkansbot.register.Language;

/**
 * A person's overview, for the bot's home (Slack's App Home, Teams' welcome card): sections such as my forums, my
 * next meetings, coming deadlines, my items and items to review, each with its own reply. Adapters render the
 * sections natively; {@link #asReply()} is the same as one message.
 */
public record Overview(Language language, List<Section> sections) {

    public Overview {
        sections = List.copyOf(sections);
    }

    /** One titled section and what it says. */
    public record Section(String title, Reply reply) {}

    /** The whole overview as one message: each section's title, then its text; all parts kept. */
    public Reply asReply() {
        StringBuilder text = new StringBuilder();
        List<ReplyPart> parts = new ArrayList<>();
        for (Section section : sections) {
            text.append(section.title())
                    .append('\n')
                    .append(section.reply().text())
                    .append("\n\n");
            parts.addAll(section.reply().parts());
        }
        return new Reply(text.toString().strip(), language, parts);
    }
}
