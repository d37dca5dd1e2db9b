package se.samverkansbot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverkansbot.agenda.TellPeople;
import se.samverkansbot.conversation.ConversationAddress;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.Reply;
import se.samverkansbot.conversation.ReplyPart;
import se.samverkansbot.conversation.Sender;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.ScheduleMeetings;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.reminder.PlanReminders;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.ReminderPolicy;
import se.samverkansbot.store.mongo.MongoAgendaItems;
import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.store.mongo.MongoPendingConfirmations;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;

/** Secretaries change meetings in chat; nothing happens until they confirm. Sara is the secretary, Lena a member. */
class MeetingCommandsTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant FEBRUARY_2_AT_13 = Instant.parse("2027-02-02T12:00:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoMeetings meetings = new MongoMeetings(database);
    private final MongoReminders reminders = new MongoReminders(database);
    private final ScheduleMeetings schedule = new ScheduleMeetings(
            meetings,
            reminders,
            new PlanReminders(reminders, SmallForum.DIRECTORY, () -> SmallForum.REGISTER, new WorkingDays()),
            new WorkingDays(),
            clock);
    private final Conversation bot = new Conversation(
            new QuestionAnswering(() -> SmallForum.REGISTER, meetings, clock),
            meetings,
            schedule,
            new MongoPendingConfirmations(database),
            new MongoAgendaItems(database),
            new TellPeople(reminders, SmallForum.DIRECTORY, clock),
            new se.samverkansbot.store.mongo.MongoForumChannels(database),
            clock);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void the_secretary_enters_a_meeting_after_confirming_and_a_second_confirmation_does_nothing() {
        Reply proposal = say("sekr", "Nytt möte i gruppen 2 februari 2027 kl 13 plats Härnösand, Regionens hus");

        assertThat(proposal.text())
                .contains(
                        "Ska jag lägga in ett möte i Gruppen (Testsamverkan) tisdag 2 februari 2027 kl. 13.00, "
                                + "Härnösand, Regionens hus?",
                        "Sista dag för ärenden till dagordningen: tisdag 19 januari 2027 kl. 12.00");
        assertThat(meetings.upcoming(java.util.List.of("grupp"), clock.instant(), 10))
                .as("nothing before confirming")
                .isEmpty();

        Reply done = say("sekr", confirmValue(proposal));
        assertThat(done.text())
                .isEqualTo("Klart: mötet tisdag 2 februari 2027 kl. 13.00 är inlagt, med deadlines och påminnelser.");
        assertThat(meetings.upcoming(java.util.List.of("grupp"), clock.instant(), 10))
                .singleElement()
                .satisfies(m -> assertThat(m.place()).isEqualTo("Härnösand, Regionens hus"));
        assertThat(reminders.ofMeeting("test/grupp/2027-02-02T1300")).isNotEmpty();

        assertThat(say("sekr", confirmValue(proposal)).text()).contains("Jag hittar ingen ändring som väntar på dig");
        assertThat(say("led", "När är nästa möte i gruppen?").text())
                .contains("Nästa möte i Gruppen (Testsamverkan): tisdag 2 februari 2027 kl. 13.00");
    }

    @Test
    void a_member_may_not_change_meetings_and_is_told_who_may() {
        assertThat(say("led", "nytt möte i gruppen 2 februari 2027 kl 13").text())
                .isEqualTo(
                        "Bara forumets sekreterare, sammankallande eller ordförande kan ändra möten i Gruppen (Testsamverkan). "
                                + "I registret: Olle Ordförande och Sara Sekreterare.");
    }

    @Test
    void someone_unknown_is_told_how_to_get_registered() {
        assertThat(say("okänd@example.se", "nytt möte i gruppen 2 februari 2027 kl 13")
                        .text())
                .contains("Jag vet inte vem du är");
    }

    @Test
    void only_the_person_asked_can_confirm() {
        Reply proposal = say("sekr", "nytt möte i gruppen 2 februari 2027 kl 13");

        assertThat(say("ordf", confirmValue(proposal)).text()).contains("Jag hittar ingen ändring som väntar på dig");
        assertThat(say("sekr", confirmValue(proposal)).text()).startsWith("Klart");
    }

    @Test
    void aborting_changes_nothing() {
        Reply proposal = say("sekr", "nytt möte i gruppen 2 februari 2027 kl 13");
        String abort = choices(proposal)[1].value();

        assertThat(say("sekr", abort).text()).isEqualTo("Okej, inget är ändrat.");
        assertThat(meetings.upcoming(java.util.List.of("grupp"), clock.instant(), 10))
                .isEmpty();
    }

    @Test
    void a_confirmation_expires_after_thirty_minutes() {
        Reply proposal = say("sekr", "nytt möte i gruppen 2 februari 2027 kl 13");
        clock.advance(Duration.ofMinutes(31));

        assertThat(say("sekr", confirmValue(proposal)).text()).contains("gått ut efter 30 minuter");
    }

    @Test
    void the_chair_moves_a_meeting_and_the_members_are_told() {
        Meeting meeting = schedule.create(
                        "test",
                        "grupp",
                        FEBRUARY_2_AT_13,
                        null,
                        null,
                        DeadlineTemplate.standard(),
                        ReminderPolicy.standard())
                .orElseThrow();

        Reply proposal = say("ordf", "flytta mötet i gruppen 2 februari till 9 februari kl 10");
        assertThat(proposal.text())
                .contains("Ska jag flytta mötet i Gruppen (Testsamverkan) från tisdag 2 februari 2027 kl. 13.00 "
                        + "till tisdag 9 februari 2027 kl. 10.00?");
        assertThat(say("ordf", confirmValue(proposal)).text())
                .isEqualTo("Klart: mötet är flyttat till tisdag 9 februari 2027 kl. 10.00 och medlemmarna får besked.");

        assertThat(meetings.byId(meeting.id()))
                .get()
                .extracting(Meeting::start)
                .isEqualTo(Instant.parse("2027-02-09T09:00:00Z"));
        assertThat(reminders.ofMeeting(meeting.id())).anyMatch(r -> r.purpose() == Reminder.Purpose.MEETING_MOVED);
    }

    @Test
    void the_secretary_cancels_the_next_meeting() {
        Meeting meeting = schedule.create(
                        "test",
                        "grupp",
                        FEBRUARY_2_AT_13,
                        null,
                        null,
                        DeadlineTemplate.standard(),
                        ReminderPolicy.standard())
                .orElseThrow();

        Reply proposal = say("sekr", "ställ in nästa möte i gruppen");
        assertThat(proposal.text())
                .contains("Ska jag ställa in mötet i Gruppen (Testsamverkan) tisdag 2 februari 2027 kl. 13.00?");
        say("sekr", confirmValue(proposal));

        assertThat(meetings.byId(meeting.id()))
                .get()
                .extracting(Meeting::status)
                .isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void bad_requests_get_a_clear_answer_and_change_nothing() {
        assertThat(say("sekr", "nytt möte i gruppen").text()).contains("Skriv både datum och tid");
        assertThat(say("sekr", "nytt möte i gruppen 1 januari 2020 kl 10").text())
                .isEqualTo("Den tiden har redan varit.");
        assertThat(say("sekr", "nytt möte 2 februari 2027 kl 13").text()).startsWith("Vilket forum gäller det?");
        assertThat(say("sekr", "flytta mötet i gruppen 2 februari till 9 februari")
                        .text())
                .startsWith("Jag hittar inget sådant möte");
        assertThat(meetings.upcoming(java.util.List.of("grupp"), clock.instant(), 10))
                .isEmpty();
    }

    @Test
    void works_in_english_too() {
        Reply proposal = say("sekr", "new meeting for gruppen on February 2, 2027 at 13:00");

        assertThat(proposal.text())
                .contains("Shall I enter a meeting of Gruppen (Testsamverkan) on Tuesday 2 February 2027 at 13:00?");
        assertThat(say("sekr", confirmValue(proposal)).text())
                .startsWith("Done: the meeting on Tuesday 2 February 2027 at 13:00 is entered");
    }

    private Reply say(String user, String text) {
        return bot.handle(InboundMessage.text(Sender.web(user), ConversationAddress.webChat(user), text, null));
    }

    private static ReplyPart.Choice[] choices(Reply reply) {
        return reply.parts().stream()
                .filter(p -> p instanceof ReplyPart.Choices)
                .flatMap(p -> ((ReplyPart.Choices) p).choices().stream())
                .toArray(ReplyPart.Choice[]::new);
    }

    private static String confirmValue(Reply reply) {
        return choices(reply)[0].value();
    }
}
