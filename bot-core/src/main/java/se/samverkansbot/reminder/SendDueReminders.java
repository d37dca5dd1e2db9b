package se.samverkansbot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.reminder.Reminders.Busy;

/**
 * Sends what is due, in lanes: each claimed reminder goes out on its own (virtual) thread, at most one at a time per
 * {@link Lane} (a platform's channel or address) and at most {@code lanesPerPlatform} lanes of a platform at once.
 * A channel held back by its rate limit therefore delays only its own next message; in-app notices and e-mail never
 * wait for Slack. Several senders (threads, instances) can run this on one database: a reminder is claimed by
 * exactly one of them, and claimed only when its lane has room, so a claim is never held waiting for a lane.
 * Failures are retried with exponential backoff; a 429's Retry-After is honoured; after {@code maxAttempts} the
 * reminder fails and the failure is reported.
 */
public final class SendDueReminders {
    private static final Logger log = LoggerFactory.getLogger(SendDueReminders.class);
    /** How soon a sender whose lanes are all busy looks again for due messages of other lanes. */
    private static final Duration ASK_AGAIN_AFTER = Duration.ofMillis(250);

    private final Reminders reminders;
    private final OutboundMessenger messenger;
    private final ReminderRelevance relevance;
    private final ReminderTexts texts;
    private final Clock clock;
    private final String worker;
    private final Duration lease;
    private final int maxAttempts;
    private final Consumer<Reminder> reportFailure;
    private final int lanesPerPlatform;

    /** One lane per platform at a time: the platforms do not wait for each other, a platform's channels do. */
    public SendDueReminders(
            Reminders reminders,
            OutboundMessenger messenger,
            ReminderRelevance relevance,
            ReminderTexts texts,
            Clock clock,
            String worker,
            Duration lease,
            int maxAttempts,
            Consumer<Reminder> reportFailure) {
        this(reminders, messenger, relevance, texts, clock, worker, lease, maxAttempts, reportFailure, 1);
    }

    public SendDueReminders(
            Reminders reminders,
            OutboundMessenger messenger,
            ReminderRelevance relevance,
            ReminderTexts texts,
            Clock clock,
            String worker,
            Duration lease,
            int maxAttempts,
            Consumer<Reminder> reportFailure,
            int lanesPerPlatform) {
        if (lanesPerPlatform < 1) {
            throw new IllegalArgumentException("at least one lane per platform, not " + lanesPerPlatform);
        }
        this.reminders = reminders;
        this.messenger = messenger;
        this.relevance = relevance;
        this.texts = texts;
        this.clock = clock;
        this.worker = worker;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.reportFailure = reportFailure;
        this.lanesPerPlatform = lanesPerPlatform;
    }

    public record Outcome(int sent, int skipped, int retried, int failed) {
        public int handled() {
            return sent + skipped + retried + failed;
        }
    }

    /**
     * Handles due reminders until none is left or {@code max} were claimed, and returns when every lane it
     * started has finished. An exception in a lane stops further claims and is thrown once the others are done.
     */
    public Outcome runOnce(int max) {
        try (var lanes = new LaneRun()) {
            int claimed = 0;
            Busy missed = null;
            long missedAt = 0;
            while (true) {
                lanes.collectFinished();
                Busy busy = lanes.busy();
                // After a claim found nothing outside the busy lanes, ask again only once something freed up or a
                // moment has passed: a busy lane's every message would otherwise cost a query that finds nothing.
                boolean worthAsking = missed == null
                        || !busy.covers(missed)
                        || System.nanoTime() - missedAt >= ASK_AGAIN_AFTER.toNanos();
                if (!lanes.failed() && claimed < max && (worthAsking || !lanes.anyInFlight())) {
                    Optional<Reminder> next = reminders.claimDue(clock.instant(), worker, lease, busy);
                    if (next.isPresent()) {
                        lanes.start(next.get());
                        claimed++;
                        missed = null;
                        continue;
                    }
                    missed = busy;
                    missedAt = System.nanoTime();
                }
                if (!lanes.awaitOne(ASK_AGAIN_AFTER)) {
                    break;
                }
            }
            return lanes.outcome();
        }
    }

    /** The lanes of one run: what is in flight where, and what came back. Used by the run's own thread only. */
    private final class LaneRun implements AutoCloseable {
        private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        private final BlockingQueue<Finished> finished = new LinkedBlockingQueue<>();
        private final Map<Platform, Integer> perPlatform = new EnumMap<>(Platform.class);
        private final Set<Lane> busyLanes = new HashSet<>();
        private final Map<Result, Integer> results = new EnumMap<>(Result.class);
        private int inFlight;
        private Throwable failure;

        private record Finished(Lane lane, Result result, Throwable failure) {}

        void start(Reminder reminder) {
            Lane lane = Lane.of(reminder.recipient());
            busyLanes.add(lane);
            perPlatform.merge(lane.platform(), 1, Integer::sum);
            inFlight++;
            Instant claimedAt = clock.instant();
            threads.execute(() -> {
                try {
                    finished.add(new Finished(lane, handle(reminder, claimedAt), null));
                } catch (Throwable e) {
                    finished.add(new Finished(lane, null, e));
                }
            });
        }

        Busy busy() {
            Set<Platform> full = new HashSet<>();
            perPlatform.forEach((platform, count) -> {
                if (count >= lanesPerPlatform) {
                    full.add(platform);
                }
            });
            return new Busy(full, busyLanes);
        }

        void collectFinished() {
            for (Finished done = finished.poll(); done != null; done = finished.poll()) {
                record(done);
            }
        }

        boolean anyInFlight() {
            return inFlight > 0;
        }

        /** Waits for a lane to finish, at most {@code atMost}; false when none is in flight. */
        boolean awaitOne(Duration atMost) {
            if (inFlight == 0) {
                return false;
            }
            try {
                Finished done = finished.poll(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                if (done != null) {
                    record(done);
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reminders were in flight", e);
            }
        }

        private void record(Finished done) {
            inFlight--;
            busyLanes.remove(done.lane());
            perPlatform.merge(done.lane().platform(), -1, Integer::sum);
            if (done.failure() != null) {
                if (failure == null) {
                    failure = done.failure();
                } else {
                    failure.addSuppressed(done.failure());
                }
            } else {
                results.merge(done.result(), 1, Integer::sum);
            }
        }

        boolean failed() {
            return failure != null;
        }

        Outcome outcome() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return new Outcome(
                    results.getOrDefault(Result.SENT, 0),
                    results.getOrDefault(Result.SKIPPED, 0),
                    results.getOrDefault(Result.RETRY, 0),
                    results.getOrDefault(Result.FAILED, 0));
        }

        /** Lets what is in flight finish (a claim's outcome is stored by its lane), also when the run failed. */
        @Override
        public void close() {
            threads.close();
        }
    }

    private enum Result {
        SENT,
        SKIPPED,
        RETRY,
        FAILED
    }

    private Result handle(Reminder reminder, Instant now) {
        if (reminder.attempts() > 1) {
            // Claimed before: its sender may have died after sending. Ask the platform before sending again.
            Optional<String> delivered = messenger.findDelivered(reminder.recipient(), reminder.id());
            if (delivered.isPresent()) {
                reminders.markSent(reminder, now, delivered.get());
                return Result.SENT;
            }
        }
        Optional<String> skip = relevance.reasonToSkip(reminder, now);
        if (skip.isPresent()) {
            reminders.markSkipped(reminder, skip.get());
            return Result.SKIPPED;
        }
        try {
            String messageId = messenger.send(reminder.recipient(), texts.compose(reminder), reminder.id());
            if (!reminders.markSent(reminder, clock.instant(), messageId)) {
                log.warn(
                        "Reminder {} was sent but its claim had expired; the next claimer will find it delivered",
                        reminder.id());
            }
            return Result.SENT;
        } catch (OutboundMessenger.Declined e) {
            reminders.markSkipped(reminder, e.getMessage());
            return Result.SKIPPED;
        } catch (OutboundMessenger.RateLimited e) {
            reminders.release(reminder, now.plus(e.retryAfter()), "rate limited");
            return Result.RETRY;
        } catch (OutboundMessenger.DeliveryFailed e) {
            if (e.permanent() || reminder.attempts() >= maxAttempts) {
                reminders.markFailed(reminder, e.getMessage());
                reportFailure.accept(reminder);
                return Result.FAILED;
            }
            reminders.release(reminder, now.plus(backoff(reminder.attempts())), e.getMessage());
            return Result.RETRY;
        }
    }

    /** 30 s, 1 min, 2 min, 4 min … at most 30 min. */
    static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(Math.max(attempts - 1, 0), 6);
        return Duration.ofSeconds(Math.min(seconds, 1800));
    }
}
