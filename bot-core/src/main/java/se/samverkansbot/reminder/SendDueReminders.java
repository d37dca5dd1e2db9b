package se.samverkansbot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due, one claimed reminder at a time. Several senders (threads, instances) can run this on
 * one database: a reminder is claimed by exactly one of them. Failures are retried with exponential backoff;
 * a 429's Retry-After is honoured; after {@code maxAttempts} the reminder fails and the failure is reported.
 */
public final class SendDueReminders {
    private static final Logger log = LoggerFactory.getLogger(SendDueReminders.class);

    private final Reminders reminders;
    private final OutboundMessenger messenger;
    private final ReminderRelevance relevance;
    private final ReminderTexts texts;
    private final Clock clock;
    private final String worker;
    private final Duration lease;
    private final int maxAttempts;
    private final Consumer<Reminder> reportFailure;

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
        this.reminders = reminders;
        this.messenger = messenger;
        this.relevance = relevance;
        this.texts = texts;
        this.clock = clock;
        this.worker = worker;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.reportFailure = reportFailure;
    }

    public record Outcome(int sent, int skipped, int retried, int failed) {
        public int handled() {
            return sent + skipped + retried + failed;
        }
    }

    /** Handles due reminders until none is left or {@code max} were handled. */
    public Outcome runOnce(int max) {
        int sent = 0;
        int skipped = 0;
        int retried = 0;
        int failed = 0;
        for (int i = 0; i < max; i++) {
            Instant now = clock.instant();
            Optional<Reminder> claimed = reminders.claimDue(now, worker, lease);
            if (claimed.isEmpty()) {
                break;
            }
            switch (handle(claimed.get(), now)) {
                case SENT -> sent++;
                case SKIPPED -> skipped++;
                case RETRY -> retried++;
                case FAILED -> failed++;
            }
        }
        return new Outcome(sent, skipped, retried, failed);
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
