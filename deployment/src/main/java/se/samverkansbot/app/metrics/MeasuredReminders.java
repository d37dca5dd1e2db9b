package se.samverkansbot.app.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.Reminders;

/**
 * The reminder store, counted on the way through: a reminder is due when it is claimed for the first time,
 * then sent, skipped, retried or failed; a sent one's delivery latency runs from the time it was planned for
 * to the time it was sent, and it is late when that exceeds {@code lateAfter}. The store decides; this only
 * counts what it decided, so a claim or a finish that lost to another instance is not counted.
 */
final class MeasuredReminders implements Reminders {
    private final Reminders store;
    private final MeterRegistry registry;
    private final Duration lateAfter;
    private final Counter due;

    MeasuredReminders(Reminders store, MeterRegistry registry, Duration lateAfter) {
        this.store = store;
        this.registry = registry;
        this.lateAfter = lateAfter;
        this.due = Counter.builder("samverkan.reminders.due")
                .description("Reminders and messages that came due and were picked up for sending (first claim)")
                .register(registry);
    }

    @Override
    public Optional<Reminder> claimDue(Instant now, String worker, Duration lease, Busy busy) {
        Optional<Reminder> claimed = store.claimDue(now, worker, lease, busy);
        claimed.filter(reminder -> reminder.attempts() == 1).ifPresent(reminder -> due.increment());
        return claimed;
    }

    @Override
    public boolean markSent(Reminder claimed, Instant at, String platformMessageId) {
        boolean sent = store.markSent(claimed, at, platformMessageId);
        if (sent) {
            String platform = platform(claimed);
            counter("samverkan.reminders.sent", "Reminders and messages delivered", platform)
                    .increment();
            Duration latency = Duration.between(claimed.sendAt(), at);
            Timer.builder("samverkan.reminders.delivery.latency")
                    .description("From the time a reminder was planned for to the time it was delivered")
                    .tag("platform", platform)
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(latency.isNegative() ? Duration.ZERO : latency);
            if (latency.compareTo(lateAfter) > 0) {
                counter("samverkan.reminders.late", "Delivered later than samverkan.metrics.late-after", platform)
                        .increment();
            }
        }
        return sent;
    }

    @Override
    public boolean markSkipped(Reminder claimed, String reason) {
        boolean skipped = store.markSkipped(claimed, reason);
        if (skipped) {
            counter("samverkan.reminders.skipped", "Reminders that no longer mattered", platform(claimed))
                    .increment();
        }
        return skipped;
    }

    @Override
    public boolean release(Reminder claimed, Instant retryAt, String reason) {
        boolean released = store.release(claimed, retryAt, reason);
        if (released) {
            counter("samverkan.reminders.retried", "Sends given back to be tried again later", platform(claimed))
                    .increment();
        }
        return released;
    }

    @Override
    public boolean markFailed(Reminder claimed, String reason) {
        boolean failed = store.markFailed(claimed, reason);
        if (failed) {
            counter("samverkan.reminders.failed", "Reminders given up (the secretary is told)", platform(claimed))
                    .increment();
        }
        return failed;
    }

    @Override
    public int plan(Collection<Reminder> reminders) {
        return store.plan(reminders);
    }

    @Override
    public int skipPending(String meetingId, Set<String> keep, String reason) {
        return store.skipPending(meetingId, keep, reason);
    }

    @Override
    public int skip(Set<String> ids, String reason) {
        return store.skip(ids, reason);
    }

    @Override
    public int skipPendingMessages(String keyPrefix, String reason) {
        return store.skipPendingMessages(keyPrefix, reason);
    }

    @Override
    public Optional<Reminder> byId(String id) {
        return store.byId(id);
    }

    @Override
    public List<Reminder> ofMeeting(String meetingId) {
        return store.ofMeeting(meetingId);
    }

    @Override
    public List<Reminder> failedOf(String structureId, String forumId, int limit) {
        return store.failedOf(structureId, forumId, limit);
    }

    private Counter counter(String name, String description, String platform) {
        return Counter.builder(name)
                .description(description)
                .tag("platform", platform)
                .register(registry);
    }

    private static String platform(Reminder reminder) {
        return reminder.recipient().platform().name().toLowerCase(java.util.Locale.ROOT);
    }
}
