package se.samverkansbot.adapter.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.mongodb.client.MongoDatabase;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.samverkansbot.agenda.PublishNotice;
import se.samverkansbot.calendar.MeetingCalendars;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.email.EmailKind;
import se.samverkansbot.email.EmailPreferences;
import se.samverkansbot.email.EmailReach;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.ScheduleMeetings;
import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.reminder.InboxMessenger;
import se.samverkansbot.reminder.OutboundMessenger;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.RecipientDirectory;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.ReminderRelevance;
import se.samverkansbot.reminder.ReminderStatus;
import se.samverkansbot.reminder.ReminderTexts;
import se.samverkansbot.reminder.RoutingMessenger;
import se.samverkansbot.reminder.SendDueReminders;
import se.samverkansbot.reminder.TellPeople;
import se.samverkansbot.store.mongo.MongoEmailPreferences;
import se.samverkansbot.store.mongo.MongoInbox;
import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.store.mongo.MongoMutes;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.store.mongo.MongoSentEmails;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.TestCore;
import se.samverkansbot.time.SwedishTime;

/**
 * A member outside Slack and Teams, through the real delivery engine and a real SMTP conversation with a
 * local GreenMail server. Eva has only an email address; Erik reads English; Sam is on Slack and gets no
 * email; Sara is the secretary. It is Monday 1 March 2027; the meeting is Monday 29 March 09:00, after the
 * switch to summer time.
 */
class EmailDeliveryTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final String STRUCTURE = """
            structure: {id: test, name: Testsamverkan}
            parties:
              - {id: stad, name: Teststad, kind: municipality, principal: true}
            people:
              - {id: eva, name: Eva Utanför, email: Eva.Utanfor@teststad.example.se}
              - {id: erik, name: Erik English, email: erik@teststad.example.se, language: en}
              - {id: sam, name: Sam Slack, email: sam@teststad.example.se, slackUserId: U123SAM}
              - {id: sara, name: Sara Sekreterare}
            forums:
              - {id: grupp, name: Gruppen, level: county-coordination}
            seats:
              - {id: s1, forum: grupp, role: member, person: eva}
              - {id: s2, forum: grupp, role: member, person: erik}
              - {id: s3, forum: grupp, role: member, person: sam}
              - {id: s4, forum: grupp, role: secretary, person: sara}
            """;

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T08:00:00Z"));
    private final CurrentRegister register = new CurrentRegister();
    private final List<Reminder> reported = new ArrayList<>();
    private final AtomicReference<SmtpMessenger.Postman> postman = new AtomicReference<>(SmtpMessenger.smtp());
    private MongoReminders reminders;
    private MongoMeetings meetings;
    private EmailPreferences preferences;
    private MongoSentEmails journal;
    private ScheduleMeetings schedule;
    private TellPeople tell;
    private PublishNotice publish;
    private SmtpMessenger email;
    private OutboundMessenger messenger;
    private Meeting meeting;
    private final java.util.Set<String> read = new java.util.HashSet<>();

    @BeforeEach
    void wire() {
        register.accept(new Register(List.of(new StructureFileReader().read("test.yaml", STRUCTURE))));
        MongoDatabase database = mongo.freshDatabase();
        preferences = new MongoEmailPreferences(database, clock);
        journal = new MongoSentEmails(database);
        RecipientDirectory platforms = new RecipientDirectory() {
            @Override
            public List<Recipient> person(String structureId, String personId) {
                return personId.equals("sam")
                        ? List.of(new Recipient(Platform.SLACK, "U123SAM", personId))
                        : List.of(new Recipient(Platform.WEB, "web:" + personId, personId));
            }

            @Override
            public List<Recipient> channels(String structureId, String forumId) {
                return List.of();
            }
        };
        RecipientDirectory directory = new EmailReach(platforms, register, preferences);
        TestCore core = TestCore.on(database, register, directory, clock);
        reminders = core.reminders();
        meetings = core.meetings();
        schedule = core.core().scheduleMeetings();
        tell = core.core().tellPeople();
        publish = core.core().publishNotice();
        PublicLinks links = new PublicLinks("https://samverkan.example.se");
        EmailProperties properties = new EmailProperties(
                "127.0.0.1",
                smtp.getSmtp().getPort(),
                null,
                null,
                "none",
                "samverkansbot@region.example.se",
                "Samverkansbot",
                30,
                Duration.ZERO,
                Duration.ofSeconds(10));
        email = EmailConfiguration.messenger(
                properties,
                reminders,
                register,
                meetings,
                new MeetingCalendars(register, meetings, links, clock),
                links,
                preferences,
                journal,
                clock,
                message -> postman.get().post(message));
        messenger = new RoutingMessenger(Map.of(
                Platform.EMAIL, email,
                Platform.WEB, new InboxMessenger(new MongoInbox(database), clock),
                Platform.SLACK, new InboxMessenger(new MongoInbox(database), clock)));
        Instant start = ZonedDateTime.of(LocalDateTime.of(2027, 3, 29, 9, 0), SwedishTime.ZONE)
                .toInstant();
        meeting = schedule.create(
                        "test",
                        "grupp",
                        start,
                        start.plus(Duration.ofHours(2)),
                        "Härnösand, Regionens hus",
                        null,
                        DeadlineTemplate.standard())
                .orElseThrow();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void a_member_without_slack_or_teams_gets_the_agenda_cutoff_reminder_by_email_in_plain_text_and_html()
            throws Exception {
        clock.set(Instant.parse("2027-03-08T08:00:00Z")); // Monday 09:00, a week before the cut-off

        SendDueReminders.Outcome outcome = sender("a").runOnce(50);

        MimeMessage eva = single(to("eva.utanfor@teststad.example.se"));
        assertThat(eva.getSubject())
                .isEqualTo("Påminnelse: sista dag för ärenden till dagordningen – Gruppen (Testsamverkan)");
        assertThat(eva.getFrom()[0].toString()).contains("samverkansbot@region.example.se");
        assertThat(eva.getHeader("Content-Language")).containsExactly("sv");
        assertThat(eva.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(parts(eva)).containsKeys("text/plain", "text/html").doesNotContainKey("text/calendar");
        assertThat(parts(eva).get("text/plain"))
                .contains("Påminnelse för Gruppen (Testsamverkan): sista dag för ärenden till dagordningen")
                .contains(
                        "Sluta få påminnelser inför deadlines och möten via e-post: https://samverkan.example.se/epost/avsluta/");
        assertThat(parts(eva).get("text/html"))
                .contains("<html lang=\"sv\">", "<a href=\"https://samverkan.example.se/");
        assertThat(to("sam@teststad.example.se")).as("Sam is reached on Slack").isEmpty();
        assertThat(outcome.failed()).isZero();
        Reminder sent = reminders.ofMeeting(meeting.id()).stream()
                .filter(r -> r.recipient().platform() == Platform.EMAIL
                        && r.recipient().personId().equals("eva")
                        && r.deadline() == DeadlineKind.AGENDA_CUTOFF)
                .filter(r -> r.status() == ReminderStatus.SENT)
                .findFirst()
                .orElseThrow();
        assertThat(sent.platformMessageId()).isEqualTo(eva.getMessageID());
    }

    @Test
    void an_english_reader_gets_the_whole_letter_in_english() throws Exception {
        clock.set(Instant.parse("2027-03-08T08:00:00Z"));

        sender("a").runOnce(50);

        MimeMessage erik = single(to("erik@teststad.example.se"));
        assertThat(erik.getSubject()).isEqualTo("Reminder: agenda item cut-off – Gruppen (Testsamverkan)");
        assertThat(erik.getHeader("Content-Language")).containsExactly("en");
        assertThat(parts(erik).get("text/plain"))
                .startsWith("Reminder for Gruppen (Testsamverkan): agenda item cut-off Monday 15 March 2027 at 12:00.")
                .doesNotContain("Påminnelse", "sista dag")
                .contains("Stop getting reminders before deadlines and meetings by email:");
    }

    @Test
    void the_notice_carries_an_invitation_a_calendar_accepts_and_moving_and_cancelling_update_the_same_event()
            throws Exception {
        clock.set(Instant.parse("2027-03-19T08:00:00Z"));
        publish.publish(meeting.id(), "sara");
        sender("a").runOnce(50);

        MimeMessage notice = single(to("eva.utanfor@teststad.example.se"));
        assertThat(notice.getSubject()).isEqualTo("Kallelse: Gruppen (Testsamverkan), 29 mars 2027 kl. 09.00");
        assertThat(notice.getContentType()).startsWith("multipart/mixed");
        assertThat(contentTypes(notice))
                .anySatisfy(type -> assertThat(type).startsWith("text/calendar; method=REQUEST"));
        Calendar invitation = calendar(notice);
        assertThat(invitation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(invitation.validate().getEntries()).isEmpty();
        VEvent first = invitation.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(first.getProperty("UID").orElseThrow().getValue()).isEqualTo(MeetingCalendars.uid(meeting));
        assertThat(first.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
        assertThat(first.getProperty("DTSTART").orElseThrow().toString())
                .isEqualTo("DTSTART;TZID=Europe/Stockholm:20270329T090000\r\n");
        assertThat(first.getProperty("ATTENDEE").orElseThrow().getValue())
                .isEqualTo("mailto:eva.utanfor@teststad.example.se");

        markRead();
        schedule.move(
                meeting.id(),
                meeting.start().plus(Duration.ofDays(1)).plus(Duration.ofHours(1)),
                DeadlineTemplate.standard());
        sender("a").runOnce(50);
        MimeMessage moved = single(to("eva.utanfor@teststad.example.se"));
        VEvent update = calendar(moved).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(moved.getSubject()).startsWith("Flyttat möte: Gruppen (Testsamverkan), 30 mars 2027 kl. 10.00");
        assertThat(update.getProperty("UID").orElseThrow().getValue()).isEqualTo(MeetingCalendars.uid(meeting));
        assertThat(update.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(update.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270330T100000");

        markRead();
        schedule.cancel(meeting.id());
        sender("a").runOnce(50);
        MimeMessage cancelled = single(to("eva.utanfor@teststad.example.se"));
        Calendar cancel = calendar(cancelled);
        assertThat(cancelled.getSubject()).startsWith("Inställt möte: Gruppen (Testsamverkan)");
        assertThat(contentTypes(cancelled))
                .anySatisfy(type -> assertThat(type).startsWith("text/calendar; method=CANCEL"));
        assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(cancel.validate().getEntries()).isEmpty();
        VEvent withdrawn = cancel.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(withdrawn.getProperty("UID").orElseThrow().getValue()).isEqualTo(MeetingCalendars.uid(meeting));
        assertThat(withdrawn.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
    }

    @Test
    void published_minutes_go_by_email_through_the_same_engine_as_anything_else_told_to_people() throws Exception {
        clock.set(Instant.parse("2027-04-06T08:00:00Z"));
        // What the minutes feature will do once minutes exist: tell the members, keyed "minutes|<meeting>".
        tell.people(
                "test",
                "grupp",
                meeting.id(),
                List.of("eva", "erik", "sam"),
                "minutes|" + meeting.id(),
                language ->
                        "Minnesanteckningarna från mötet i Gruppen 29 mars är publicerade: https://samverkan.example.se/sv/test/grupp");

        sender("a").runOnce(50);

        MimeMessage eva = single(to("eva.utanfor@teststad.example.se"));
        assertThat(eva.getSubject()).isEqualTo("Minnesanteckningar: Gruppen (Testsamverkan), 29 mars 2027 kl. 09.00");
        assertThat(parts(eva).get("text/plain"))
                .contains("Minnesanteckningarna från mötet i Gruppen 29 mars är publicerade")
                .contains("Sluta få kallelser, mötesändringar och minnesanteckningar via e-post");
        assertThat(to("erik@teststad.example.se")).hasSize(1);
        assertThat(to("sam@teststad.example.se")).isEmpty();
    }

    @Test
    void a_sender_that_dies_after_the_server_accepted_the_message_does_not_send_it_again_after_restart()
            throws Exception {
        clock.set(Instant.parse("2027-03-08T08:00:00Z"));
        OutboundMessenger dying = new OutboundMessenger() {
            @Override
            public String send(Recipient recipient, se.samverkansbot.chat.Reply message, String key) {
                String id = messenger.send(recipient, message, key);
                if (recipient.address().startsWith("eva")) {
                    throw new Error("killed after the SMTP transaction, before the reminder was marked sent");
                }
                return id;
            }

            @Override
            public java.util.Optional<String> findDelivered(Recipient recipient, String key) {
                return messenger.findDelivered(recipient, key);
            }
        };
        try {
            sender("before-crash", dying).runOnce(50);
        } catch (Error killed) {
            // The process died with Eva's reminder accepted by the server and still claimed.
        }
        clock.advance(LEASE.plusSeconds(1));

        sender("after-restart").runOnce(50);

        List<MimeMessage> toEva = to("eva.utanfor@teststad.example.se");
        assertThat(toEva).hasSize(1);
        assertThat(to("erik@teststad.example.se")).hasSize(1);
        assertThat(reminders.ofMeeting(meeting.id()))
                .filteredOn(
                        r -> r.recipient().platform() == Platform.EMAIL && r.deadline() == DeadlineKind.AGENDA_CUTOFF)
                .filteredOn(r -> r.recipient().personId().equals("eva")
                        && r.sendAt().equals(Instant.parse("2027-03-08T08:00:00Z")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(ReminderStatus.SENT);
                    assertThat(r.attempts()).isEqualTo(2);
                    assertThat(r.platformMessageId()).isEqualTo(toEva.getFirst().getMessageID());
                });
    }

    @Test
    void a_sender_that_dies_inside_the_smtp_transaction_sends_again_under_the_same_message_id() throws Exception {
        clock.set(Instant.parse("2027-03-08T08:00:00Z"));
        postman.set(message -> {
            jakarta.mail.Transport.send(message);
            if (message.getAllRecipients()[0].toString().contains("eva")) {
                throw new Error("killed after DATA was accepted, before the journal heard");
            }
        });
        try {
            sender("before-crash").runOnce(50);
        } catch (Error killed) {
            // Nobody can know whether the server accepted it: the journal says SENDING.
        }
        postman.set(SmtpMessenger.smtp());
        clock.advance(LEASE.plusSeconds(1));

        sender("after-restart").runOnce(50);

        List<MimeMessage> toEva = to("eva.utanfor@teststad.example.se");
        assertThat(toEva).as("the known limit: sent twice").hasSize(2);
        assertThat(toEva.get(0).getMessageID())
                .as("recognisably the same message")
                .isEqualTo(toEva.get(1).getMessageID());
    }

    @Test
    void one_click_on_the_opt_out_link_stops_that_kind_of_email_and_only_that_kind() throws Exception {
        clock.set(Instant.parse("2027-03-08T08:00:00Z"));
        sender("a").runOnce(50);
        String link = single(to("eva.utanfor@teststad.example.se")).getHeader("List-Unsubscribe")[0];
        assertThat(single(to("eva.utanfor@teststad.example.se")).getHeader("List-Unsubscribe-Post"))
                .containsExactly("List-Unsubscribe=One-Click");
        String token = link.substring(link.lastIndexOf('/') + 1, link.length() - 1);
        assertThat(preferences.optOut(token))
                .contains(new EmailPreferences.OptOut("eva.utanfor@teststad.example.se", EmailKind.REMINDERS));
        markRead();

        clock.set(Instant.parse("2027-03-12T08:00:00Z")); // Friday: the day-before reminder of the cut-off
        SendDueReminders.Outcome reminded = sender("a").runOnce(50);
        assertThat(to("eva.utanfor@teststad.example.se")).isEmpty();
        assertThat(to("erik@teststad.example.se")).hasSize(1);
        assertThat(reminded.skipped()).isPositive();
        assertThat(reminders.ofMeeting(meeting.id()))
                .filteredOn(r -> r.recipient().platform() == Platform.EMAIL
                        && r.recipient().personId().equals("eva"))
                .filteredOn(r -> r.status() == ReminderStatus.SKIPPED)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.note()).contains("stopped reminders"));
        assertThat(reported).isEmpty();

        publish.publish(meeting.id(), "sara");
        sender("a").runOnce(50);
        assertThat(to("eva.utanfor@teststad.example.se"))
                .as("the notice is another kind")
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Kallelse"));
    }

    @Test
    void the_servers_limit_is_kept_and_what_does_not_fit_waits_for_a_later_tick() throws Exception {
        clock.set(Instant.parse("2027-03-08T08:00:00Z"));
        EmailProperties tight = new EmailProperties(
                "127.0.0.1",
                smtp.getSmtp().getPort(),
                null,
                null,
                "none",
                "samverkansbot@region.example.se",
                "Samverkansbot",
                1,
                Duration.ZERO,
                Duration.ofSeconds(10));
        PublicLinks links = new PublicLinks("https://samverkan.example.se");
        SmtpMessenger oneAMinute = EmailConfiguration.messenger(
                tight,
                reminders,
                register,
                meetings,
                new MeetingCalendars(register, meetings, links, clock),
                links,
                preferences,
                journal,
                clock,
                SmtpMessenger.smtp());
        OutboundMessenger routing = new RoutingMessenger(Map.of(
                Platform.EMAIL, oneAMinute,
                Platform.WEB, new InboxMessenger(new MongoInbox(mongo.freshDatabase()), clock),
                Platform.SLACK, new InboxMessenger(new MongoInbox(mongo.freshDatabase()), clock)));

        SendDueReminders.Outcome first = sender("a", routing).runOnce(50);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(first.retried()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        sender("a", routing).runOnce(50);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    private SendDueReminders sender(String worker) {
        return sender(worker, messenger);
    }

    private SendDueReminders sender(String worker, OutboundMessenger through) {
        return new SendDueReminders(
                reminders,
                through,
                new ReminderRelevance(meetings, new MongoMutes(mongo.freshDatabase())),
                new ReminderTexts(register),
                clock,
                worker,
                LEASE,
                5,
                reported::add);
    }

    /** Messages to this address that arrived since the test last marked what it has read. */
    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (!read.contains(message.getMessageID())
                    && message.getAllRecipients()[0].toString().toLowerCase().contains(address)) {
                found.add(message);
            }
        }
        return found;
    }

    /** What has arrived so far counts as read (GreenMail lists messages by mailbox, not by arrival). */
    private void markRead() throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            read.add(message.getMessageID());
        }
    }

    private static MimeMessage single(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }

    /** Each text part by its MIME type, wherever it sits in the tree. */
    private static Map<String, String> parts(MimeMessage message) throws Exception {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        collect(message.getContent(), message.getContentType(), found);
        return found;
    }

    private static List<String> contentTypes(MimeMessage message) throws Exception {
        List<String> types = new ArrayList<>();
        walk(message.getContent(), types);
        return types;
    }

    private static void walk(Object content, List<String> types) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                types.add(part.getContentType().replaceAll("\\s+", " "));
                walk(part.getContent(), types);
            }
        }
    }

    private static void collect(Object content, String type, Map<String, String> found) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), found);
            }
        } else if (content instanceof String text) {
            found.putIfAbsent(type.split(";")[0].trim().toLowerCase(), text);
        } else if (content instanceof java.io.InputStream in) {
            found.putIfAbsent(type.split(";")[0].trim().toLowerCase(), new String(in.readAllBytes(), "UTF-8"));
        }
    }

    private static Calendar calendar(MimeMessage message) throws Exception {
        String ics = parts(message).get("text/calendar");
        assertThat(ics).as("a text/calendar part").isNotNull();
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
