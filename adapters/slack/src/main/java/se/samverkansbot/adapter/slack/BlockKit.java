package se.samverkansbot.adapter.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;

import se.samverkansbot.chat.ActionCodec;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;

/**
 * Replies as Block Kit. The plain text is always sent too (notifications and screen readers use it). Every
 * text is escaped (&amp;, &lt;, &gt;), so nothing anyone typed can become {@code <!channel>} or a mention.
 * Slack's limits are respected: 3000 characters a section, 50 blocks, 25 buttons an actions block.
 */
final class BlockKit {
    static final int SECTION_LIMIT = 3000;
    static final int MAX_BLOCKS = 50;
    static final String CHOICE_ACTION = "samverkan_choice_";

    private BlockKit() {}

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The fallback text: escaped, and within Slack's message limit. */
    static String fallback(Reply reply) {
        String text = escape(reply.text());
        return text.length() > 39_000 ? text.substring(0, 39_000) + "…" : text;
    }

    static List<LayoutBlock> blocks(Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>();
        boolean richParts = reply.parts().stream().anyMatch(p -> !(p instanceof ReplyPart.Choices));
        if (!richParts) {
            chunks(reply.text()).forEach(chunk -> blocks.add(section(chunk)));
        } else {
            chunks(firstParagraph(reply.text())).forEach(chunk -> blocks.add(section(chunk)));
        }
        for (ReplyPart part : reply.parts()) {
            switch (part) {
                case ReplyPart.Facts facts -> {
                    List<TextObject> fields = new ArrayList<>();
                    facts.facts().stream()
                            .limit(10)
                            .forEach(f -> fields.add(MarkdownTextObject.builder()
                                    .text("*" + escape(f.label()) + "*\n" + escape(f.value()))
                                    .build()));
                    blocks.add(SectionBlock.builder()
                            .text(mrkdwn("*" + escape(facts.title()) + "*"))
                            .fields(fields)
                            .build());
                }
                case ReplyPart.Items items ->
                    splitEscaped("*" + escape(items.title()) + "*\n"
                                    + String.join(
                                            "\n",
                                            items.items().stream()
                                                    .map(i -> "• " + escape(i))
                                                    .toList()))
                            .forEach(chunk -> blocks.add(section(chunk)));
                case ReplyPart.Choices choices -> {
                    List<BlockElement> buttons = new ArrayList<>();
                    for (int i = 0; i < choices.choices().size() && i < 25; i++) {
                        ReplyPart.Choice choice = choices.choices().get(i);
                        buttons.add(ButtonElement.builder()
                                .actionId(CHOICE_ACTION + i)
                                .text(PlainTextObject.builder()
                                        .text(limit(choice.label(), 75))
                                        .emoji(false)
                                        .build())
                                .value(ActionCodec.encode(choice.command(), reply.language()))
                                .build());
                    }
                    blocks.add(ActionsBlock.builder().elements(buttons).build());
                }
            }
        }
        return blocks.size() > MAX_BLOCKS ? blocks.subList(0, MAX_BLOCKS) : blocks;
    }

    private static String firstParagraph(String text) {
        int end = text.indexOf("\n\n");
        return end < 0 ? text : text.substring(0, end);
    }

    private static SectionBlock section(String escapedText) {
        return SectionBlock.builder().text(mrkdwn(escapedText)).build();
    }

    private static MarkdownTextObject mrkdwn(String escapedText) {
        return MarkdownTextObject.builder().text(escapedText).verbatim(true).build();
    }

    private static List<String> chunks(String raw) {
        return splitEscaped(escape(raw));
    }

    /** Splits escaped text at line breaks so each piece fits a section. */
    private static List<String> splitEscaped(String escaped) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : escaped.split("\n", -1)) {
            String piece = line.length() > SECTION_LIMIT ? line.substring(0, SECTION_LIMIT - 1) + "…" : line;
            if (current.length() + piece.length() + 1 > SECTION_LIMIT) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(piece);
        }
        if (!current.toString().isBlank()) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
