package se.samverkansbot.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkansbot.register.Language;

/** The after-meeting forms' field rules, once for every platform: problems keyed by field, in the person's language. */
class FormChecksTest {

    @Test
    void an_agenda_item_needs_a_title_within_the_limits_and_a_link_that_is_a_web_address() {
        assertThat(FormChecks.agendaItem(Map.of("title", "  ", "link", "javascript:alert(1)"), Language.SWEDISH))
                .containsExactly(
                        Map.entry("title", "Ärendet behöver en rubrik."),
                        Map.entry("link", "Länken ska vara en webbadress som börjar med https://"));
        assertThat(FormChecks.agendaItem(
                        Map.of("title", "x".repeat(201), "description", "y".repeat(3001)), Language.ENGLISH))
                .containsExactly(
                        Map.entry("title", "The title may be at most 200 characters."),
                        Map.entry(
                                "description",
                                "The description may be at most 3000 characters; link to a document instead."));
        assertThat(FormChecks.agendaItem(Map.of("title", "SIP", "link", "https://x.se/a"), Language.SWEDISH))
                .isEmpty();
    }

    @Test
    void an_item_needs_an_item_and_an_outcome_a_recommendation_its_text_and_a_raised_item_its_forum() {
        assertThat(FormChecks.minutesItem(Map.of(), Language.SWEDISH))
                .containsExactly(Map.entry("item", "Välj ärende."), Map.entry("outcome", "Välj utfall."));
        assertThat(FormChecks.minutesItem(Map.of("item", "A-1", "outcome", "recommendation"), Language.ENGLISH))
                .containsExactly(Map.entry("text", "Write what the forum recommends to the principals."));
        assertThat(FormChecks.minutesItem(Map.of("item", "A-1", "outcome", "raised"), Language.SWEDISH))
                .containsOnlyKeys("raisedTo");
        assertThat(FormChecks.minutesItem(
                        Map.of("item", "A-1", "outcome", "noted", "note", "x".repeat(3001)), Language.SWEDISH))
                .containsExactly(Map.entry("note", "Anteckningen får vara högst 3000 tecken."));
        assertThat(FormChecks.minutesItem(Map.of("item", "A-1", "outcome", "noted"), Language.SWEDISH))
                .isEmpty();
    }

    @Test
    void a_deputy_present_needs_the_deputys_name_and_an_unknown_attendance_is_refused() {
        Map<String, String> fields =
                Map.of("seat:s1", "deputy", "seat:s2", "maybe", "seat:s3", "present", "deputy:s3", "x".repeat(201));
        assertThat(FormChecks.minutesAttendance(fields, List.of("s1", "s2", "s3", "s4"), Language.SWEDISH))
                .containsExactly(
                        Map.entry("deputy:s1", "Skriv vem som kom som ersättare."),
                        Map.entry("seat:s2", "Välj närvarande, ersättare närvarande eller frånvarande."),
                        Map.entry("deputy:s3", "Ersättarens namn får vara högst 200 tecken."));
    }

    @Test
    void an_answer_needs_date_body_and_outcome_unless_it_is_not_to_be_decided() {
        assertThat(FormChecks.followUpAnswer(Map.of("status", "decided", "link", "ftp://x"), Language.SWEDISH))
                .containsOnlyKeys("date", "body", "decision", "link");
        assertThat(FormChecks.followUpAnswer(Map.of("status", "on-agenda", "date", "2027-02-30"), Language.ENGLISH))
                .containsExactly(Map.entry("date", "Give the date."), Map.entry("body", "Say which body."));
        assertThat(FormChecks.followUpAnswer(Map.of("status", "not-to-be-decided"), Language.SWEDISH))
                .isEmpty();
        assertThat(FormChecks.followUpAnswer(Map.of("status", "open"), Language.SWEDISH))
                .containsOnlyKeys("status");
    }
}
