package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansbot.testing.ConversationHarness;

/** "Hur länge gäller platsen …?": a seat named by its board is answered with its period, whoever asks. */
class SeatValidityTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @Test
    void hears_how_long_a_boards_seat_lasts_and_replies_with_its_last_day() {
        assertThat(bot.hears("Hur länge gäller platsen för skolnämndens ordförande i Örnsköldsvik i HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Platsen gäller till och med 31 december 2026, mandatperiodens sista dag.")
                .contains("Örnsköldsviks kommun")
                .doesNotContain("Sundsvalls kommun");
    }

    @Test
    void hears_a_colleagues_seat_asked_about_by_a_guest_and_answers_from_the_board_not_the_asker() {
        assertThat(bot.hears("My colleague chairs RUN – until when is her HälSam seat valid?")
                        .fromGuest()
                        .text())
                .startsWith("The seat is valid until 31 December 2026")
                .doesNotContain("I don't know who you are");
    }

    @Test
    void hears_whether_a_seat_holds_next_year_and_says_no_successor_is_registered() {
        assertThat(bot.hears("Mitt uppdrag i HälSam som ordf skolnämnden i Övik – gäller det nästa år?")
                        .fromGuest()
                        .text())
                .contains("31 december 2026", "ingen efterträdare är registrerad")
                .doesNotContain("Platsen gäller till och med");
    }

    @Test
    void hears_when_a_seat_ends_with_the_board_said_after_the_question_and_gives_its_last_day() {
        // "when … end" and "när … ut" were no words of how long a seat lasts: "I don't know who you are".
        assertThat(bot.hears("When does my HälSam seat end? I'm the RUN chair")
                        .fromGuest()
                        .text())
                .startsWith("The seat is valid until 31 December 2026")
                .doesNotContain("I don't know who you are");
        assertThat(bot.hears("När går mitt uppdrag i HälSam ut? Är ordförande i socialnämnden i Timrå")
                        .fromGuest()
                        .text())
                .startsWith("Platsen gäller till och med 31 december 2026");
    }
}
