package se.samverkansbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.RecordingMessenger;
import se.samverkansbot.testing.SmallForum;

/**
 * A reminder that no longer matters to its recipient is not sent: a kind they muted, a forum they muted before kinds
 * existed, or a call for agenda items when they already sent one and their forum spares them that.
 */
class ReminderRelevanceTest {
    /** Monday 23 November 2026. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));

    @Test
    void a_whole_forum_mute_stored_before_kinds_existed_still_mutes_every_kind() {
        ConversationHarness bot = new ConversationHarness(SmallForum.REGISTER, SmallForum.DIRECTORY, clock);
        // As an earlier version stored it: no kind.
        bot.core()
                .database()
                .getCollection("mutes")
                .insertOne(new Document("_id", "led|test/grupp")
                        .append("personId", "led")
                        .append("structureId", "test")
                        .append("forumId", "grupp"));
        Meeting meeting = meetingOn(bot, Instant.parse("2027-01-12T08:00:00Z"));
        ReminderRelevance relevance =
                new ReminderRelevance(bot.core().meetings(), bot.core().mutes());

        for (DeadlineKind kind : List.of(DeadlineKind.AGENDA_CUTOFF, DeadlineKind.NOTICE, DeadlineKind.MEETING)) {
            assertThat(relevance.reasonToSkip(reminder(meeting, kind, "led"), clock.instant()))
                    .as(kind.name())
                    .contains("the person muted this forum");
        }
        assertThat(bot.hears("slå på påminnelser från gruppen").from("led").text())
                .isEqualTo("Klart: du får påminnelser från Gruppen (Testsamverkan) igen.");
        assertThat(relevance.reasonToSkip(reminder(meeting, DeadlineKind.MEETING, "led"), clock.instant()))
                .isEmpty();
    }

    @Test
    void a_forum_that_spares_submitters_does_not_ask_someone_who_sent_an_item_for_more() {
        ConversationHarness bot = new ConversationHarness(sparingSubmitters(), SmallForum.DIRECTORY, clock);
        Meeting meeting = meetingOn(bot, Instant.parse("2027-01-12T08:00:00Z"));
        assertThat(bot.hears("nytt ärende till gruppen: Lägesbild hemsjukvård (information)")
                        .from("led")
                        .text())
                .startsWith("Tack! Ditt ärende");
        RecordingMessenger messenger = new RecordingMessenger();
        SendDueReminders sender = bot.core().core().sendDueReminders(messenger, "test", Duration.ofMinutes(2), 5);

        // A week before the cut-off (Tuesday 29 December at 12:00): the members' reminder, Tuesday 22 December.
        clock.set(Instant.parse("2026-12-22T08:00:00Z"));
        sender.runOnce(100);

        assertThat(messenger.deliveries())
                .filteredOn(d -> d.key().contains("|AGENDA_CUTOFF|"))
                .extracting(d -> d.recipient().address())
                .as("the channel and those who sent nothing; not Lena, who did")
                .containsExactlyInAnyOrder("C-grupp", "D-ordf", "D-sekr");
        assertThat(bot.core().reminders().ofMeeting(meeting.id()))
                .filteredOn(r -> r.deadline() == DeadlineKind.AGENDA_CUTOFF
                        && "led".equals(r.recipient().personId())
                        && r.status() == ReminderStatus.SKIPPED)
                .extracting(Reminder::note)
                .containsExactly("the person already submitted an item for this meeting");
    }

    @Test
    void a_withdrawn_item_or_a_forum_on_the_standard_still_gets_the_reminder() {
        ConversationHarness sparing = new ConversationHarness(sparingSubmitters(), SmallForum.DIRECTORY, clock);
        Meeting meeting = meetingOn(sparing, Instant.parse("2027-01-12T08:00:00Z"));
        sparing.hears("nytt ärende till gruppen: Lägesbild hemsjukvård (information)")
                .from("led")
                .text();
        String item = sparing.core().items().ofSubmitter("led").getFirst().id();
        assertThat(sparing.hears("dra tillbaka " + item).from("led").text()).contains(item);
        ReminderRelevance relevance = relevanceOf(sparing, sparingSubmitters());

        assertThat(relevance.reasonToSkip(reminder(meeting, DeadlineKind.AGENDA_CUTOFF, "led"), clock.instant()))
                .as("withdrawn: nothing is in")
                .isEmpty();

        ConversationHarness standard = new ConversationHarness(SmallForum.REGISTER, SmallForum.DIRECTORY, clock);
        Meeting other = meetingOn(standard, Instant.parse("2027-01-12T08:00:00Z"));
        standard.hears("nytt ärende till gruppen: Lägesbild hemsjukvård (information)")
                .from("led")
                .text();
        assertThat(relevanceOf(standard, SmallForum.REGISTER)
                        .reasonToSkip(reminder(other, DeadlineKind.AGENDA_CUTOFF, "led"), clock.instant()))
                .as("the standard reminds everyone")
                .isEmpty();
    }

    private static ReminderRelevance relevanceOf(ConversationHarness bot, Register register) {
        return new ReminderRelevance(
                bot.core().meetings(),
                bot.core().mutes(),
                ReminderPolicies.from(() -> register),
                (person, meetingId) -> bot.core().items().ofMeeting(meetingId).stream()
                        .anyMatch(i -> person.equals(i.submitterId())
                                && i.status() != se.samverkansbot.agenda.ItemStatus.WITHDRAWN));
    }

    private static Meeting meetingOn(ConversationHarness bot, Instant start) {
        return bot.core()
                .core()
                .scheduleMeetings()
                .create("test", "grupp", start, null, null, null, DeadlineTemplate.standard())
                .orElseThrow();
    }

    private static Reminder reminder(Meeting meeting, DeadlineKind kind, String person) {
        return Reminder.planned(
                "test",
                "grupp",
                meeting.id(),
                kind,
                meeting.start(),
                Instant.parse("2026-12-22T08:00:00Z"),
                new Recipient(Platform.SLACK, "D-" + person, person));
    }

    /** The small forum, whose members who already sent an item hear no more calls for items. */
    private static Register sparingSubmitters() {
        return new Register(List.of(new StructureFileReader().read("test.yaml", """
                structure: {id: test, name: Testsamverkan}
                parties:
                  - {id: stad, name: Teststad, kind: municipality, principal: true}
                people:
                  - {id: ordf, name: Olle Ordförande}
                  - {id: sekr, name: Sara Sekreterare}
                  - {id: led, name: Lena Ledamot}
                forums:
                  - id: grupp
                    name: Gruppen
                    level: county-coordination
                    rhythm: {remindSubmitters: false}
                seats:
                  - {id: s1, forum: grupp, role: chair, person: ordf}
                  - {id: s2, forum: grupp, role: secretary, person: sekr}
                  - {id: s3, forum: grupp, role: member, person: led}
                """)));
    }
}
