package se.samverkansbot.conversation;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.testing.ConversationHarness;

/** What members hear about meetings once the secretary has entered them. It is 23 November 2026. */
class MeetingQuestionsTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @BeforeEach
    void meetingsAreEntered() {
        // 2027-03-29 is the Monday after the switch to summer time: 09:00 in Sweden is 07:00 UTC.
        bot.core()
                .meetings()
                .save(new Meeting(
                        "m1",
                        "halsam",
                        "lansledning",
                        Instant.parse("2027-03-29T07:00:00Z"),
                        Instant.parse("2027-03-29T10:00:00Z"),
                        "Regionens hus, Härnösand",
                        null,
                        MeetingStatus.PLANNED,
                        List.of(),
                        List.of(
                                new Deadline(DeadlineKind.AGENDA_CUTOFF, Instant.parse("2027-03-15T15:00:00Z")),
                                new Deadline(DeadlineKind.NOTICE, Instant.parse("2027-03-22T08:00:00Z")))));
        // Winter time: 13:00 in Sweden is 12:00 UTC.
        bot.core()
                .meetings()
                .save(new Meeting(
                        "m0",
                        "halsam",
                        "lansgrupp-aldre",
                        Instant.parse("2027-02-02T12:00:00Z"),
                        null,
                        null,
                        "https://teams.example/m0",
                        MeetingStatus.NOTICE_SENT,
                        List.of("Uppföljning av länsöverenskommelsen", "Omvärldsbevakning"),
                        List.of()));
        bot.core()
                .meetings()
                .save(new Meeting(
                        "old",
                        "halsam",
                        "lansledning",
                        Instant.parse("2026-10-05T07:00:00Z"),
                        null,
                        null,
                        null,
                        MeetingStatus.HELD,
                        List.of(),
                        List.of()));
        bot.core()
                .meetings()
                .save(new Meeting(
                        "cancelled",
                        "halsam",
                        "lansledning",
                        Instant.parse("2027-01-11T08:00:00Z"),
                        null,
                        null,
                        null,
                        MeetingStatus.CANCELLED,
                        List.of(),
                        List.of()));
    }

    @Test
    void tells_the_next_meeting_in_swedish_time_across_daylight_saving_skipping_past_and_cancelled_ones() {
        bot.hears("När är nästa möte i länsledningen?")
                .fromGuest()
                .inSwedish()
                .replies("Nästa möte i Länsledning (HälSam): måndag 29 mars 2027 kl. 09.00, Regionens hus, Härnösand.")
                .doesNotSay("oktober", "januari");
    }

    @Test
    void answers_in_english_with_english_dates() {
        bot.hears("When is the next meeting of the county coordination group for older people?")
                .fromGuest()
                .inEnglish()
                .replies(
                        "Next meeting of Länssamordningsgrupp Äldre (HälSam): Tuesday 2 February 2027 at 13:00, https://teams.example/m0.");
    }

    @Test
    void reads_out_the_published_agenda_in_order() {
        bot.hears("Vad står på dagordningen för länssamordningsgruppen äldre?")
                .fromGuest()
                .replies(
                        "Dagordning för Länssamordningsgrupp Äldre (HälSam), tisdag 2 februari 2027 kl. 13.00:",
                        "1. Uppföljning av länsöverenskommelsen\n2. Omvärldsbevakning");
    }

    @Test
    void says_when_no_agenda_is_published_yet_and_when_items_are_due() {
        bot.hears("dagordning länsledningen")
                .fromGuest()
                .replies(
                        "ingen dagordning är publicerad ännu", "Sista dag för ärenden: måndag 15 mars 2027 kl. 16.00.");
    }

    @Test
    void lists_coming_deadlines_earliest_first() {
        bot.hears("Vilka deadlines har länsledningen?")
                .fromGuest()
                .replies(
                        "Kommande deadlines:\n• måndag 15 mars 2027 kl. 16.00: Sista dag för ärenden till dagordningen – Länsledning (HälSam)\n"
                                + "• måndag 22 mars 2027 kl. 09.00: Kallelsen skickas – Länsledning (HälSam)");
    }

    @Test
    void shows_the_year_wheel_of_a_structure_with_meetings_and_deadlines_in_order() {
        bot.hears("Visa årshjulet för HälSam 2027")
                .fromGuest()
                .replies(
                        "Årshjul för HälSam 2027:\n• måndag 11 januari 2027 kl. 09.00 – Mötet – Länsledning (inställt)\n"
                                + "• tisdag 2 februari 2027 kl. 13.00 – Mötet – Länssamordningsgrupp Äldre\n"
                                + "• måndag 15 mars 2027 kl. 16.00 – Sista dag för ärenden till dagordningen – Länsledning\n"
                                + "• måndag 22 mars 2027 kl. 09.00 – Kallelsen skickas – Länsledning\n"
                                + "• måndag 29 mars 2027 kl. 09.00 – Mötet – Länsledning")
                .doesNotSay("oktober 2026");
        bot.hears("year wheel for Jämtland Härjedalen 2027")
                .fromGuest()
                .inEnglish()
                .replies("The year wheel of Jämtland Härjedalen for 2027 has no meetings entered yet.");
    }

    @Test
    void tells_the_county_groups_which_have_meetings_and_which_have_none_yet() {
        bot.hears("När är nästa möte för länssamordningsgrupperna?")
                .fromGuest()
                .replies(
                        "Nästa möte i Länssamordningsgrupp Äldre (HälSam)",
                        "Inga möten inlagda ännu för Länssamordningsgrupp Barn och unga (HälSam) och Länssamordningsgrupp Vuxna (HälSam).");
    }

    @Test
    void hears_whether_a_recurring_kind_of_meeting_comes_next_year_and_gives_the_rhythm_without_inventing_a_date() {
        org.assertj.core.api.Assertions.assertThat(bot.hears("Blir det temamöten för vuxna nästa år också?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam politisk samverkan (HälSam) träffas: Årliga temamöten")
                .contains("Registret har inga datum för dem ännu");
        org.assertj.core.api.Assertions.assertThat(bot.hears("Vem ansvarar för temamötet om äldre nästa år?")
                        .fromGuest()
                        .text())
                .doesNotContain("Registret har inga datum för dem ännu");
    }

    @Test
    void reads_a_forum_name_written_together_with_meeting_as_that_forum() {
        bot.hears("När är länsledningsmötet?")
                .fromGuest()
                .replies("Nästa möte i Länsledning (HälSam): måndag 29 mars 2027 kl. 09.00, Regionens hus, Härnösand.");
        bot.hears("När är nästa hälsammöte?")
                .fromGuest()
                .replies("Det finns inga kommande möten för HälSam politisk samverkan (HälSam) i registret ännu.");
    }

    @Test
    void hears_a_joint_meeting_with_words_between_as_the_recurring_joint_meeting() {
        org.assertj.core.api.Assertions.assertThat(
                        bot.hears("Will there be a joint all-areas HälSam meeting next year?")
                                .fromGuest()
                                .text())
                .startsWith("HälSam politisk samverkan (HälSam) meets: Annual theme meetings")
                .contains("The register has no dates for them yet");
    }

    @Test
    void tells_the_last_meeting_held_not_the_next_one_nor_a_deadline() {
        bot.hears("När var senaste mötet i länsledningen?")
                .fromGuest()
                .replies("Senaste mötet i Länsledning (HälSam): måndag 5 oktober 2026 kl. 09.00.")
                .doesNotSay("mars", "januari");
        bot.hears("When was the last meeting of the county coordination group for older people?")
                .fromGuest()
                .inEnglish()
                .replies("The register has no meetings held for Länssamordningsgrupp Äldre (HälSam)")
                .doesNotSay("February");
    }

    @Test
    void hears_the_word_meeting_with_a_forum_but_no_date_asked_as_about_the_meetings_not_the_calendar() {
        org.assertj.core.api.Assertions.assertThat(bot.hears("which officials' group prepares Barnarenan's meetings?")
                        .fromGuest()
                        .text())
                .contains("Barnarenan: SamReKo HSI")
                .doesNotContain("no upcoming meetings");
    }

    @Test
    void hears_which_meetings_a_forum_will_have_next_year_with_none_entered_and_answers_with_its_rhythm() {
        bot.hears("vilka politiska hälsammöten ska vi ha under 2027?")
                .fromGuest()
                .replies(
                        "Det finns inga kommande möten för HälSam politisk samverkan (HälSam) i registret ännu.",
                        "Enligt underlaget träffas HälSam politisk samverkan (HälSam): Årliga temamöten inom varje"
                                + " strategiskt område");
    }
}
