package se.samverkansbot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.ItemKind;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.agenda.TellPeople;
import se.samverkansbot.conversation.ConversationAddress;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.Reply;
import se.samverkansbot.conversation.ReplyPart;
import se.samverkansbot.conversation.Sender;
import se.samverkansbot.meeting.DeadlineTemplate;
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

/** Agenda items through chat in Gruppen (Olle chair, Sara secretary, Lena member, Frida's seat ended). */
class AgendaCommandsTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoMeetings meetings = new MongoMeetings(database);
    private final MongoReminders reminders = new MongoReminders(database);
    private final MongoAgendaItems items = new MongoAgendaItems(database);
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
            items,
            new TellPeople(reminders, SmallForum.DIRECTORY, clock),
            new se.samverkansbot.store.mongo.MongoForumChannels(database),
            clock);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @BeforeEach
    void meetingsOnSeventhOfJanuaryAndNinthOfFebruary() {
        schedule.create(
                "test",
                "grupp",
                Instant.parse("2027-01-07T08:00:00Z"),
                null,
                "Sundsvall",
                DeadlineTemplate.standard(),
                ReminderPolicy.standard());
        schedule.create(
                "test",
                "grupp",
                Instant.parse("2027-02-09T08:00:00Z"),
                null,
                null,
                DeadlineTemplate.standard(),
                ReminderPolicy.standard());
    }

    @Test
    void a_member_submits_an_item_gets_a_receipt_and_the_reviewers_are_told() {
        Reply receipt = say(
                "led",
                "Nytt ärende till gruppen: Uppföljning av SIP (samråd) – Hur går arbetet i kommunerna? https://example.se/sip");

        AgendaItem item = items.ofSubmitter("led").getFirst();
        assertThat(receipt.text())
                .isEqualTo(
                        ("Tack! Ditt ärende %s \"Uppföljning av SIP\" är inskickat till Gruppen (Testsamverkan), mötet torsdag "
                                        + "7 januari 2027 kl. 09.00. Du kan ändra eller dra tillbaka det till onsdag 23 december 2026 kl. 12.00.")
                                .formatted(item.id()));
        assertThat(item.kind()).isEqualTo(ItemKind.CONSULTATION);
        assertThat(item.description()).isEqualTo("Hur går arbetet i kommunerna?");
        assertThat(item.link()).isEqualTo("https://example.se/sip");
        assertThat(reminders.ofMeeting(item.meetingId()))
                .filteredOn(r -> r.purpose() == Reminder.Purpose.MESSAGE)
                .extracting(r -> r.recipient().personId())
                .containsExactlyInAnyOrder("ordf", "sekr");
    }

    @Test
    void a_kind_marker_on_the_first_line_keeps_the_description_on_the_next() {
        say("led", "nytt ärende till gruppen: Budget (beredning)\nUnderlag kommer");

        assertThat(items.ofSubmitter("led")).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Budget");
            assertThat(item.description()).isEqualTo("Underlag kommer");
            assertThat(item.kind()).isEqualTo(ItemKind.PREPARATION);
        });
    }

    @Test
    void the_same_platform_request_twice_creates_one_item() {
        InboundMessage retried = new InboundMessage(
                Sender.web("led"),
                ConversationAddress.webChat("led"),
                "nytt ärende till gruppen: Budget",
                null,
                null,
                "Ev123-retry");

        bot.handle(retried);
        Reply again = bot.handle(retried);

        assertThat(again.text()).contains("(Det här var samma begäran igen; inget nytt ärende skapades.)");
        assertThat(items.ofSubmitter("led")).hasSize(1);
    }

    @Test
    void who_may_submit_and_who_may_review_is_checked_for_every_action() {
        assertThat(say("forra", "nytt ärende till gruppen: Något").text())
                .isEqualTo("Bara ledamöter i Gruppen kan lämna ärenden dit. "
                        + "Vänd dig till någon som sitter i forumet, eller till sekreteraren.");
        assertThat(say("okänd@example.se", "nytt ärende till gruppen: Något").text())
                .contains("Jag vet inte vem du är");
        say("led", "nytt ärende till gruppen: Att granska");
        String id = items.ofSubmitter("led").getFirst().id();

        assertThat(say("led", "godkänn " + id).text())
                .startsWith("Bara ordförande, sammankallande eller sekreterare i Gruppen");
        assertThat(say("forra", "avslå " + id + ": nej").text())
                .startsWith("Bara ordförande, sammankallande eller sekreterare i Gruppen");
        assertThat(say("ordf", "dra tillbaka " + id).text())
                .isEqualTo("Bara den som lämnade ärendet kan ändra eller dra tillbaka det.");
        assertThat(items.byId(id).orElseThrow().status()).isEqualTo(ItemStatus.SUBMITTED);
    }

    @Test
    void the_secretary_reviews_with_buttons_and_must_give_a_reason_to_reject() {
        say("led", "nytt ärende till gruppen: Ett");
        say("led", "nytt ärende till gruppen: Två");
        List<AgendaItem> submitted = items.ofSubmitter("led");

        Reply list = say("sekr", "ärenden att granska");
        assertThat(list.text())
                .contains("Att granska:", "\"Ett\" (Gruppen, inskickat)", "\"Två\" (Gruppen, inskickat)");
        assertThat(list.parts())
                .filteredOn(p -> p instanceof ReplyPart.Choices)
                .singleElement()
                .satisfies(p -> assertThat(((ReplyPart.Choices) p).choices())
                        .extracting(ReplyPart.Choice::value)
                        .contains(
                                "godkänn " + submitted.get(0).id(),
                                "flytta " + submitted.get(0).id()));

        assertThat(say("sekr", "godkänn " + submitted.get(1).id()).text()).contains("är godkänt för dagordningen");
        assertThat(say("sekr", "avslå " + submitted.get(0).id()).text())
                .startsWith("Skriv ett skäl när du avslår ett ärende");
        assertThat(say("sekr", "avslå " + submitted.get(0).id() + ": Tas upp lokalt")
                        .text())
                .contains("tas inte upp");
        assertThat(items.byId(submitted.get(0).id()).orElseThrow().reason()).isEqualTo("Tas upp lokalt");
    }

    @Test
    void the_secretary_publishes_the_notice_after_confirming_and_the_agenda_shows_it() {
        say("led", "nytt ärende till gruppen: Länsöverenskommelsen");
        String id = items.ofSubmitter("led").getFirst().id();
        say("sekr", "godkänn " + id);

        Reply proposal = say("sekr", "publicera kallelse för gruppen");
        assertThat(proposal.text())
                .startsWith(
                        "Ska jag skicka kallelsen till Gruppen (Testsamverkan), mötet torsdag 7 januari 2027 kl. 09.00, "
                                + "med 1 godkända ärenden till forumets kanal och ledamöter?");
        Reply sent = say("sekr", confirm(proposal));

        assertThat(sent.text()).contains("Kallelsen är skickad", "1. Länsöverenskommelsen (information)");
        assertThat(say("led", "Vad står på dagordningen för gruppen?").text()).contains("1. Länsöverenskommelsen");
    }

    @Test
    void members_see_and_change_their_own_items_until_the_cutoff() {
        say("led", "nytt ärende till gruppen: Utkast");
        String id = items.ofSubmitter("led").getFirst().id();

        assertThat(say("led", "mina ärenden").text())
                .contains(id + " \"Utkast\" – inskickat, torsdag 7 januari 2027 kl. 09.00");
        assertThat(say("led", "ändra " + id + ": Slutlig rubrik").text())
                .isEqualTo("Ärendet " + id + " heter nu \"Slutlig rubrik\".");
        assertThat(say("led", "dra tillbaka " + id).text())
                .contains("är tillbakadraget. Det finns kvar i registret med sin historik.");
        assertThat(items.byId(id).orElseThrow().status()).isEqualTo(ItemStatus.WITHDRAWN);
    }

    @Test
    void bad_input_gets_a_clear_message_and_nothing_is_saved() {
        assertThat(say("led", "nytt ärende till gruppen: " + "x".repeat(201)).text())
                .startsWith("Rubriken får vara högst 200 tecken (den har 201).");
        assertThat(say("led", "nytt ärende till grupen2: Något").text())
                .isEqualTo("Jag hittar inte forumet. Menade du Gruppen? "
                        + "Skriv till exempel: nytt ärende till länsledningen: Rubrik.");
        assertThat(say("led", "nytt ärende till gruppen").text()).startsWith("Skriv forumet och rubriken");
        assertThat(say("led", "nytt ärende till gruppen 1 mars 2027: Fel datum").text())
                .startsWith("Gruppen har inget möte 2027-03-01.");
        assertThat(items.ofSubmitter("led")).isEmpty();
    }

    @Test
    void in_english_too() {
        Reply receipt = say("led", "new item for gruppen: Budget 2027");

        assertThat(receipt.text())
                .startsWith("Thank you! Your item")
                .contains("is submitted to Gruppen (Testsamverkan), meeting on Thursday 7 January 2027 at 09:00");
    }

    private Reply say(String user, String text) {
        return bot.handle(InboundMessage.text(Sender.web(user), ConversationAddress.webChat(user), text, null));
    }

    private static String confirm(Reply reply) {
        return reply.parts().stream()
                .filter(p -> p instanceof ReplyPart.Choices)
                .flatMap(p -> ((ReplyPart.Choices) p).choices().stream())
                .findFirst()
                .orElseThrow()
                .value();
    }
}
