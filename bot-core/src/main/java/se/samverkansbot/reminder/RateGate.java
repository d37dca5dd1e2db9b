package se.samverkansbot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A platform's posting limits, kept on our side (Slack: one message a second per channel; Teams: seven a
 * second per conversation): one message per interval in a channel, and at most N a minute in
 * the workspace. {@link #reserve} either takes a slot now or says how long to wait, so a sender can wait a
 * little or hand the message back to be retried later.
 */
public final class RateGate {
    private final Duration perChannel;
    private final int perMinute;
    private final Clock clock;
    private final Map<String, Instant> nextInChannel = new HashMap<>();
    private final Deque<Instant> lastMinute = new ArrayDeque<>();

    public RateGate(Duration perChannel, int perMinute, Clock clock) {
        this.perChannel = perChannel;
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes a slot and returns zero, or takes nothing and returns how long to wait. */
    public synchronized Duration reserve(String channel) {
        Instant now = clock.instant();
        while (!lastMinute.isEmpty() && !lastMinute.peekFirst().isAfter(now.minus(Duration.ofMinutes(1)))) {
            lastMinute.pollFirst();
        }
        Duration wait = Duration.ZERO;
        Instant channelFree = nextInChannel.get(channel);
        if (channelFree != null && channelFree.isAfter(now)) {
            wait = Duration.between(now, channelFree);
        }
        if (lastMinute.size() >= perMinute) {
            Duration workspace = Duration.between(now, lastMinute.peekFirst().plus(Duration.ofMinutes(1)));
            wait = wait.compareTo(workspace) > 0 ? wait : workspace;
        }
        if (!wait.isZero() && !wait.isNegative()) {
            return wait;
        }
        nextInChannel.put(channel, now.plus(perChannel));
        lastMinute.addLast(now);
        return Duration.ZERO;
    }

    /**
     * Waits for a slot when it comes within {@code atMost}; a longer wait hands the message back as
     * {@link OutboundMessenger.RateLimited}, to be retried later rather than hold a sender.
     */
    public void awaitSlot(String channel, Duration atMost) {
        while (true) {
            Duration wait = reserve(channel);
            if (wait.isZero()) {
                return;
            }
            if (wait.compareTo(atMost) > 0) {
                throw new OutboundMessenger.RateLimited(wait);
            }
            try {
                Thread.sleep(wait.toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutboundMessenger.RateLimited(wait);
            }
        }
    }

    /** An HTTP Retry-After header in seconds; at least a second, and a second when it is missing or unreadable. */
    public static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header == null ? "1" : header.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    /** The platform said 429: nothing more in this channel until it allows. */
    public synchronized void pause(String channel, Duration retryAfter) {
        nextInChannel.put(channel, clock.instant().plus(retryAfter));
    }
}
