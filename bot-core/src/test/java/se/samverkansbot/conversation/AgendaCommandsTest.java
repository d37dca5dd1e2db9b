package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.ItemKind;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Form;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.ScheduleMeetings;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.store.mongo.MongoAgendaItems;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;

/** Agenda items through chat in Gruppen (Olle chair, Sara secretary, Lena member, Frida's seat ended). */
class AgendaCommandsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final ConversationHarness bot = new ConversationHarness(SmallForum.REGISTER, SmallForum.DIRECTORY, clock);
    private final MongoReminders reminders = bot.core().reminders();
    private final MongoAgendaItems items = bot.core().items();
    private final ScheduleMeetings schedule = bot.core().core().scheduleMeetings();

    @BeforeEach
    void meetingsOnSeventhOfJanuaryAndNinthOfFebruary() {
        schedule.create(
                "test",
                "grupp",
                Instant.parse("2027-01-07T08:00:00Z"),
                null,
                "Sundsvall",
                null,
                DeadlineTemplate.standard());
        schedule.create(
                "test", "grupp", Instant.parse("2027-02-09T08:00:00Z"), null, null, null, DeadlineTemplate.standard());
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
    void an_item_whose_title_asks_a_question_about_the_bot_is_submitted_not_answered_as_a_how_to() {
        say("led", "nytt ärende till gruppen: Vem granskar ärendena om skolfrånvaro?");
        say("led", "nytt ärende till gruppen: kan jag få kallelsen på mejl?");

        assertThat(items.ofSubmitter("led"))
                .extracting(AgendaItem::title)
                .containsExactlyInAnyOrder("Vem granskar ärendena om skolfrånvaro?", "kan jag få kallelsen på mejl?");
    }

    @Test
    void the_same_platform_request_twice_creates_one_item() {
        bot.hears("nytt ärende till gruppen: Budget")
                .withRequestId("Ev123-retry")
                .from("led");
        Reply again = bot.hears("nytt ärende till gruppen: Budget")
                .withRequestId("Ev123-retry")
                .from("led")
                .reply();

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
                        .extracting(ReplyPart.Choice::command)
                        .contains(
                                new Command.AcceptItem(submitted.get(0).id()),
                                new Command.MoveItem(submitted.get(0).id())));

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
        Reply sent = bot.presses(confirm(proposal)).by("sekr").reply();

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
        assertThat(say("led", "nytt ärende till gruppen").text())
                .as("without a colon the bot cannot tell forum from title, so it says how")
                .contains("\"nytt ärende till Gruppen: Rubrik (samråd) – kort beskrivning https://länk\"");
        assertThat(say("led", "nytt ärende till gruppen 1 mars 2027: Fel datum").text())
                .startsWith("Gruppen har inget möte 2027-03-01.");
        assertThat(items.ofSubmitter("led")).isEmpty();
    }

    @Test
    void a_form_goes_to_the_use_case_with_its_typed_fields_and_a_retried_submission_makes_one_item() {
        // 2 500 characters: within the form's 3 000, beyond a chat message's 2 000 (this once lost the item).
        String description = "Bakgrund – med tankstreck, kolon: och radbrytningar.\n" + "x".repeat(2450);
        Form draft = new Form.AgendaItemDraft(
                "test", "grupp", null, "Samråd om SIP – del 2", "samrad", description, "https://example.se/sip");

        Reply receipt = bot.submits(draft, "view:V123").from("led").reply();
        Reply again = bot.submits(draft, "view:V123").from("led").reply();

        assertThat(receipt.text()).startsWith("Tack! Ditt ärende").contains("\"Samråd om SIP – del 2\"");
        assertThat(again.text()).contains("inget nytt ärende skapades");
        assertThat(items.ofSubmitter("led")).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Samråd om SIP – del 2");
            assertThat(item.description()).isEqualTo(description);
            assertThat(item.kind()).isEqualTo(ItemKind.CONSULTATION);
            assertThat(item.link()).isEqualTo("https://example.se/sip");
        });
    }

    @Test
    void a_form_is_checked_as_a_chat_command_is() {
        Form notAMember = new Form.AgendaItemDraft("test", "grupp", null, "Något", null, null, null);
        Form badLink = new Form.AgendaItemDraft("test", "grupp", null, "Något", null, null, "javascript:alert(1)");
        Form unknownForum = new Form.AgendaItemDraft("test", "finns-inte", null, "Något", null, null, null);
        Form unknownKind = new Form.AgendaItemDraft("test", "grupp", null, "Något", "samråd", null, null);

        assertThat(bot.submits(notAMember, "v1").from("forra").text()).startsWith("Bara ledamöter i Gruppen");
        assertThat(bot.submits(badLink, "v2").from("led").text()).startsWith("Länken ska vara en webbadress");
        assertThat(bot.submits(unknownForum, "v3").from("led").text()).startsWith("Jag hittar inte forumet");
        assertThat(bot.submits(notAMember, "v4").fromGuest().text()).contains("Jag vet inte vem du är");
        assertThat(bot.submits(unknownKind, "v5").from("led").text()).startsWith("Jag känner inte igen ärendetypen");
        assertThat(items.ofSubmitter("led")).isEmpty();
    }

    @Test
    void the_chair_accepts_with_the_button_and_the_submitter_hears_it_in_her_own_language() {
        say("led", "nytt ärende till gruppen: Ett");
        String id = items.ofSubmitter("led").getFirst().id();

        ConversationHarness.Said list = bot.hears("ärenden att granska").from("ordf");
        assertThat(bot.presses(list.choice("Godkänn " + id)).by("ordf").text()).contains("är godkänt för dagordningen");

        assertThat(items.byId(id).orElseThrow().status()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(reminders.ofMeeting(items.byId(id).orElseThrow().meetingId()))
                .filteredOn(r -> r.purpose() == Reminder.Purpose.MESSAGE
                        && "led".equals(r.recipient().personId()))
                .extracting(Reminder::message)
                .contains("Ditt ärende " + id + " \"Ett\" är godkänt för dagordningen.");
    }

    @Test
    void in_english_too() {
        Reply receipt = say("led", "new item for gruppen: Budget 2027");

        assertThat(receipt.text())
                .startsWith("Thank you! Your item")
                .contains("is submitted to Gruppen (Testsamverkan), meeting on Thursday 7 January 2027 at 09:00");
    }

    private Reply say(String user, String text) {
        return bot.hears(text).from(user).reply();
    }

    private static Command confirm(Reply reply) {
        return reply.parts().stream()
                .filter(p -> p instanceof ReplyPart.Choices)
                .flatMap(p -> ((ReplyPart.Choices) p).choices().stream())
                .findFirst()
                .orElseThrow()
                .command();
    }
}
