package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.ReminderRelevance;
import se.samverkansbot.store.mongo.MongoMutes;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;

/** A member mutes a forum's reminders in chat and turns them on again; the reminders follow. */
class MuteCommandsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final ConversationHarness bot = new ConversationHarness(SmallForum.REGISTER, SmallForum.DIRECTORY, clock);
    private final MongoMutes mutes = bot.core().mutes();

    @Test
    void a_member_mutes_reminders_from_a_forum_and_turns_them_on_again_in_swedish() {
        assertThat(bot.hears("tysta påminnelser från gruppen").from("led").text())
                .startsWith("Klart: du får inga påminnelser från Gruppen (Testsamverkan) förrän du skriver")
                .contains("Kallelser och besked om flyttade eller inställda möten kommer som vanligt.");
        assertThat(mutes.isMuted("led", "test", "grupp")).isTrue();
        assertThat(mutes.isMuted("sekr", "test", "grupp"))
                .as("only the asker's own")
                .isFalse();

        assertThat(bot.hears("slå på påminnelser från gruppen").from("led").text())
                .isEqualTo("Klart: du får påminnelser från Gruppen (Testsamverkan) igen.");
        assertThat(mutes.isMuted("led", "test", "grupp")).isFalse();
    }

    @Test
    void mute_and_unmute_in_english() {
        assertThat(bot.hears("mute the reminders from the group gruppen")
                        .from("led")
                        .text())
                .startsWith("Done: you get no reminders from Gruppen (Testsamverkan) until you write");
        assertThat(mutes.isMuted("led", "test", "grupp")).isTrue();
        assertThat(bot.hears("unmute the reminders from the group gruppen")
                        .from("led")
                        .text())
                .isEqualTo("Done: you get reminders from Gruppen (Testsamverkan) again.");
        assertThat(mutes.isMuted("led", "test", "grupp")).isFalse();
    }

    @Test
    void a_muted_forum_s_reminders_are_skipped_for_that_person_only() {
        bot.core()
                .meetings()
                .save(new Meeting(
                        "m1",
                        "test",
                        "grupp",
                        Instant.parse("2026-12-10T09:00:00Z"),
                        null,
                        null,
                        null,
                        MeetingStatus.PLANNED,
                        List.of(),
                        List.of()));
        ReminderRelevance relevance = new ReminderRelevance(bot.core().meetings(), mutes);
        Reminder toLed = reminder("led");
        Reminder toSekr = reminder("sekr");

        bot.hears("tysta påminnelser från gruppen").from("led").text();

        assertThat(relevance.reasonToSkip(toLed, clock.instant())).contains("the person muted this forum");
        assertThat(relevance.reasonToSkip(toSekr, clock.instant())).isEmpty();
        bot.hears("slå på påminnelser från gruppen").from("led").text();
        assertThat(relevance.reasonToSkip(toLed, clock.instant())).isEmpty();
    }

    @Test
    void a_secretary_mutes_only_the_notice_reminders_from_a_forum_and_turns_them_on_again() {
        assertThat(bot.hears("tysta påminnelser om kallelse från gruppen")
                        .from("sekr")
                        .text())
                .isEqualTo("Klart: du får inga påminnelser om kallelsen från Gruppen (Testsamverkan) förrän du skriver "
                        + "”slå på påminnelser om kallelsen från …”. Andra påminnelser kommer som vanligt.");
        assertThat(mutes.isMuted("sekr", "test", "grupp", DeadlineKind.NOTICE)).isTrue();
        assertThat(mutes.isMuted("sekr", "test", "grupp", DeadlineKind.MATERIAL))
                .as("only the kind named")
                .isFalse();
        assertThat(mutes.isMuted("sekr", "test", "grupp"))
                .as("not the whole forum")
                .isFalse();

        assertThat(bot.hears("slå på påminnelser om kallelsen från gruppen")
                        .from("sekr")
                        .text())
                .isEqualTo("Klart: du får påminnelser om kallelsen från Gruppen (Testsamverkan) igen.");
        assertThat(mutes.isMuted("sekr", "test", "grupp", DeadlineKind.NOTICE)).isFalse();
    }

    @Test
    void two_kinds_at_once_in_english() {
        assertThat(bot.hears("mute notice and minutes reminders from the group gruppen")
                        .from("sekr")
                        .text())
                .isEqualTo("Done: you get no reminders about the notice and the minutes from Gruppen (Testsamverkan) "
                        + "until you write \"unmute reminders about the notice and the minutes from …\". Other reminders "
                        + "still arrive.");
        assertThat(mutes.isMuted("sekr", "test", "grupp", DeadlineKind.NOTICE)).isTrue();
        assertThat(mutes.isMuted("sekr", "test", "grupp", DeadlineKind.MINUTES)).isTrue();
        assertThat(mutes.isMuted("sekr", "test", "grupp", DeadlineKind.MEETING)).isFalse();

        assertThat(bot.hears("unmute the minutes reminders from the group gruppen")
                        .from("sekr")
                        .text())
                .isEqualTo("Done: you get reminders about the minutes from Gruppen (Testsamverkan) again.");
        assertThat(mutes.isMuted("sekr", "test", "grupp", DeadlineKind.MINUTES)).isFalse();
        assertThat(mutes.isMuted("sekr", "test", "grupp", DeadlineKind.NOTICE)).isTrue();
    }

    @Test
    void turning_one_kind_on_in_a_muted_forum_leaves_the_others_muted_and_says_so() {
        bot.hears("tysta påminnelser från gruppen").from("led").text();

        assertThat(bot.hears("slå på påminnelser om mötet från gruppen")
                        .from("led")
                        .text())
                .isEqualTo("Klart: du får påminnelser om mötet från Gruppen (Testsamverkan) igen. Övriga påminnelser "
                        + "därifrån är fortfarande tysta.");
        assertThat(mutes.isMuted("led", "test", "grupp", DeadlineKind.MEETING)).isFalse();
        assertThat(mutes.isMuted("led", "test", "grupp", DeadlineKind.AGENDA_CUTOFF))
                .isTrue();

        bot.hears("slå på påminnelser från gruppen").from("led").text();
        assertThat(mutes.isMuted("led", "test", "grupp", DeadlineKind.AGENDA_CUTOFF))
                .as("turning the forum on turns every kind on")
                .isFalse();
    }

    @Test
    void a_muted_kind_s_reminders_are_skipped_and_the_other_kinds_still_go() {
        bot.core()
                .meetings()
                .save(new Meeting(
                        "m1",
                        "test",
                        "grupp",
                        Instant.parse("2026-12-10T09:00:00Z"),
                        null,
                        null,
                        null,
                        MeetingStatus.PLANNED,
                        List.of(),
                        List.of()));
        ReminderRelevance relevance = new ReminderRelevance(bot.core().meetings(), mutes);

        bot.hears("tysta påminnelser om mötet från gruppen").from("led").text();

        assertThat(relevance.reasonToSkip(reminder("led"), clock.instant()))
                .contains("the person muted these reminders from this forum");
        assertThat(relevance.reasonToSkip(reminder("led", DeadlineKind.MINUTES), clock.instant()))
                .isEmpty();
    }

    @Test
    void without_a_forum_the_bot_asks_which_and_a_guest_is_told_who_may() {
        assertThat(bot.hears("tysta påminnelser").from("led").text())
                .isEqualTo("Från vilket forum? Skriv till exempel: tysta påminnelser från länsledningen.");
        assertThat(bot.hears("tysta påminnelser från gruppen").from("okänd").text())
                .startsWith("Jag vet inte vem du är");
    }

    @Test
    void help_tells_how_to_mute() {
        assertThat(bot.hears("hjälp").from("led").text())
                .contains("tysta påminnelser från Gruppen", "tysta påminnelser om kallelse från Gruppen");
        assertThat(bot.hears("hur tystar jag påminnelser?").from("led").text()).contains("tysta påminnelser från");
    }

    private Reminder reminder(String person) {
        return reminder(person, DeadlineKind.MEETING);
    }

    private Reminder reminder(String person, DeadlineKind kind) {
        return Reminder.planned(
                "test",
                "grupp",
                "m1",
                kind,
                Instant.parse("2026-12-10T09:00:00Z"),
                Instant.parse("2026-12-09T08:00:00Z"),
                new Recipient(Platform.WEB, "web:" + person, person));
    }
}
