package se.samverkansbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;
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

/**
 * Dispatch in lanes: a Slack channel held back (here: by a latch standing in for its rate limit) delays only its own
 * messages. In-app notices, e-mail and the other channels go out meanwhile, and a lane still sends one message at a
 * time, earliest first. Real driver, embedded server; the clock stands still, nothing is timed.
 */
class DispatchInLanesTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant MEETING = Instant.parse("2027-01-12T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final long PATIENCE_SECONDS = 30;

    private final MutableClock clock = new MutableClock(NOW);
    private final LaneAwarePlatform platform = new LaneAwarePlatform();
    private MongoReminders reminders;
    private MongoMeetings meetings;
    private MongoMutes mutes;

    @BeforeEach
    void freshDatabase() {
        var database = mongo.freshDatabase();
        reminders = new MongoReminders(database);
        meetings = new MongoMeetings(database);
        mutes = new MongoMutes(database);
        meetings.save(new Meeting(
                "m1", "halsam", "lansledning", MEETING, null, null, null, MeetingStatus.PLANNED, List.of(), List.of()));
    }

    @AfterEach
    void openEveryChannel() {
        platform.openAll();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void an_in_app_notice_and_an_email_go_out_while_a_slack_channel_is_held_back() throws Exception {
        platform.hold("C-busy");
        reminders.plan(List.of(
                due(0, new Recipient(Platform.SLACK, "C-busy", null)),
                due(1, new Recipient(Platform.SLACK, "C-busy", null)),
                due(2, new Recipient(Platform.WEB, "person-1", "person-1")),
                due(3, new Recipient(Platform.EMAIL, "eva@example.se", "person-2"))));

        CompletableFuture<SendDueReminders.Outcome> run =
                CompletableFuture.supplyAsync(() -> sender("a", 4).runOnce(100));

        assertThat(platform.awaitDeliveries(2))
                .as("the in-app notice and the e-mail, while the Slack channel is still held")
                .isTrue();
        assertThat(platform.deliveredTo(Platform.WEB)).hasSize(1);
        assertThat(platform.deliveredTo(Platform.EMAIL)).hasSize(1);
        assertThat(platform.deliveredTo(Platform.SLACK)).isEmpty();
        assertThat(run).isNotDone();

        platform.open("C-busy");
        assertThat(run.get(PATIENCE_SECONDS, TimeUnit.SECONDS).sent()).isEqualTo(4);
        assertThat(platform.deliveredTo(Platform.SLACK)).hasSize(2);
    }

    @Test
    void a_held_back_channel_delays_only_itself_not_the_other_channels_of_its_platform() throws Exception {
        platform.hold("C-busy");
        List<Reminder> planned = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            planned.add(due(i, new Recipient(Platform.SLACK, i % 2 == 0 ? "C-busy" : "C-quiet", null)));
        }
        reminders.plan(planned);

        CompletableFuture<SendDueReminders.Outcome> run =
                CompletableFuture.supplyAsync(() -> sender("a", 2).runOnce(100));

        assertThat(platform.awaitDeliveries(5)).isTrue();
        assertThat(platform.deliveries())
                .extracting(d -> d.recipient().address())
                .containsOnly("C-quiet");
        platform.open("C-busy");
        assertThat(run.get(PATIENCE_SECONDS, TimeUnit.SECONDS).sent()).isEqualTo(10);
    }

    @Test
    void a_lane_sends_one_message_at_a_time_earliest_first() {
        List<Reminder> planned = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            planned.add(due(i, new Recipient(Platform.SLACK, "C-" + (i % 3), null)));
        }
        reminders.plan(planned);

        assertThat(sender("a", 4).runOnce(100).sent()).isEqualTo(12);

        assertThat(platform.mostInOneLane()).isEqualTo(1);
        for (String channel : List.of("C-0", "C-1", "C-2")) {
            List<String> expected = planned.stream()
                    .filter(r -> r.recipient().address().equals(channel))
                    .sorted(java.util.Comparator.comparing(Reminder::notBefore))
                    .map(Reminder::id)
                    .toList();
            assertThat(platform.deliveries())
                    .filteredOn(d -> d.recipient().address().equals(channel))
                    .extracting(RecordingMessenger.Delivery::key)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void a_platform_has_at_most_its_number_of_lanes_sending_at_once() throws Exception {
        List<Reminder> planned = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            platform.hold("C-" + i);
            planned.add(due(i, new Recipient(Platform.SLACK, "C-" + i, null)));
        }
        reminders.plan(planned);

        CompletableFuture<SendDueReminders.Outcome> run =
                CompletableFuture.supplyAsync(() -> sender("a", 3).runOnce(100));

        assertThat(platform.awaitWaiting(3)).isTrue();
        assertThat(reminders.count(ReminderStatus.CLAIMED))
                .as("three lanes in flight; the other three are not even claimed")
                .isEqualTo(3);
        platform.openAll();
        assertThat(run.get(PATIENCE_SECONDS, TimeUnit.SECONDS).sent()).isEqualTo(6);
        assertThat(platform.mostAtOnce()).isEqualTo(3);
    }

    @Test
    void two_senders_sending_in_lanes_on_one_database_never_send_a_reminder_twice() throws Exception {
        List<Reminder> planned = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Recipient recipient = switch (i % 3) {
                case 0 -> new Recipient(Platform.SLACK, "C-" + (i % 7), null);
                case 1 -> new Recipient(Platform.WEB, "person-" + i, "person-" + i);
                default -> new Recipient(Platform.EMAIL, "p" + (i % 5) + "@example.se", "person-" + i);
            };
            planned.add(due(i, recipient));
        }
        reminders.plan(planned);

        var a = CompletableFuture.supplyAsync(() -> sender("instance-a", 4).runOnce(1000));
        var b = CompletableFuture.supplyAsync(() -> sender("instance-b", 4).runOnce(1000));

        int sent = a.get(PATIENCE_SECONDS, TimeUnit.SECONDS).sent()
                + b.get(PATIENCE_SECONDS, TimeUnit.SECONDS).sent();
        assertThat(sent).isEqualTo(300);
        assertThat(platform.deliveries())
                .extracting(RecordingMessenger.Delivery::key)
                .hasSize(300)
                .doesNotHaveDuplicates();
        assertThat(reminders.count(ReminderStatus.SENT)).isEqualTo(300);
    }

    @Test
    void a_sender_that_dies_in_one_lane_leaves_every_reminder_delivered_exactly_once_after_restart() {
        List<Reminder> planned = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            planned.add(due(i, new Recipient(Platform.SLACK, "C-" + (i % 3), null)));
        }
        reminders.plan(planned);
        String dying = planned.get(4).id();
        platform.recording.dieAfter(key -> key.equals(dying) ? new Error("killed") : null);
        try {
            sender("before-crash", 4).runOnce(100);
        } catch (Error killed) {
            // The process died with one reminder delivered and still claimed; other lanes may have been mid-way.
        }
        platform.recording.dieAfter(key -> null);

        clock.advance(LEASE.plusSeconds(1));
        sender("after-restart", 4).runOnce(100);

        assertThat(platform.deliveries())
                .extracting(RecordingMessenger.Delivery::key)
                .hasSize(9)
                .doesNotHaveDuplicates();
        assertThat(reminders.count(ReminderStatus.SENT)).isEqualTo(9);
    }

    private SendDueReminders sender(String worker, int lanesPerPlatform) {
        return new SendDueReminders(
                reminders,
                platform,
                new ReminderRelevance(meetings, mutes),
                new ReminderTexts(ShippedStructures::register),
                clock,
                worker,
                LEASE,
                3,
                reminder -> {},
                lanesPerPlatform);
    }

    /** Due {@code order} seconds ago counted from a minute back: a lower order is earlier. */
    private static Reminder due(int order, Recipient recipient) {
        return Reminder.planned(
                "halsam",
                "lansledning",
                "m1",
                DeadlineKind.MEETING,
                MEETING,
                NOW.minusSeconds(600).plusSeconds(order),
                recipient);
    }

    /**
     * A platform whose channels can be held shut (as a rate limit holds them), counting how many sends run at once
     * in all and in one lane.
     */
    private static final class LaneAwarePlatform implements OutboundMessenger {
        final RecordingMessenger recording = new RecordingMessenger();
        private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> inLane = new ConcurrentHashMap<>();
        private final AtomicInteger atOnce = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();
        private final AtomicInteger mostInOneLane = new AtomicInteger();
        private final AtomicInteger waiting = new AtomicInteger();

        void hold(String address) {
            held.put(address, new CountDownLatch(1));
        }

        void open(String address) {
            Optional.ofNullable(held.remove(address)).ifPresent(CountDownLatch::countDown);
        }

        void openAll() {
            List.copyOf(held.keySet()).forEach(this::open);
        }

        @Override
        public String send(Recipient recipient, Reply message, String deliveryKey) {
            mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            AtomicInteger lane =
                    inLane.computeIfAbsent(recipient.platform() + ":" + recipient.address(), k -> new AtomicInteger());
            mostInOneLane.accumulateAndGet(lane.incrementAndGet(), Math::max);
            try {
                CountDownLatch gate = held.get(recipient.address());
                if (gate != null) {
                    waiting.incrementAndGet();
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new RateLimited(Duration.ofSeconds(1));
                    } finally {
                        waiting.decrementAndGet();
                    }
                }
                return recording.send(recipient, message, deliveryKey);
            } finally {
                lane.decrementAndGet();
                atOnce.decrementAndGet();
            }
        }

        @Override
        public Optional<String> findDelivered(Recipient recipient, String deliveryKey) {
            return recording.findDelivered(recipient, deliveryKey);
        }

        List<RecordingMessenger.Delivery> deliveries() {
            return recording.deliveries();
        }

        List<RecordingMessenger.Delivery> deliveredTo(Platform platform) {
            return deliveries().stream()
                    .filter(d -> d.recipient().platform() == platform)
                    .toList();
        }

        /** True once {@code count} messages have been delivered (a generous patience, not a timing). */
        boolean awaitDeliveries(int count) throws InterruptedException {
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (deliveries().size() < count && System.nanoTime() < giveUp) {
                Thread.sleep(5);
            }
            return deliveries().size() >= count;
        }

        boolean awaitWaiting(int count) throws InterruptedException {
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (waiting.get() < count && System.nanoTime() < giveUp) {
                Thread.sleep(5);
            }
            Thread.sleep(50); // a chance for a fourth lane to start, were the limit not kept
            return waiting.get() == count;
        }

        int mostAtOnce() {
            return mostAtOnce.get();
        }

        int mostInOneLane() {
            return mostInOneLane.get();
        }
    }
}
