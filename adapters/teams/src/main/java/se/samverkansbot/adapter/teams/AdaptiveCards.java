package se.samverkansbot.adapter.teams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;

import se.samverkansbot.chat.ActionCodec;
import se.samverkansbot.chat.Overview;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;

/**
 * Replies as Adaptive Cards 1.5 (what Teams supports for bot cards). The plain text goes into the card's
 * fallbackText (clients that cannot draw the card) and its first line into the activity's summary (the
 * notification preview), not into the activity's text: Teams shows text and card as two messages, so the
 * answer would appear twice. Buttons are Action.Submit carrying the next message.
 */
final class AdaptiveCards {
    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    static final String ACTION_KEY = "samverkan";

    private AdaptiveCards() {}

    static Activity message(Reply reply) {
        return activity(card(reply), reply.text(), reply.language());
    }

    static Map<String, Object> card(Reply reply) {
        List<Object> body = new ArrayList<>();
        List<Object> actions = new ArrayList<>();
        boolean rich = reply.parts().stream().anyMatch(p -> !(p instanceof ReplyPart.Choices));
        String text = rich && reply.text().contains("\n\n")
                ? reply.text().substring(0, reply.text().indexOf("\n\n"))
                : reply.text();
        body.add(textBlock(text, false));
        for (ReplyPart part : reply.parts()) {
            switch (part) {
                case ReplyPart.Facts facts -> {
                    body.add(textBlock(facts.title(), true));
                    body.add(Map.of(
                            "type",
                            "FactSet",
                            "facts",
                            facts.facts().stream()
                                    .map(f -> Map.of(
                                            "title",
                                            withoutHiddenLinks(f.label()),
                                            "value",
                                            withoutHiddenLinks(f.value())))
                                    .toList()));
                }
                case ReplyPart.Items items -> {
                    body.add(textBlock(items.title(), true));
                    body.add(textBlock(
                            String.join(
                                    "\n",
                                    items.items().stream().map(i -> "- " + i).toList()),
                            false));
                }
                case ReplyPart.Choices choices ->
                    choices.choices().stream()
                            .limit(6)
                            .forEach(choice -> actions.add(Map.of(
                                    "type",
                                    "Action.Submit",
                                    "title",
                                    choice.label(),
                                    "data",
                                    Map.of(ACTION_KEY, ActionCodec.encode(choice.command(), reply.language())))));
            }
        }
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.put("fallbackText", reply.text());
        card.put("body", body);
        if (!actions.isEmpty()) {
            card.put("actions", actions);
        }
        return card;
    }

    /**
     * The person's overview as one card: a heading per section, then what the section says; the buttons of every
     * section at the end (Teams shows actions below the body).
     */
    static Activity overview(Overview overview) {
        List<Object> body = new ArrayList<>();
        List<Object> actions = new ArrayList<>();
        for (Overview.Section section : overview.sections()) {
            body.add(heading(section.title()));
            Map<String, Object> part = card(section.reply());
            body.addAll((List<?>) part.get("body"));
            if (part.get("actions") instanceof List<?> more) {
                actions.addAll(more);
            }
        }
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.put("fallbackText", overview.asReply().text());
        card.put("body", body);
        if (!actions.isEmpty()) {
            card.put("actions", actions.subList(0, Math.min(actions.size(), 6)));
        }
        return activity(card, overview.asReply().text(), overview.language());
    }

    /** Any card as one message, with its preview line and language. */
    static Activity activity(Map<String, Object> card, String preview, se.samverkansbot.register.Language language) {
        Activity activity = Activity.createMessageActivity();
        activity.setSummary(firstLine(preview));
        activity.setLocale(language == se.samverkansbot.register.Language.ENGLISH ? "en-GB" : "sv-SE");
        activity.setAttachments(List.of(attachment(card)));
        return activity;
    }

    static Attachment attachment(Map<String, Object> card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(card);
        return attachment;
    }

    private static Map<String, Object> heading(String text) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", "TextBlock");
        block.put("text", withoutHiddenLinks(text));
        block.put("size", "Medium");
        block.put("weight", "Bolder");
        block.put("separator", true);
        block.put("wrap", true);
        return block;
    }

    /** The first line, shortened, for a notification preview. */
    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    /**
     * TextBlocks render Markdown, so an agenda item titled {@code [Protokoll](https://elsewhere)} would show as
     * a link whose target nobody sees. A zero-width space between the brackets keeps the words and drops the
     * hidden target; bare addresses stay visible as they were written.
     */
    static String withoutHiddenLinks(String text) {
        return text.replace("](", "]\u200B(");
    }

    private static Map<String, Object> textBlock(String text, boolean bold) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", "TextBlock");
        block.put("text", withoutHiddenLinks(text));
        block.put("wrap", true);
        if (bold) {
            block.put("weight", "Bolder");
        }
        return block;
    }
}
