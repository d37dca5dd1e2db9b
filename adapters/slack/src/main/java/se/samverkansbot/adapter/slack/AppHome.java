package se.samverkansbot.adapter.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.view.View;

import se.samverkansbot.answering.Conversation;
import se.samverkansbot.conversation.ConversationAddress;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.Platform;
import se.samverkansbot.conversation.Reply;
import se.samverkansbot.conversation.Sender;

/**
 * The App Home tab: my forums, my next meetings and deadlines, my agenda items, and items waiting for my review
 * — each the answer the bot gives in chat, so Home and chat never disagree.
 */
final class AppHome {
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"Mina forum", "mina forum"},
            new String[] {"Mina nästa möten", "när är mitt nästa möte"},
            new String[] {"Kommande deadlines", "vilka deadlines har jag"},
            new String[] {"Mina ärenden", "mina ärenden"},
            new String[] {"Att granska", "ärenden att granska"});

    private AppHome() {}

    static View view(Conversation conversation, Sender sender) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder()
                .text(PlainTextObject.builder().text("Samverkansbot").build())
                .build());
        for (String[] section : SECTIONS) {
            Reply reply = conversation.handle(new InboundMessage(
                    sender,
                    new ConversationAddress(Platform.SLACK, sender.userId(), null, true),
                    section[1],
                    null,
                    "sv",
                    null));
            blocks.add(HeaderBlock.builder()
                    .text(PlainTextObject.builder().text(section[0]).build())
                    .build());
            blocks.addAll(BlockKit.blocks(reply));
            blocks.add(DividerBlock.builder().build());
        }
        return View.builder()
                .type("home")
                .blocks(blocks.size() > 100 ? blocks.subList(0, 100) : blocks)
                .build();
    }
}
