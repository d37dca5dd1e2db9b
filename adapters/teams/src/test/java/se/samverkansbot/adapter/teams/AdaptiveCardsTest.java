package se.samverkansbot.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.bot.schema.Activity;
import org.junit.jupiter.api.Test;

import se.samverkansbot.conversation.Reply;
import se.samverkansbot.conversation.ReplyPart;
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
    void choices_become_submit_buttons_that_carry_the_next_message() {
        Reply reply = new Reply(
                "Vill du lägga till ärendet?",
                Language.ENGLISH,
                List.of(new ReplyPart.Choices(
                        "Bekräfta",
                        List.of(new ReplyPart.Choice("Ja", "ja K7Q2"), new ReplyPart.Choice("Nej", "avbryt K7Q2")))));

        Map<String, Object> card = AdaptiveCards.card(reply);

        assertThat((List<Object>) card.get("actions"))
                .containsExactly(
                        Map.of("type", "Action.Submit", "title", "Ja", "data", Map.of("samverkan", "ja K7Q2")),
                        Map.of("type", "Action.Submit", "title", "Nej", "data", Map.of("samverkan", "avbryt K7Q2")));
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
