package se.samverkansbot.adapter.teams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;

import se.samverkansbot.conversation.Reply;
import se.samverkansbot.conversation.ReplyPart;

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
        Activity activity = Activity.createMessageActivity();
        activity.setSummary(firstLine(reply.text()));
        activity.setLocale(reply.language() == se.samverkansbot.register.Language.ENGLISH ? "en-GB" : "sv-SE");
        Attachment card = new Attachment();
        card.setContentType(CONTENT_TYPE);
        card.setContent(card(reply));
        activity.setAttachments(List.of(card));
        return activity;
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
                                    Map.of(ACTION_KEY, choice.value()))));
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
