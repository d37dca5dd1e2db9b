package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.ScheduleMeetings;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;

/** Secretaries change meetings in chat; nothing happens until they confirm. Sara is the secretary, Lena a member. */
class MeetingCommandsTest {
    private static final Instant FEBRUARY_2_AT_13 = Instant.parse("2027-02-02T12:00:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final ConversationHarness bot = new ConversationHarness(SmallForum.REGISTER, SmallForum.DIRECTORY, clock);
    private final MongoMeetings meetings = bot.core().meetings();
    private final MongoReminders reminders = bot.core().reminders();
    private final ScheduleMeetings schedule = bot.core().core().scheduleMeetings();

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

        Reply done = press("sekr", confirm(proposal));
        assertThat(done.text())
                .isEqualTo("Klart: mötet tisdag 2 februari 2027 kl. 13.00 är inlagt, med deadlines och påminnelser.");
        assertThat(meetings.upcoming(java.util.List.of("grupp"), clock.instant(), 10))
                .singleElement()
                .satisfies(m -> assertThat(m.place()).isEqualTo("Härnösand, Regionens hus"));
        assertThat(reminders.ofMeeting("test/grupp/2027-02-02T1300")).isNotEmpty();

        assertThat(press("sekr", confirm(proposal)).text()).contains("Jag hittar ingen ändring som väntar på dig");
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

        assertThat(press("ordf", confirm(proposal)).text()).contains("Jag hittar ingen ändring som väntar på dig");
        assertThat(press("sekr", confirm(proposal)).text()).startsWith("Klart");
    }

    @Test
    void a_confirmation_can_also_be_typed_as_the_reply_says() {
        Reply proposal = say("sekr", "nytt möte i gruppen 2 februari 2027 kl 13");
        String token = ((Command.Confirm) confirm(proposal)).token();

        assertThat(proposal.text()).contains("Svara \"bekräfta " + token + "\"");
        assertThat(say("sekr", "bekräfta " + token).text()).startsWith("Klart");
    }

    @Test
    void aborting_changes_nothing() {
        Reply proposal = say("sekr", "nytt möte i gruppen 2 februari 2027 kl 13");
        Command abort = choices(proposal)[1].command();

        assertThat(press("sekr", abort).text()).isEqualTo("Okej, inget är ändrat.");
        assertThat(meetings.upcoming(java.util.List.of("grupp"), clock.instant(), 10))
                .isEmpty();
    }

    @Test
    void a_confirmation_expires_after_thirty_minutes() {
        Reply proposal = say("sekr", "nytt möte i gruppen 2 februari 2027 kl 13");
        clock.advance(Duration.ofMinutes(31));

        assertThat(press("sekr", confirm(proposal)).text()).contains("gått ut efter 30 minuter");
    }

    @Test
    void the_chair_moves_a_meeting_and_the_members_are_told() {
        Meeting meeting = schedule.create(
                        "test", "grupp", FEBRUARY_2_AT_13, null, null, null, DeadlineTemplate.standard())
                .orElseThrow();

        Reply proposal = say("ordf", "flytta mötet i gruppen 2 februari till 9 februari kl 10");
        assertThat(proposal.text())
                .contains("Ska jag flytta mötet i Gruppen (Testsamverkan) från tisdag 2 februari 2027 kl. 13.00 "
                        + "till tisdag 9 februari 2027 kl. 10.00?");
        assertThat(press("ordf", confirm(proposal)).text())
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
                        "test", "grupp", FEBRUARY_2_AT_13, null, null, null, DeadlineTemplate.standard())
                .orElseThrow();

        Reply proposal = say("sekr", "ställ in nästa möte i gruppen");
        assertThat(proposal.text())
                .contains("Ska jag ställa in mötet i Gruppen (Testsamverkan) tisdag 2 februari 2027 kl. 13.00?");
        press("sekr", confirm(proposal));

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
        assertThat(press("sekr", confirm(proposal)).text())
                .startsWith("Done: the meeting on Tuesday 2 February 2027 at 13:00 is entered");
    }

    private Reply say(String user, String text) {
        return bot.hears(text).from(user).reply();
    }

    private Reply press(String user, Command command) {
        return bot.presses(command).by(user).reply();
    }

    private static ReplyPart.Choice[] choices(Reply reply) {
        return reply.parts().stream()
                .filter(p -> p instanceof ReplyPart.Choices)
                .flatMap(p -> ((ReplyPart.Choices) p).choices().stream())
                .toArray(ReplyPart.Choice[]::new);
    }

    private static Command confirm(Reply reply) {
        return choices(reply)[0].command();
    }
}
