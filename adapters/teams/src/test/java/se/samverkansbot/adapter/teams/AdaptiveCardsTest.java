package se.samverkansbot.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.bot.schema.Activity;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.register.Language;

class AdaptiveCardsTest {

    @Test
    void a_reply_is_one_card_with_its_full_text_as_fallback_and_its_first_line_as_the_notification_summary() {
        Reply reply = new Reply(
                "Nästa möte i Länsledning: måndag 7 december 2026 kl. 09.00.\n\nDeadlines:\n- dagordning 23 november",
                Language.SWEDISH,
                List.of(new ReplyPart.Facts("Deadlines", List.of(new ReplyPart.Fact("Dagordning", "23 november")))));

        Activity activity = AdaptiveCards.message(reply);

        assertThat(activity.getText())
                .as("Teams would show text and card as two messages")
                .isNull();
        assertThat(activity.getSummary()).isEqualTo("Nästa möte i Länsledning: måndag 7 december 2026 kl. 09.00.");
        assertThat(activity.getLocale()).isEqualTo("sv-SE");
        assertThat(activity.getAttachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.getContentType()).isEqualTo("application/vnd.microsoft.card.adaptive");
            Map<?, ?> card = (Map<?, ?>) attachment.getContent();
            assertThat(card.get("version")).isEqualTo("1.5");
            assertThat(card.get("fallbackText")).isEqualTo(reply.text());
            assertThat(card.get("body").toString()).contains("FactSet", "Dagordning", "23 november");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void choices_become_submit_buttons_that_carry_their_command() {
        Reply reply = new Reply(
                "Shall I add the item?",
                Language.ENGLISH,
                List.of(new ReplyPart.Choices(
                        "Confirm",
                        List.of(
                                new ReplyPart.Choice("Yes", new Command.Confirm("K7Q2AB")),
                                new ReplyPart.Choice("No", new Command.Abort("K7Q2AB"))))));

        Map<String, Object> card = AdaptiveCards.card(reply);

        assertThat((List<Object>) card.get("actions"))
                .containsExactly(
                        Map.of(
                                "type",
                                "Action.Submit",
                                "title",
                                "Yes",
                                "data",
                                Map.of("samverkan", "l=en&c=confirm&token=K7Q2AB")),
                        Map.of(
                                "type",
                                "Action.Submit",
                                "title",
                                "No",
                                "data",
                                Map.of("samverkan", "l=en&c=abort&token=K7Q2AB")));
        assertThat(AdaptiveCards.message(reply).getLocale()).isEqualTo("en-GB");
    }

    @Test
    void markdown_links_written_by_members_lose_their_hidden_target_but_keep_their_words() {
        Reply reply = new Reply(
                "Nytt ärende: [Protokoll](https://elsewhere.example/login)",
                Language.SWEDISH,
                List.of(new ReplyPart.Facts(
                        "Ärende", List.of(new ReplyPart.Fact("Rubrik", "[Klicka](https://elsewhere.example)")))));

        String body = AdaptiveCards.card(reply).get("body").toString();

        assertThat(body).doesNotContain("](").contains("[Protokoll]", "https://elsewhere.example/login", "[Klicka]");
    }

    @Test
    void a_long_first_line_is_shortened_for_the_summary() {
        String summary = AdaptiveCards.firstLine("x".repeat(300) + "\nmore");

        assertThat(summary).hasSize(120).endsWith("…");
    }
}
