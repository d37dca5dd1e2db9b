package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.testing.ConversationHarness;

/** "Träffas … i februari?": the rhythm, and whether a meeting is entered for the month. */
class MonthQuestionsTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @Test
    void hears_whether_a_group_meets_in_a_month_with_none_entered_and_says_so_beside_its_rhythm() {
        assertThat(bot.hears("Träffas länssamordningsgruppen vuxna i februari?")
                        .fromGuest()
                        .text())
                .contains(
                        "5 gånger per år",
                        "Registret har inga möten inlagda för Länssamordningsgrupp Vuxna (HälSam) i februari 2027");
    }

    @Test
    void hears_whether_a_group_meets_in_a_month_with_a_meeting_entered_and_gives_its_time() {
        bot.core()
                .core()
                .scheduleMeetings()
                .create(
                        "halsam",
                        "lansgrupp-vuxna",
                        Instant.parse("2027-02-11T12:00:00Z"),
                        null,
                        null,
                        null,
                        DeadlineTemplate.standard())
                .orElseThrow();

        assertThat(bot.hears("Does the county coordination group for adults meet in February?")
                        .fromGuest()
                        .text())
                .contains("Meetings of Länssamordningsgrupp Vuxna (HälSam) in February 2027:", "13:00")
                .doesNotContain("no meetings entered");
    }
}
