package se.samverkansbot.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.ItemKind;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.chat.UnknownOutcome;
import se.samverkansbot.core.Core;
import se.samverkansbot.followup.FollowUp;
import se.samverkansbot.followup.FollowUpRecommendations;
import se.samverkansbot.followup.FollowUpStatus;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.reminder.ReminderStatus;
import se.samverkansbot.store.mongo.MongoPendingConfirmations;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/**
 * Use cases after the meeting that write more than once, while the database misbehaves after their first write:
 * the minutes are stored as published (or the answer to a follow-up is), then the messages and reminders cannot be
 * stored because that database is away. Sara is never told that nothing was saved; the retry of the same request
 * finishes the work, and nobody hears anything twice. An attendance form is one write: all of it or nothing.
 * Gruppen met on 5 January with one accepted item; Olle chairs, Sara is secretary, Lena represents Teststad.
 */
class RecordMinutesOutcomeTest {
    /** SmallForum's Gruppen, where Lena's seat is Teststad's, so its follow-ups have someone to tell. */
    static final Register REGISTER = new Register(List.of(new StructureFileReader().read("test.yaml", """
            structure: {id: test, name: Testsamverkan}
            parties:
              - {id: stad, name: Teststad, kind: municipality, principal: true}
            people:
              - {id: ordf, name: Olle Ordförande}
              - {id: sekr, name: Sara Sekreterare}
              - {id: led, name: Lena Ledamot, party: stad}
              - {id: forra, name: Frida Förra, party: stad}
            forums:
              - {id: grupp, name: Gruppen, level: county-coordination}
            seats:
              - {id: s1, forum: grupp, role: chair, person: ordf}
              - {id: s2, forum: grupp, role: secretary, person: sekr}
              - {id: s3, forum: grupp, role: member, party: stad, person: led}
              - {id: s4, forum: grupp, role: member, party: stad, person: forra, to: 2026-06-30}
            """)));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final TestCore core = TestCore.of(REGISTER, SmallForum.DIRECTORY, clock);
    private final String meetingId = core.aMeetingOfGruppen(Instant.parse("2027-01-05T08:00:00Z"))
            .orElseThrow()
            .id();

    {
        core.items()
                .add(new AgendaItem(
                        "A-OUT01",
                        "r-out-1",
                        "test",
                        "grupp",
                        meetingId,
                        "Gemensam riktlinje för SIP",
                        null,
                        ItemKind.PREPARATION,
                        null,
                        "led",
                        clock.instant(),
                        ItemStatus.ACCEPTED,
                        null,
                        List.of(),
                        0));
        clock.set(Instant.parse("2027-01-07T09:00:00Z")); // two days after the meeting
    }

    @Test
    void published_minutes_whose_members_could_not_be_told_are_never_nothing_saved_and_the_retry_tells_them() {
        signedOffWithARecommendation();

        withTheMessagesAway(
                away -> assertThatThrownBy(() -> away.recordMinutes().publish(meetingId, "sekr", "p-1"))
                        .isInstanceOf(UnknownOutcome.StillUnknown.class)
                        .isNotInstanceOf(UnknownOutcome.NothingWritten.class));
        assertThat(minutes().isPublished())
                .as("the minutes are stored as published")
                .isTrue();
        assertThat(messagesAbout("MESSAGE|minutes|")).as("nobody was told yet").isZero();

        RecordMinutes.Published retried = core.core().recordMinutes().publish(meetingId, "sekr", "p-1");

        assertThat(retried.minutes().isPublished()).isTrue();
        assertThat(messagesAbout("MESSAGE|minutes|"))
                .as("the members and the channel are told by the retry")
                .isPositive();
        assertThat(core.meetings().byId(meetingId).orElseThrow().status()).isEqualTo(MeetingStatus.MINUTES_PUBLISHED);
        assertThat(core.followUps().ofMeeting(meetingId))
                .as("the recommendation's follow-up, one per principal")
                .singleElement()
                .satisfies(f -> assertThat(f.partyId()).isEqualTo("stad"));
        assertThat(retried.followUps()).hasSize(1);
        long told = core.reminders().ofMeeting(meetingId).size();

        core.core().recordMinutes().publish(meetingId, "sekr", "p-1");

        assertThat(core.reminders().ofMeeting(meetingId)).as("nothing twice").hasSize((int) told);
    }

    @Test
    void a_follow_up_stored_whose_representatives_could_not_be_told_is_told_when_it_is_opened_again() {
        signedOffWithARecommendation();
        FollowUpRecommendations.Recommendation recommendation = new FollowUpRecommendations.Recommendation(
                "test",
                "grupp",
                meetingId,
                Instant.parse("2027-01-05T08:00:00Z"),
                "A-OUT01",
                "Gemensam riktlinje för SIP",
                "Gruppen rekommenderar huvudmännen att anta riktlinjen.");
        // A publishing that stopped right after storing the follow-up: the database for messages went away.
        withTheMessagesAway(away ->
                assertThatThrownBy(() -> away.followUps().open(recommendation)).isInstanceOf(MongoException.class));
        String followUpId = core.followUps().ofMeeting(meetingId).getFirst().id();
        assertThat(messagesAbout("MESSAGE|followup|" + followUpId)).isZero();

        core.core().recordMinutes().publish(meetingId, "sekr", "p-2");

        assertThat(messagesAbout("MESSAGE|followup|" + followUpId))
                .as("the representatives of Teststad hear of it")
                .isPositive();
        assertThat(messagesAbout("MESSAGE|followup-reminder|" + followUpId))
                .as("and its reminders are planned")
                .isPositive();
    }

    @Test
    void an_answer_stored_whose_reminders_could_not_be_stopped_is_never_nothing_saved_and_the_retry_stops_them() {
        signedOffWithARecommendation();
        core.core().recordMinutes().publish(meetingId, "sekr", "p-3");
        FollowUp followUp = core.followUps().ofMeeting(meetingId).getFirst();
        FollowUp.Answer notToBeDecided =
                new FollowUp.Answer(FollowUpStatus.NOT_TO_BE_DECIDED, null, null, null, null, "Ingen ändring behövs.");

        withTheMessagesAway(away -> assertThatThrownBy(
                        () -> away.followUps().answer(followUp.id(), notToBeDecided, "sekr", "a-1"))
                .isInstanceOf(UnknownOutcome.StillUnknown.class));
        assertThat(core.followUps().byId(followUp.id()).orElseThrow().isAnswered())
                .as("the answer is stored")
                .isTrue();
        assertThat(pendingReminders(followUp)).as("its reminders still wait").isPositive();

        FollowUp retried = core.core().followUps().answer(followUp.id(), notToBeDecided, "sekr", "a-1");

        assertThat(retried.status()).isEqualTo(FollowUpStatus.NOT_TO_BE_DECIDED);
        assertThat(pendingReminders(followUp)).as("the retry stopped them").isZero();
        assertThat(retried.history())
                .filteredOn(c -> "a-1".equals(c.requestId()))
                .hasSize(1);
    }

    @Test
    void an_attendance_form_is_recorded_whole_or_not_at_all() {
        RecordMinutes record = core.core().recordMinutes();
        record.open(meetingId, "sekr");
        List<RecordMinutes.SeatAttendance> seats = List.of(
                new RecordMinutes.SeatAttendance("s1", "present", null),
                new RecordMinutes.SeatAttendance("s3", "deputy", "Dora Dahl"));

        assertThatThrownBy(() -> record.recordAttendance(meetingId, seats, "forra", "sekr", "n-1"))
                .as("Frida's seat ended: she cannot adjust")
                .isInstanceOf(MinutesRefused.class);
        assertThat(minutes().attendance())
                .as("no seat of the refused form is recorded")
                .allSatisfy(p -> assertThat(p.attendance()).isEqualTo(Attendance.UNRECORDED));

        record.recordAttendance(meetingId, seats, "led", "sekr", "n-2");

        assertThat(minutes().attendance())
                .filteredOn(p -> p.seatId().equals("s3"))
                .singleElement()
                .satisfies(p -> assertThat(p.deputy()).isEqualTo("Dora Dahl"));
        assertThat(minutes().adjusterId()).isEqualTo("led");
        assertThat(minutes().history())
                .filteredOn(c -> c.what().equals("attendance"))
                .singleElement()
                .satisfies(c -> assertThat(c.requestId()).isEqualTo("n-2"));
    }

    // --- The minutes, signed off ---------------------------------------------------------------------------------

    private void signedOffWithARecommendation() {
        RecordMinutes record = core.core().recordMinutes();
        record.open(meetingId, "sekr");
        record.recordItem(
                meetingId,
                "A-OUT01",
                null,
                "recommendation",
                "Gruppen rekommenderar huvudmännen att anta riktlinjen.",
                null,
                "sekr",
                "m-1");
        record.nameAdjuster(meetingId, "led", "sekr", "m-2");
        record.signOff(meetingId, "ordf", "m-3");
        record.signOff(meetingId, "led", "m-4");
    }

    private Minutes minutes() {
        return core.core().recordMinutes().latest(meetingId).orElseThrow();
    }

    private long messagesAbout(String prefix) {
        return core.reminders().ofMeeting(meetingId).stream()
                .filter(r -> r.id().startsWith(prefix))
                .count();
    }

    private long pendingReminders(FollowUp followUp) {
        return core.reminders().ofMeeting(meetingId).stream()
                .filter(r -> r.id().startsWith("MESSAGE|followup-reminder|" + followUp.id()))
                .filter(r -> r.status() == ReminderStatus.PENDING)
                .count();
    }

    /**
     * The same core, except that messages and reminders go to a database that has gone away (the real driver,
     * failing before it sends anything): every other store is the live one.
     */
    private void withTheMessagesAway(Consumer<Core> use) {
        MongoServer away = new MongoServer(new MemoryBackend());
        InetSocketAddress address = away.bind();
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(300, TimeUnit.MILLISECONDS))
                .build())) {
            MongoReminders remindersAway = new MongoReminders(client.getDatabase("away"));
            away.shutdownNow();
            use.accept(new Core(new Core.Ports(
                    () -> REGISTER,
                    core.meetings(),
                    remindersAway,
                    core.items(),
                    new MongoPendingConfirmations(core.database()),
                    core.channels(),
                    core.mutes(),
                    SmallForum.DIRECTORY,
                    core.minutes(),
                    core.followUps(),
                    clock)));
        }
    }
}
