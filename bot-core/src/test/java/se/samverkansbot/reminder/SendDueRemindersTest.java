package se.samverkansbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.store.mongo.MongoMutes;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.RecordingMessenger;
import se.samverkansbot.testing.ShippedStructures;

/** Reminders go out exactly once, on the real driver against the embedded server. It is 23 November 2026, 09:00. */
class SendDueRemindersTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant MEETING = Instant.parse("2027-01-12T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingMessenger platform = new RecordingMessenger();
    private final List<Reminder> reported = new ArrayList<>();
    private MongoDatabase database;
    private MongoReminders reminders;
    private MongoMeetings meetings;
    private MongoMutes mutes;

    @BeforeEach
    void freshDatabase() {
        database = mongo.freshDatabase();
        reminders = new MongoReminders(database);
        meetings = new MongoMeetings(database);
        mutes = new MongoMutes(database);
        meetings.save(meeting(MeetingStatus.PLANNED));
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void planning_the_same_reminders_twice_stores_them_once() {
        List<Reminder> planned = dueNow(5);
        assertThat(reminders.plan(planned)).isEqualTo(5);
        assertThat(reminders.plan(planned)).isZero();
        assertThat(reminders.ofMeeting("m1")).hasSize(5);
    }

    @Test
    void two_senders_on_one_database_never_send_a_reminder_twice() throws Exception {
        reminders.plan(dueNow(400));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SendDueReminders.Outcome>> runs = List.of(
                    pool.submit(() -> sender("instance-a").runOnce(1000)),
                    pool.submit(() -> sender("instance-b").runOnce(1000)));
            int sent = 0;
            for (Future<SendDueReminders.Outcome> run : runs) {
                sent += run.get().sent();
            }
            assertThat(sent).isEqualTo(400);
        } finally {
            pool.shutdown();
        }
        assertThat(platform.deliveries()).hasSize(400);
        assertThat(platform.deliveries())
                .extracting(RecordingMessenger.Delivery::key)
                .doesNotHaveDuplicates();
        assertThat(reminders.count(ReminderStatus.SENT)).isEqualTo(400);
    }

    @Test
    void a_sender_that_dies_after_delivering_does_not_cause_a_second_delivery_after_restart() {
        reminders.plan(dueNow(3));
        platform.dieAfter(key -> key.contains("person-1") ? new Error("killed") : null);
        try {
            sender("before-crash").runOnce(10);
        } catch (Error killed) {
            // The process died with person-1's reminder delivered and still claimed.
        }
        platform.dieAfter(key -> null);

        clock.advance(LEASE.plusSeconds(1));
        SendDueReminders.Outcome afterRestart = sender("after-restart").runOnce(10);

        assertThat(platform.deliveries()).hasSize(3);
        assertThat(platform.deliveries())
                .extracting(RecordingMessenger.Delivery::key)
                .doesNotHaveDuplicates();
        assertThat(afterRestart.sent())
                .as("person-1 reconciled as delivered, person-2 sent")
                .isEqualTo(2);
        assertThat(reminders.count(ReminderStatus.SENT)).isEqualTo(3);
        assertThat(reminders.ofMeeting("m1"))
                .filteredOn(r -> r.recipient().personId().equals("person-1"))
                .singleElement()
                .satisfies(r -> assertThat(r.platformMessageId())
                        .isEqualTo(platform.deliveries().stream()
                                .filter(d -> d.key().equals(r.id()))
                                .findFirst()
                                .orElseThrow()
                                .messageId()));
    }

    @Test
    void a_claim_is_not_taken_from_a_living_sender_before_its_lease_runs_out() {
        reminders.plan(dueNow(1));
        assertThat(reminders.claimDue(clock.instant(), "a", LEASE)).isPresent();
        assertThat(reminders.claimDue(clock.instant().plusSeconds(60), "b", LEASE))
                .isEmpty();
        assertThat(reminders.claimDue(clock.instant().plus(LEASE).plusSeconds(1), "b", LEASE))
                .isPresent();
    }

    @Test
    void reminders_of_a_cancelled_meeting_are_skipped_not_sent() {
        reminders.plan(dueNow(2));
        meetings.save(meeting(MeetingStatus.CANCELLED));

        SendDueReminders.Outcome outcome = sender("a").runOnce(10);

        assertThat(outcome.skipped()).isEqualTo(2);
        assertThat(platform.deliveries()).isEmpty();
        assertThat(reminders.ofMeeting("m1"))
                .allSatisfy(r -> assertThat(r.note()).isEqualTo("the meeting was cancelled"));
    }

    @Test
    void a_member_who_muted_the_forum_gets_no_reminder_but_the_others_do() {
        reminders.plan(dueNow(2));
        mutes.mute("person-0", "halsam", "lansledning");

        sender("a").runOnce(10);

        assertThat(platform.deliveries())
                .extracting(d -> d.recipient().personId())
                .containsExactly("person-1");
    }

    @Test
    void after_downtime_reminders_that_still_matter_go_out_late_and_the_rest_are_skipped() {
        Reminder stillMatters = Reminder.planned(
                "halsam",
                "lansledning",
                "m1",
                DeadlineKind.MEETING,
                MEETING,
                NOW.minus(Duration.ofDays(2)),
                person("person-0"));
        Reminder tooLate = Reminder.planned(
                "halsam",
                "lansledning",
                "m1",
                DeadlineKind.AGENDA_CUTOFF,
                NOW.minus(Duration.ofDays(1)),
                NOW.minus(Duration.ofDays(3)),
                person("person-0"));
        reminders.plan(List.of(stillMatters, tooLate));

        sender("a").runOnce(10);

        assertThat(reminders.byId(stillMatters.id()))
                .get()
                .extracting(Reminder::status)
                .isEqualTo(ReminderStatus.SENT);
        assertThat(reminders.byId(tooLate.id())).get().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReminderStatus.SKIPPED);
            assertThat(r.note()).isEqualTo("the deadline has passed");
        });
    }

    @Test
    void a_429_is_honoured_the_reminder_waits_for_retry_after_and_then_goes() {
        reminders.plan(dueNow(1));
        platform.failBefore(key -> new OutboundMessenger.RateLimited(Duration.ofSeconds(30)));
        assertThat(sender("a").runOnce(10).retried()).isEqualTo(1);
        platform.failBefore(key -> null);

        clock.advance(Duration.ofSeconds(29));
        assertThat(sender("a").runOnce(10).handled())
                .as("not before Retry-After")
                .isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(sender("a").runOnce(10).sent()).isEqualTo(1);
        assertThat(platform.deliveries()).hasSize(1);
    }

    @Test
    void failures_are_retried_with_backoff_then_reported_to_the_secretary() {
        reminders.plan(dueNow(1));
        platform.failBefore(key -> new OutboundMessenger.DeliveryFailed("channel_not_found", false));

        for (int attempt = 1; attempt <= 3; attempt++) {
            sender("a").runOnce(10);
            clock.advance(SendDueReminders.backoff(attempt).plusSeconds(1));
        }

        assertThat(reminders.ofMeeting("m1")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReminderStatus.FAILED);
            assertThat(r.attempts()).isEqualTo(3);
            assertThat(r.note()).isEqualTo("channel_not_found");
        });
        assertThat(reported).hasSize(1);
        assertThat(SendDueReminders.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SendDueReminders.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SendDueReminders.backoff(20)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void the_failed_reminders_of_a_forum_can_be_listed_for_its_secretariat() {
        reminders.plan(dueNow(3));
        platform.failBefore(
                key -> key.contains("person-1") ? new OutboundMessenger.DeliveryFailed("gone", false) : null);
        for (int attempt = 1; attempt <= 3; attempt++) {
            sender("a").runOnce(10);
            clock.advance(SendDueReminders.backoff(attempt).plusSeconds(1));
        }

        assertThat(reminders.failedOf("halsam", "lansledning", 10))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.recipient().personId()).isEqualTo("person-1");
                    assertThat(r.note()).isEqualTo("gone");
                });
        assertThat(reminders.failedOf("halsam", "annat-forum", 10)).isEmpty();
    }

    private SendDueReminders sender(String worker) {
        return new SendDueReminders(
                reminders,
                platform,
                new ReminderRelevance(meetings, mutes),
                new ReminderTexts(ShippedStructures::register),
                clock,
                worker,
                LEASE,
                3,
                reported::add);
    }

    private List<Reminder> dueNow(int count) {
        List<Reminder> planned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            planned.add(Reminder.planned(
                    "halsam",
                    "lansledning",
                    "m1",
                    DeadlineKind.AGENDA_CUTOFF,
                    MEETING.minus(Duration.ofDays(14)),
                    NOW.minusSeconds(i % 60),
                    person("person-" + i)));
        }
        return planned;
    }

    private static Recipient person(String id) {
        return new Recipient(Platform.SLACK, "D-" + id, id);
    }

    private static Meeting meeting(MeetingStatus status) {
        return new Meeting("m1", "halsam", "lansledning", MEETING, null, null, null, status, List.of(), List.of());
    }
}
