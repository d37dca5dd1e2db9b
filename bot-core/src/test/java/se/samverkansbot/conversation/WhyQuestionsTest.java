package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansbot.testing.ConversationHarness;

/** "Varför …?" is answered where the documents give reasons: the register holds facts, not grounds. */
class WhyQuestionsTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @Test
    void hears_why_a_new_model_was_needed_in_a_county_and_quotes_that_structures_background() {
        assertThat(bot.hears("Varför behövs en ny samverkansmodell i Västernorrland?")
                        .fromGuest()
                        .text())
                .contains("under ”Bakgrund”", "fler äldre", "Kompetensförsörjningen")
                .doesNotContain("Jämtland");
    }

    @Test
    void hears_why_a_forum_was_started_and_quotes_the_reason_rather_than_its_history() {
        assertThat(bot.hears("Varför startade man SVOM en gång i tiden?")
                        .fromGuest()
                        .text())
                .contains("förankring")
                .doesNotStartWith("SVOM (Jämtland Härjedalen): Sedan 2005");
    }

    @Test
    void hears_what_the_reasons_are_and_quotes_the_whole_paragraph_that_gives_them() {
        assertThat(bot.hears("Varför behöver samverkansstrukturen i Jämtland ses över, vad är skälen?")
                        .fromGuest()
                        .text())
                .contains("funnits under många år", "bildat Kommunförbundet");
    }

    @Test
    void hears_why_in_the_past_tense_and_quotes_the_background_of_both_documents_that_give_one() {
        assertThat(bot.hears("varför behövdes en ny samverkansmodell i västernorrland")
                        .fromGuest()
                        .text())
                .contains("behövde reformeras", "står det också", "fler äldre");
    }
}
