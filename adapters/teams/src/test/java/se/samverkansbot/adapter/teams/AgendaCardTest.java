package se.samverkansbot.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkansbot.agenda.ItemForm;
import se.samverkansbot.agenda.ItemLimits;
import se.samverkansbot.chat.Form;
import se.samverkansbot.chat.Overview;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.Language;

/** The agenda form and the overview as Adaptive Cards, and what a submitted card becomes in the core. */
class AgendaCardTest {
    private static final List<ItemForm.ForumOption> FORUMS =
            List.of(new ItemForm.ForumOption("test", "grupp", "Gruppen (Testsamverkan)"));

    @Test
    @SuppressWarnings("unchecked")
    void the_form_has_the_members_forums_the_kinds_and_the_cores_limits() {
        Map<String, Object> card =
                AgendaCard.card(FORUMS, Language.ENGLISH, Map.of("title", "From the message"), List.of());

        assertThat(card.get("version")).isEqualTo("1.5");
        List<Map<String, Object>> body = (List<Map<String, Object>>) card.get("body");
        assertThat(body)
                .filteredOn(b -> "forum".equals(b.get("id")))
                .singleElement()
                .satisfies(forum -> {
                    assertThat(forum.get("type")).isEqualTo("Input.ChoiceSet");
                    assertThat(forum.get("value")).isEqualTo("test/grupp");
                });
        assertThat(body)
                .filteredOn(b -> "title".equals(b.get("id")))
                .singleElement()
                .satisfies(title -> {
                    assertThat(title.get("maxLength")).isEqualTo(ItemLimits.TITLE);
                    assertThat(title.get("value")).isEqualTo("From the message");
                    assertThat(title.get("label")).isEqualTo("Title");
                });
        assertThat(body)
                .filteredOn(b -> "description".equals(b.get("id")))
                .singleElement()
                .satisfies(d -> assertThat(d.get("maxLength")).isEqualTo(ItemLimits.DESCRIPTION));
        assertThat(body.toString()).contains("Consultation", "samrad", "Input.Date");
        assertThat(card.get("actions").toString()).contains("samverkanForm=agenda-item");
    }

    @Test
    void a_submitted_card_becomes_the_typed_draft_with_nothing_parsed_from_a_sentence() {
        Map<String, String> fields = AgendaCard.fields(Map.of(
                "samverkanForm", "agenda-item",
                "forum", "test/grupp",
                "title", "Budget – nästa år: utkast",
                "kind", "beredning",
                "day", "2027-01-07",
                "description", "",
                "link", "https://example.se/budget"));

        assertThat(AgendaCard.problems(fields, Language.SWEDISH)).isEmpty();
        assertThat(AgendaCard.draft(fields))
                .isEqualTo(new Form.AgendaItemDraft(
                        "test",
                        "grupp",
                        LocalDate.of(2027, 1, 7),
                        "Budget – nästa år: utkast",
                        "beredning",
                        null,
                        "https://example.se/budget"));
    }

    @Test
    void a_card_that_breaks_the_limits_is_refused_with_what_to_correct_in_the_members_language() {
        Map<String, String> fields = Map.of("forum", "", "title", "x".repeat(201), "link", "javascript:alert(1)");

        assertThat(AgendaCard.problems(fields, Language.SWEDISH))
                .containsExactly(
                        "Välj forum.",
                        "Rubriken får vara högst 200 tecken.",
                        "Länken ska vara en webbadress som börjar med https://");
    }

    @Test
    void the_overview_is_one_card_with_a_heading_per_section() {
        Overview overview = new Overview(
                Language.SWEDISH,
                List.of(
                        new Overview.Section(
                                "Mina forum", Reply.plain("Du sitter i:\n• Gruppen – ledamot", Language.SWEDISH)),
                        new Overview.Section("Mina ärenden", Reply.plain("Du har inga ärenden.", Language.SWEDISH))));

        var activity = AdaptiveCards.overview(overview);

        assertThat(activity.getAttachments())
                .singleElement()
                .satisfies(attachment -> assertThat(attachment.getContent().toString())
                        .contains("Mina forum", "Gruppen – ledamot", "Mina ärenden", "Du har inga ärenden."));
        assertThat(activity.getSummary()).isEqualTo("Mina forum");
    }

    @Test
    void the_message_actions_html_becomes_plain_words() {
        assertThat(TeamsText.plain("<p>Budget &amp; plan</p><p>Rad två<br>rad tre</p>"))
                .isEqualTo("Budget & plan\nRad två\nrad tre");
    }
}
