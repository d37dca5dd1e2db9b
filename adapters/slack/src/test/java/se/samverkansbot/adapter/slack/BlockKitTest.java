package se.samverkansbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.ActionCodec;
import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.register.Language;

/** Replies as Block Kit, without the network: the same reply always gives the same blocks (a golden file). */
class BlockKitTest {
    private static final Reply REPLY = new Reply(
            "Nästa möte i Länsledning (HälSam): måndag 29 mars 2027 kl. 09.00, Regionens hus.\n\nMer <@U123> & <!channel>",
            Language.SWEDISH,
            List.of(
                    new ReplyPart.Facts(
                            "Länsledning (HälSam)",
                            List.of(
                                    new ReplyPart.Fact("När", "måndag 29 mars 2027 kl. 09.00"),
                                    new ReplyPart.Fact("Var", "Regionens hus"))),
                    new ReplyPart.Items("Att granska", List.of("A-7K3PQ \"Budget\" (Gruppen, inskickat)")),
                    new ReplyPart.Choices(
                            "Granska",
                            List.of(
                                    new ReplyPart.Choice("Godkänn A-7K3PQ", new Command.AcceptItem("A-7K3PQ")),
                                    new ReplyPart.Choice("Flytta A-7K3PQ", new Command.MoveItem("A-7K3PQ"))))));

    @Test
    void a_reply_with_facts_items_and_buttons_renders_as_the_golden_blocks() throws IOException {
        String rendered = GsonFactory.createSnakeCase().toJson(BlockKit.blocks(REPLY));

        assertThat(pretty(rendered)).isEqualTo(pretty(golden("blockkit/reply-with-parts.json")));
    }

    @Test
    void what_people_wrote_can_never_mention_or_alert_anyone() {
        assertThat(BlockKit.fallback(REPLY))
                .contains("&lt;@U123&gt; &amp; &lt;!channel&gt;")
                .doesNotContain("<!channel>");
    }

    @Test
    void a_button_carries_its_command_as_the_codec_writes_it_and_reads_it_back() {
        String json = GsonFactory.createSnakeCase().toJson(BlockKit.blocks(REPLY));
        String value = com.jayway.jsonpath.JsonPath.read(json, "$[3].elements[0].value");

        assertThat(value).isEqualTo(ActionCodec.encode(new Command.AcceptItem("A-7K3PQ"), Language.SWEDISH));
        assertThat(ActionCodec.decode(value))
                .get()
                .extracting(ActionCodec.Decoded::command)
                .isEqualTo(new Command.AcceptItem("A-7K3PQ"));
    }

    @Test
    void long_text_is_split_into_sections_within_slacks_limits() {
        Reply longReply = Reply.plain(("rad " + "x".repeat(100) + "\n").repeat(100), Language.SWEDISH);

        var blocks = BlockKit.blocks(longReply);

        assertThat(blocks).hasSizeGreaterThan(1).hasSizeLessThanOrEqualTo(BlockKit.MAX_BLOCKS);
        assertThat(GsonFactory.createSnakeCase().toJson(blocks)).doesNotContain("x".repeat(3001));
    }

    private static String pretty(String json) {
        return new GsonBuilder()
                .setPrettyPrinting()
                .disableHtmlEscaping()
                .create()
                .toJson(JsonParser.parseString(json));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = BlockKitTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new AssertionError("no golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
