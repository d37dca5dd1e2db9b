package se.samverkansbot.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Form;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.reminder.SendDueReminders;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.RecordingMessenger;
import se.samverkansbot.testing.SmallForum;

/**
 * A whole cycle after the meeting, as dialogue: items submitted and accepted, the notice, the meeting held, minutes
 * with attendance and one recommendation, signed off, published, eight follow-ups, three answered over time, reminders
 * to the five that did not answer and not to those who answered later, and the question which principals have not
 * decided. Then who may do what, as a matrix.
 */
class MinutesCycleTest {
    static final Register REGISTER = new Register(List.of(new StructureFileReader().read("lan.yaml", """
            structure: {id: lan, name: Länssam}
            parties:
              - {id: region, name: Region Länet, kind: region, principal: true}
              - {id: sundsvall, name: Sundsvall, kind: municipality, principal: true}
              - {id: ange, name: Ånge, kind: municipality, principal: true}
              - {id: timra, name: Timrå, kind: municipality, principal: true}
              - {id: harnosand, name: Härnösand, kind: municipality, principal: true}
              - {id: kramfors, name: Kramfors, kind: municipality, principal: true}
              - {id: solleftea, name: Sollefteå, kind: municipality, principal: true}
              - {id: ovik, name: Örnsköldsvik, kind: municipality, principal: true}
              - {id: kf, name: Kommunförbundet, kind: association-of-municipalities, principal: false}
            people:
              - {id: ordf, name: Olle Ordförande, party: region}
              - {id: sekr, name: Sara Sekreterare, party: kf}
              - {id: rep-sundsvall, name: Sune Sundin, party: sundsvall}
              - {id: rep-ange, name: Anna Ångström, party: ange}
              - {id: rep-timra, name: Tim Rask, party: timra}
              - {id: rep-harnosand, name: Hanna Hägg, party: harnosand}
              - {id: rep-kramfors, name: Kristina Kram, party: kramfors}
              - {id: rep-solleftea, name: Sölve Lund, party: solleftea}
              - {id: rep-ovik, name: Örjan Vik, party: ovik}
              - {id: forra, name: Frida Förra, party: sundsvall}
            forums:
              - {id: lansgrupp, name: Länsgruppen, level: county-coordination}
            seats:
              - {id: s-ordf, forum: lansgrupp, role: chair, party: region, person: ordf}
              - {id: s-sekr, forum: lansgrupp, role: secretary, party: kf, person: sekr}
              - {id: s-sundsvall, forum: lansgrupp, role: member, party: sundsvall, person: rep-sundsvall, from: 2027-01-01}
              - {id: s-sundsvall-forra, forum: lansgrupp, role: member, party: sundsvall, person: forra, to: 2026-12-31}
              - {id: s-ange, forum: lansgrupp, role: member, party: ange, person: rep-ange}
              - {id: s-timra, forum: lansgrupp, role: member, party: timra, person: rep-timra}
              - {id: s-harnosand, forum: lansgrupp, role: member, party: harnosand, person: rep-harnosand}
              - {id: s-kramfors, forum: lansgrupp, role: member, party: kramfors, person: rep-kramfors}
              - {id: s-solleftea, forum: lansgrupp, role: member, party: solleftea, person: rep-solleftea}
              - {id: s-ovik, forum: lansgrupp, role: member, party: ovik, person: rep-ovik}
            """)));

    final MutableClock clock = new MutableClock(Instant.parse("2027-01-11T08:00:00Z"));
    final ConversationHarness bot = new ConversationHarness(REGISTER, SmallForum.DIRECTORY, clock);
    final RecordingMessenger messenger = new RecordingMessenger();
    SendDueReminders sender;
    String meetingId;

    @BeforeEach
    void a_meeting_with_two_accepted_items_and_its_notice() {
        sender = bot.core().core().sendDueReminders(messenger, "test", Duration.ofMinutes(2), 5);
        meetingId = bot.core()
                .core()
                .scheduleMeetings()
                .create(
                        "lan",
                        "lansgrupp",
                        Instant.parse("2027-02-09T12:00:00Z"),
                        null,
                        "Härnösand",
                        null,
                        DeadlineTemplate.standard())
                .orElseThrow()
                .id();
        say("rep-sundsvall", "nytt ärende till länsgruppen: Gemensam riktlinje för SIP (beredning)");
        say("rep-ange", "nytt ärende till länsgruppen: Lägesbild hemsjukvård (information)");
        for (var item : bot.core().items().ofMeeting(meetingId)) {
            assertThat(say("ordf", "godkänn " + item.id()).text()).contains("godkänt");
        }
        Reply proposal = say("sekr", "publicera kallelse för länsgruppen");
        assertThat(bot.presses(firstChoice(proposal)).by("sekr").text()).contains("Kallelsen är skickad");
        clock.set(Instant.parse("2027-02-10T09:00:00Z")); // the day after the meeting
    }

    @Test
    void a_whole_cycle_from_minutes_to_follow_ups() {
        ConversationHarness.Said draft =
                bot.hears("minnesanteckningar för länsgruppen").from("sekr");
        draft.replies("Minnesanteckningar – Länsgruppen (Länssam)", "UTKAST", "1. Gemensam riktlinje för SIP");
        String sip = itemId("Gemensam riktlinje för SIP");
        String lage = itemId("Lägesbild hemsjukvård");

        bot.submits(
                        new Form.MinutesItem(
                                meetingId,
                                sip,
                                "Arbetsgruppen presenterade förslaget; synpunkter från Timrå och Ånge är inarbetade.",
                                "recommendation",
                                "Länsgruppen rekommenderar huvudmännen att anta den gemensamma riktlinjen för SIP från 1 maj 2027",
                                null),
                        "view:item-1")
                .from("sekr")
                .replies("Rekommendation till huvudmännen: Länsgruppen rekommenderar");
        bot.submits(
                        new Form.MinutesItem(meetingId, lage, "Regionen redovisade lägesbilden.", "noted", null, null),
                        "view:item-2")
                .from("sekr");
        Form.MinutesAttendance attendance = new Form.MinutesAttendance(
                meetingId,
                List.of(
                        new Form.SeatAttendance("ordf", "present", null),
                        new Form.SeatAttendance("sekr", "present", null),
                        new Form.SeatAttendance("rep-sundsvall", "present", null),
                        new Form.SeatAttendance("rep-ange", "present", null),
                        new Form.SeatAttendance("rep-timra", "deputy", "Tova Tallén"),
                        new Form.SeatAttendance("rep-harnosand", "present", null),
                        new Form.SeatAttendance("rep-kramfors", "absent", null),
                        new Form.SeatAttendance("rep-solleftea", "present", null),
                        new Form.SeatAttendance("rep-ovik", "present", null)),
                "rep-ange");
        bot.submits(attendance, "view:attendance").from("sekr").replies("Frånvarande: Kristina Kram (Kramfors)");
        // A retried form records nothing twice.
        int version = bot.core().minutes().ofMeeting(meetingId).getFirst().version();
        bot.submits(attendance, "view:attendance").from("sekr");
        assertThat(bot.core().minutes().ofMeeting(meetingId).getFirst().version())
                .isEqualTo(version);

        // The forum reads the draft; publishing waits for both sign-offs.
        bot.hears("minnesanteckningar för länsgruppen").from("rep-kramfors").replies("UTKAST");
        bot.presses(new Command.PublishMinutes(meetingId)).by("sekr").replies("justeras av både ordföranden");
        bot.presses(new Command.SignMinutes(meetingId)).by("ordf").replies("En justering återstår");
        bot.hears("justera minnesanteckningarna för länsgruppen")
                .from("rep-ange")
                .replies("Båda har justerat");

        String published = bot.presses(new Command.PublishMinutes(meetingId))
                .withRequestId("pub-1")
                .by("sekr")
                .text();
        assertThat(published).contains("8 uppföljningar är öppnade");
        assertThat(bot.core().meetings().byId(meetingId).orElseThrow().status())
                .isEqualTo(MeetingStatus.MINUTES_PUBLISHED);
        assertThat(bot.core().followUps().ofMeeting(meetingId)).hasSize(8);
        assertThat(bot.core()
                        .core()
                        .publishedMinutes(new se.samverkansbot.publication.PublicLinks("https://x.se"))
                        .of("lan", "lansgrupp"))
                .singleElement()
                .satisfies(m -> assertThat(m.url()).startsWith("https://x.se/minnesanteckningar/lan/lansgrupp/"));
        // Published minutes cannot be changed.
        bot.submits(new Form.MinutesItem(meetingId, lage, "ändrat", "noted", null, null), "view:late")
                .from("sekr")
                .replies("publicerade och kan inte ändras");

        sender.runOnce(1000);
        String asAMemberSees = messenger.deliveries().stream()
                .filter(d -> d.key().startsWith("MESSAGE|minutes|")
                        && d.recipient().personId() != null
                        && d.recipient().personId().equals("rep-kramfors"))
                .findFirst()
                .orElseThrow()
                .text();
        System.out.println("--- published minutes as rep-kramfors sees them ---\n" + asAMemberSees + "\n---");
        assertThat(asAMemberSees)
                .contains(
                        "Närvarande: Olle Ordförande (ordförande, Region Länet)",
                        "Ersättare närvarande: Tim Rask (Timrå), ersättare: Tova Tallén",
                        "Justerat av Anna Ångström (justerare)");

        // The minutes deadline's reminders no longer go out.
        clock.set(Instant.parse("2027-02-22T08:30:00Z"));
        sender.runOnce(1000);
        assertThat(messenger.deliveries()).noneMatch(d -> d.key().contains("|MINUTES|"));
        assertThat(bot.core().reminders().ofMeeting(meetingId))
                .filteredOn(r -> r.deadline() == se.samverkansbot.meeting.DeadlineKind.MINUTES)
                .isNotEmpty()
                .allMatch(r -> r.status() == se.samverkansbot.reminder.ReminderStatus.SKIPPED);

        // Three principals answer over time.
        clock.set(Instant.parse("2027-02-15T10:00:00Z"));
        String ange = FollowUpId("ange");
        bot.hears("mina uppföljningar").from("rep-ange").replies("Ånge – Gemensam riktlinje för SIP", ange);
        answer(ange, "decided", LocalDate.of(2027, 2, 14), "Socialnämnden", "adopted", "rep-ange")
                .replies("Tack, antecknat för Ånge: beslutat 14 februari 2027 i Socialnämnden: antogs");
        clock.set(Instant.parse("2027-02-25T10:00:00Z"));
        answer(
                FollowUpId("timra"),
                "decided",
                LocalDate.of(2027, 2, 24),
                "Socialnämnden",
                "adopted-with-changes",
                "rep-timra");
        clock.set(Instant.parse("2027-03-05T10:00:00Z"));
        answer(
                        FollowUpId("region"),
                        "on-agenda",
                        LocalDate.of(2027, 4, 20),
                        "Hälso- och sjukvårdsnämnden",
                        null,
                        "sekr")
                .replies(
                        "Tack, antecknat för Region Länet: på dagordningen för Hälso- och sjukvårdsnämnden 20 april 2027");

        bot.hears("har Ånge beslutat om riktlinjen för SIP?")
                .from("rep-ovik")
                .replies("Ånge – Gemensam riktlinje för SIP: beslutat");

        // 30 days after publication the five that did not answer are reminded.
        clock.set(Instant.parse("2027-03-12T08:05:00Z"));
        sender.runOnce(1000);
        assertThat(reminded(0))
                .containsExactlyInAnyOrder(
                        "rep-sundsvall", "rep-harnosand", "rep-kramfors", "rep-solleftea", "rep-ovik");

        // Two more answer; at 60 days only the three still silent hear again.
        clock.set(Instant.parse("2027-03-20T10:00:00Z"));
        answer(
                FollowUpId("sundsvall"),
                "decided",
                LocalDate.of(2027, 3, 18),
                "Socialnämnden",
                "adopted",
                "rep-sundsvall");
        answer(FollowUpId("harnosand"), "not-to-be-decided", null, null, null, "rep-harnosand");
        int before = messenger.deliveries().size();
        clock.set(Instant.parse("2027-04-12T07:05:00Z"));
        sender.runOnce(1000);
        assertThat(reminded(before)).containsExactlyInAnyOrder("rep-kramfors", "rep-solleftea", "rep-ovik");

        bot.hears("vilka huvudmän har inte beslutat om riktlinjen för SIP?")
                .from("ordf")
                .replies(
                        "inte beslutat hos 5 av 8 huvudmän",
                        "Kramfors (inte besvarad)",
                        "Region Länet (på dagordningen)")
                .doesNotSay("Ånge (", "Sundsvall (");
        bot.hears("vad rekommenderade länsgruppen 2027?")
                .from("rep-ovik")
                .replies(
                        "Länsgruppen rekommenderade 2027 (1):",
                        "9 februari 2027, Länsgruppen: Gemensam riktlinje för SIP – Länsgruppen rekommenderar huvudmännen"
                                + " att anta den gemensamma riktlinjen för SIP från 1 maj 2027 (beslutat hos 3 av 8 huvudmän)");
        bot.hears("What did Länssam recommend in 2027?")
                .from("rep-ovik")
                .inEnglish()
                .replies("Länssam recommended in 2027 (1):", "(decided by 3 of 8 principals)");
        bot.hears("vad rekommenderade länsgruppen 2026?")
                .from("rep-ovik")
                .replies("Jag hittar inga publicerade rekommendationer från Länsgruppen 2026.");
        // In April 2027 "i vintras" is the winter just past, and "förra året" is 2026.
        bot.hears("vad rekommenderade länsgruppen i vintras?")
                .from("rep-ovik")
                .replies("Länsgruppen rekommenderade 2027 (1):");
        bot.hears("vad rekommenderade länsgruppen förra året?")
                .from("rep-ovik")
                .replies("Jag hittar inga publicerade rekommendationer från Länsgruppen 2026.");
        bot.hears("uppföljningsmatris för Länssam")
                .from("ordf")
                .replies("Gemensam riktlinje för SIP | på dagordning 2027-04-20 | antogs 2027-03-18");
    }

    @Test
    void who_may_do_what() {
        String sip = itemId("Gemensam riktlinje för SIP");
        Form.MinutesItem note = new Form.MinutesItem(meetingId, sip, "x", "noted", null, null);
        // Recording: the forum's administrators only.
        assertThat(bot.submits(note, "m1").from("rep-sundsvall").text()).startsWith("Bara forumets sekreterare");
        assertThat(bot.submits(note, "m2").from("forra").text()).startsWith("Bara forumets sekreterare");
        assertThat(bot.submits(note, "m3").fromGuest().text()).contains("Jag vet inte vem du är");
        assertThat(bot.submits(note, "m4").from("ordf").text()).contains("Noterades.");
        assertThat(bot.submits(note, "m5").from("sekr").text()).contains("Noterades.");
        bot.submits(new Form.MinutesAttendance(meetingId, List.of(), "rep-ange"), "m6")
                .from("sekr");
        assertThat(bot.submits(note, "m7").from("rep-ange").text()).startsWith("Bara forumets sekreterare");
        // Naming a former seat holder as adjuster is refused.
        assertThat(bot.submits(new Form.MinutesAttendance(meetingId, List.of(), "forra"), "m8")
                        .from("sekr")
                        .text())
                .contains("Justeraren måste vara ledamot");

        // Reading the draft: the forum's members.
        bot.presses(new Command.ShowMinutes(meetingId)).by("rep-ovik").replies("UTKAST");
        bot.presses(new Command.ShowMinutes(meetingId)).by("forra").replies("kan bara forumets ledamöter läsa");

        // Signing off: the chair and the named adjuster.
        for (String refused : List.of("sekr", "rep-sundsvall", "forra")) {
            bot.presses(new Command.SignMinutes(meetingId))
                    .by(refused)
                    .replies("Bara ordföranden och den utsedda justeraren");
        }
        bot.presses(new Command.SignMinutes(meetingId)).by("ordf").replies("Tack, du har justerat");
        bot.presses(new Command.SignMinutes(meetingId)).by("ordf").replies("redan justerat");
        bot.presses(new Command.SignMinutes(meetingId)).by("rep-ange").replies("Tack, du har justerat");
        bot.presses(new Command.PublishMinutes(meetingId)).by("rep-ange").replies("Bara forumets sekreterare");
        bot.presses(new Command.PublishMinutes(meetingId)).by("ordf").replies("är publicerade");
        bot.presses(new Command.ShowMinutes(meetingId)).by("forra").replies("Minnesanteckningar – Länsgruppen");

        // Answering Sundsvall's follow-up: its representative or the secretary.
        bot.submits(new Form.MinutesItem(meetingId, sip, "x", "noted", null, null), "m9")
                .from("sekr")
                .replies("kan inte ändras");
        Reply corrected =
                bot.hears("minnesanteckningar för länsgruppen").from("sekr").reply();
        assertThat(corrected.text()).doesNotContain("UTKAST");
        RecordMinutes record = bot.core().core().recordMinutes();
        Minutes second = record.correct(meetingId, "Fel justerare i version 1", "sekr", "c1");
        assertThat(record.correct(meetingId, "Fel justerare i version 1", "sekr", "c1")
                        .id())
                .isEqualTo(second.id());
        assertThat(second.edition()).isEqualTo(2);
        assertThat(second.corrects()).isEqualTo(meetingId + "#1");
        bot.submits(
                        new Form.MinutesItem(
                                meetingId, sip, "Rättad anteckning", "recommendation", "Anta riktlinjen", null),
                        "m10")
                .from("sekr")
                .replies("Version 2, rättar version 1: Fel justerare i version 1");
        assertThat(bot.core().minutes().byId(meetingId + "#1").orElseThrow().isPublished())
                .isTrue();
    }

    @Test
    void only_the_principals_representatives_and_the_secretary_answer_its_follow_up() {
        RecordMinutes record = bot.core().core().recordMinutes();
        String sip = itemId("Gemensam riktlinje för SIP");
        record.recordItem(meetingId, sip, null, "recommendation", "Anta riktlinjen", null, "sekr", "r1");
        record.nameAdjuster(meetingId, "rep-ange", "sekr", "r2");
        record.signOff(meetingId, "ordf", "r3");
        record.signOff(meetingId, "rep-ange", "r4");
        assertThat(record.publish(meetingId, "sekr", "r5").followUps()).hasSize(8);
        assertThat(record.publish(meetingId, "sekr", "r5").followUps()).isEmpty(); // the retry opens nothing

        String sundsvall = FollowUpId("sundsvall");
        for (String refused : List.of("rep-ange", "ordf", "forra")) {
            answer(sundsvall, "not-to-be-decided", null, null, null, refused).replies("Bara Sundsvalls representanter");
        }
        answer(sundsvall, "decided", null, "Socialnämnden", "adopted", "rep-sundsvall")
                .replies("behöver datum");
        answer(sundsvall, "on-agenda", LocalDate.of(2027, 3, 1), "Socialnämnden", null, "sekr")
                .replies("Tack");
        answer(sundsvall, "decided", LocalDate.of(2027, 3, 1), "Socialnämnden", "adopted", "rep-sundsvall")
                .replies("Tack");
        assertThat(bot.core().followUps().byId(sundsvall).orElseThrow().history())
                .hasSize(3);
    }

    private ConversationHarness.Said answer(
            String id, String status, LocalDate date, String body, String outcome, String who) {
        return bot.submits(
                        new Form.FollowUpAnswer(id, status, date, body, outcome, null, null),
                        "answer:" + id + ":" + who + ":" + status + ":" + clock.instant())
                .from(who);
    }

    private String FollowUpId(String party) {
        return se.samverkansbot.followup.FollowUp.idOf(meetingId, itemId("Gemensam riktlinje för SIP"), party);
    }

    private List<String> reminded(int from) {
        List<RecordingMessenger.Delivery> all = messenger.deliveries();
        return all.subList(from, all.size()).stream()
                .filter(d -> d.key().contains("followup-reminder|"))
                .map(d -> d.recipient().personId())
                .toList();
    }

    private String itemId(String title) {
        return bot.core().items().ofMeeting(meetingId).stream()
                .filter(i -> i.title().startsWith(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private Reply say(String user, String text) {
        return bot.hears(text).from(user).reply();
    }

    private static Command firstChoice(Reply reply) {
        return reply.parts().stream()
                .filter(p -> p instanceof ReplyPart.Choices)
                .flatMap(p -> ((ReplyPart.Choices) p).choices().stream())
                .findFirst()
                .orElseThrow()
                .command();
    }
}
