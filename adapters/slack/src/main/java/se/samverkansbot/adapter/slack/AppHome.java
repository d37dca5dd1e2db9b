package se.samverkansbot.adapter.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.view.View;

import se.samverkansbot.chat.Overview;

/**
 * The App Home tab: the person's overview from the core (my forums, my next meetings and deadlines, my agenda items,
 * items waiting for my review), each section rendered as the same blocks a chat answer gets, so Home and chat never
 * disagree. Slack allows 100 blocks in a view.
 */
final class AppHome {
    static final int MAX_BLOCKS = 100;

    private AppHome() {}

    static View view(Overview overview) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(AgendaForm.TEXTS.text(overview.language(), "home.title")));
        for (Overview.Section section : overview.sections()) {
            blocks.add(header(section.title()));
            blocks.addAll(BlockKit.blocks(section.reply()));
            blocks.add(DividerBlock.builder().build());
        }
        return View.builder()
                .type("home")
                .blocks(blocks.size() > MAX_BLOCKS ? blocks.subList(0, MAX_BLOCKS) : blocks)
                .build();
    }

    private static HeaderBlock header(String text) {
        return HeaderBlock.builder()
                .text(PlainTextObject.builder()
                        .text(text.length() > 150 ? text.substring(0, 150) : text)
                        .build())
                .build();
    }
}
