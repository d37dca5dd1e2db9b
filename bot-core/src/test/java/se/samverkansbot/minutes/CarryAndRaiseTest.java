package se.samverkansbot.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Form;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.reminder.SendDueReminders;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.RecordingMessenger;
import se.samverkansbot.testing.SmallForum;

/**
 * Items the minutes carry or raise, as dialogue across two forums: Sundsvall's local group carries one item to its
 * next meeting and raises another to the county group; the submitter and the local secretary hear where it went; the
 * county group takes it up and recommends; the local group's secretary and channel hear the outcome, and the original
 * item shows it. Publishing again (a retried request) moves, raises and tells nothing twice.
 */
class CarryAndRaiseTest {
    static final Register REGISTER = new Register(List.of(new StructureFileReader().read("lan.yaml", """
            structure: {id: lan, name: Länssam}
            parties:
              - {id: region, name: Region Länet, kind: region, principal: true}
              - {id: sundsvall, name: Sundsvall, kind: municipality, principal: true}
              - {id: kf, name: Kommunförbundet, kind: association-of-municipalities, principal: false}
            people:
              - {id: lok-ordf, name: Lars Lokal, party: sundsvall}
              - {id: lok-sekr, name: Lisa Lokalsekreterare, party: sundsvall}
              - {id: lok-led, name: Linnea Ledamot, party: region}
              - {id: ordf, name: Olle Ordförande, party: region}
              - {id: sekr, name: Sara Sekreterare, party: kf}
              - {id: rep-sundsvall, name: Sune Sundin, party: sundsvall}
            forums:
              - {id: lansgrupp, name: Länsgruppen, level: county-coordination, followUpReminderDays: [10, 20]}
              - {id: lokal, name: Lokala gruppen Sundsvall, aliases: [lokala gruppen], level: local, municipality: sundsvall, reportsTo: lansgrupp}
            seats:
              - {id: l-ordf, forum: lokal, role: chair, party: sundsvall, person: lok-ordf}
              - {id: l-sekr, forum: lokal, role: secretary, party: sundsvall, person: lok-sekr}
              - {id: l-led, forum: lokal, role: member, party: region, person: lok-led}
              - {id: s-ordf, forum: lansgrupp, role: chair, party: region, person: ordf}
              - {id: s-sekr, forum: lansgrupp, role: secretary, party: kf, person: sekr}
              - {id: s-sundsvall, forum: lansgrupp, role: member, party: sundsvall, person: rep-sundsvall}
            """)));

    final MutableClock clock = new MutableClock(Instant.parse("2027-01-11T08:00:00Z"));
    final ConversationHarness bot = new ConversationHarness(REGISTER, SmallForum.DIRECTORY, clock);
    final RecordingMessenger messenger = new RecordingMessenger();
    SendDueReminders sender;
    String localMeeting;
    String nextLocalMeeting;
    String countyMeeting;

    @BeforeEach
    void meetings_in_both_forums_and_two_accepted_local_items() {
        sender = bot.core().core().sendDueReminders(messenger, "test", Duration.ofMinutes(2), 5);
        localMeeting = meeting("lokal", "2027-02-02T12:00:00Z");
        nextLocalMeeting = meeting("lokal", "2027-03-02T12:00:00Z");
        meeting("lokal", "2027-04-06T11:00:00Z");
        countyMeeting = meeting("lansgrupp", "2027-02-24T12:00:00Z");
        meeting("lansgrupp", "2027-03-24T12:00:00Z");
        bot.hears("nytt ärende till lokala gruppen: Gemensam riktlinje för SIP (beredning)")
                .from("lok-led");
        bot.hears("nytt ärende till lokala gruppen: Lokal rutin för utskrivning (information)")
                .from("lok-led");
        for (AgendaItem item : bot.core().items().ofMeeting(localMeeting)) {
            bot.hears("godkänn " + item.id()).from("lok-ordf").replies("godkänt");
        }
        clock.set(Instant.parse("2027-02-03T09:00:00Z")); // the day after the local meeting
    }

    @Test
    void a_carried_item_goes_to_the_next_meeting_and_a_raised_one_comes_back_with_its_outcome() {
        String sip = itemId(localMeeting, "Gemensam riktlinje för SIP");
        String rutin = itemId(localMeeting, "Lokal rutin för utskrivning");
        bot.submits(
                        new Form.MinutesItem(
                                localMeeting, sip, "Behöver länsgemensam hantering.", "raised", null, "lansgrupp"),
                        "view:l1")
                .from("lok-sekr")
                .replies("Lyftes till Länsgruppen");
        bot.submits(new Form.MinutesItem(localMeeting, rutin, "Hanns inte.", "carried", null, null), "view:l2")
                .from("lok-sekr");
        publish(localMeeting, "lok-ordf", "lok-led", "lok-sekr", "pub-lokal")
                .replies(
                        rutin + " \"Lokal rutin för utskrivning\" är bordlagt till mötet tisdag 2 mars 2027",
                        sip + " \"Gemensam riktlinje för SIP\" är lyft till Länsgruppen som A-");

        // The carried item waits for review at the next local meeting, its history naming the minutes.
        AgendaItem carried = bot.core().items().byId(rutin).orElseThrow();
        assertThat(carried.meetingId()).isEqualTo(nextLocalMeeting);
        assertThat(carried.status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(carried.history()).anySatisfy(c -> {
            assertThat(c.what()).isEqualTo("carried");
            assertThat(c.detail()).contains(localMeeting + "#1");
        });

        // The raised item waits for the county group's review at its next meeting, linked to the original.
        AgendaItem raised = single(bot.core().items().ofMeeting(countyMeeting));
        assertThat(raised.status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(raised.forumId()).isEqualTo("lansgrupp");
        assertThat(raised.raisedFrom())
                .isEqualTo(new AgendaItem.Origin(sip, "lokal", localMeeting, localMeeting + "#1"));
        assertThat(bot.core().items().byId(sip).orElseThrow().history())
                .anySatisfy(c -> assertThat(c.what()).isEqualTo("raised"));

        // The submitter and the local secretary hear where it went; the county group's administrators of a new item.
        sender.runOnce(1000);
        assertThat(toldAbout("raised|" + sip)).containsExactlyInAnyOrder("lok-sekr", "lok-led");
        assertThat(text("raised|" + sip, "lok-led"))
                .contains("lyftes av Lokala gruppen Sundsvall (Lisa Lokalsekreterare) till Länsgruppen", raised.id());
        assertThat(toldAbout("item|" + raised.id() + "|new")).containsExactlyInAnyOrder("ordf", "sekr");

        // A retried publication moves, raises and tells nothing twice.
        int delivered = messenger.deliveries().size();
        publish(localMeeting, "pub-lokal");
        sender.runOnce(1000);
        assertThat(bot.core().items().byId(rutin).orElseThrow().meetingId()).isEqualTo(nextLocalMeeting);
        assertThat(bot.core().items().ofMeeting(countyMeeting)).hasSize(1);
        assertThat(messenger.deliveries()).hasSize(delivered);

        // The county group takes it up and recommends; the local group hears the outcome.
        bot.hears("godkänn " + raised.id()).from("sekr").replies("godkänt");
        clock.set(Instant.parse("2027-02-25T09:00:00Z"));
        bot.submits(
                        new Form.MinutesItem(
                                countyMeeting,
                                raised.id(),
                                "Lyft från Sundsvall.",
                                "recommendation",
                                "Länsgruppen rekommenderar huvudmännen att anta riktlinjen",
                                null),
                        "view:c1")
                .from("sekr");
        publish(countyMeeting, "ordf", "rep-sundsvall", "sekr", "pub-lan")
                .replies("Utfallet för " + sip
                        + " \"Gemensam riktlinje för SIP\" är återrapporterat till Lokala gruppen Sundsvall");
        // The county group's own reminder days (10 and 20) schedule the follow-up reminders: Sunday 7 March moves to
        // Monday the 8th, and 17 March, at nine.
        assertThat(bot.core().reminders().ofMeeting(countyMeeting))
                .filteredOn(r -> r.id().startsWith("MESSAGE|followup-reminder|"))
                .extracting(r -> r.sendAt())
                .containsOnly(Instant.parse("2027-03-08T08:00:00Z"), Instant.parse("2027-03-17T08:00:00Z"))
                .hasSize(4); // two principals with one representative each, two reminders each
        sender.runOnce(1000);
        assertThat(toldAbout("reported-back|" + sip)).containsExactlyInAnyOrder("lok-sekr", null); // and the channel
        assertThat(text("reported-back|" + sip, "lok-sekr"))
                .isEqualTo("Återrapport från Länsgruppen: ärendet " + sip
                        + " \"Gemensam riktlinje för SIP\", som Lokala gruppen Sundsvall lyfte dit, behandlades på mötet"
                        + " 24 februari 2027: rekommendation till huvudmännen: Länsgruppen rekommenderar huvudmännen att"
                        + " anta riktlinjen.");

        // The original item shows the outcome to its submitter.
        AgendaItem original = bot.core().items().byId(sip).orElseThrow();
        assertThat(original.reportedBack().outcome()).isEqualTo("recommendation");
        bot.hears("mina ärenden")
                .from("lok-led")
                .replies(
                        sip + " \"Gemensam riktlinje för SIP\"",
                        "återrapport från Länsgruppen 24 februari 2027: "
                                + "rekommendation till huvudmännen: Länsgruppen rekommenderar huvudmännen att anta riktlinjen");

        // Again: nothing reported twice.
        int before = messenger.deliveries().size();
        publish(countyMeeting, "pub-lan");
        sender.runOnce(1000);
        assertThat(messenger.deliveries()).hasSize(before);
        assertThat(bot.core().items().byId(sip).orElseThrow().history())
                .filteredOn(c -> c.what().equals("reported-back"))
                .hasSize(1);
    }

    @Test
    void an_item_is_not_raised_to_its_own_forum() {
        String sip = itemId(localMeeting, "Gemensam riktlinje för SIP");
        bot.submits(new Form.MinutesItem(localMeeting, sip, null, "raised", null, "lokal"), "view:self")
                .from("lok-sekr")
                .replies("Ärendet ligger redan i Lokala gruppen Sundsvall");
    }

    /** Names the adjuster, both sign off, and the secretary publishes with the request id. */
    private ConversationHarness.Said publish(
            String meetingId, String chair, String adjuster, String secretary, String requestId) {
        bot.submits(new Form.MinutesAttendance(meetingId, List.of(), adjuster), "adj:" + meetingId)
                .from(secretary);
        bot.presses(new Command.SignMinutes(meetingId)).by(chair).replies("Tack, du har justerat");
        bot.presses(new Command.SignMinutes(meetingId)).by(adjuster).replies("Tack, du har justerat");
        return bot.presses(new Command.PublishMinutes(meetingId))
                .withRequestId(requestId)
                .by(secretary)
                .replies("Minnesanteckningarna är publicerade");
    }

    private void publish(String meetingId, String requestId) {
        String secretary = meetingId.equals(localMeeting) ? "lok-sekr" : "sekr";
        bot.presses(new Command.PublishMinutes(meetingId))
                .withRequestId(requestId)
                .by(secretary)
                .replies("Minnesanteckningarna är publicerade");
    }

    private String meeting(String forum, String start) {
        return bot.core()
                .core()
                .scheduleMeetings()
                .create("lan", forum, Instant.parse(start), null, "Sundsvall", null, DeadlineTemplate.standard())
                .orElseThrow()
                .id();
    }

    private List<String> toldAbout(String aboutPrefix) {
        return messenger.deliveries().stream()
                .filter(d -> d.key().startsWith("MESSAGE|" + aboutPrefix))
                .map(d -> d.recipient().personId())
                .toList();
    }

    private String text(String aboutPrefix, String personId) {
        return messenger.deliveries().stream()
                .filter(d -> d.key().startsWith("MESSAGE|" + aboutPrefix)
                        && personId.equals(d.recipient().personId()))
                .findFirst()
                .orElseThrow()
                .text();
    }

    private String itemId(String meetingId, String title) {
        return bot.core().items().ofMeeting(meetingId).stream()
                .filter(i -> i.title().startsWith(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static AgendaItem single(List<AgendaItem> items) {
        assertThat(items).hasSize(1);
        return items.getFirst();
    }
}
