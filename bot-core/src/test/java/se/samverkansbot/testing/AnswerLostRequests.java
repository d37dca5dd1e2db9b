package se.samverkansbot.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.chat.Platform;

/**
 * An inbox store whose receive stores the request and then fails as a lost answer would (the database applied the
 * insert, the driver never heard), and whose lookup by key either works or fails too (the database went away).
 */
public final class AnswerLostRequests implements InboundRequests {
    private final InboundRequests stored;
    private final boolean lookupFails;

    private AnswerLostRequests(InboundRequests stored, boolean lookupFails) {
        this.stored = stored;
        this.lookupFails = lookupFails;
    }

    /** The answer to the insert is lost; the database answers the lookup. */
    public static AnswerLostRequests thenFound(InboundRequests stored) {
        return new AnswerLostRequests(stored, false);
    }

    /** The answer to the insert is lost, and the database is away for the lookup. */
    public static AnswerLostRequests thenAway(InboundRequests stored) {
        return new AnswerLostRequests(stored, true);
    }

    @Override
    public Optional<InboundRequest> receive(
            InboundMessage message, Map<String, String> replyTo, String worker, Instant now, Duration lease) {
        stored.receive(message, replyTo, worker, now, lease);
        throw new IllegalStateException("the socket read timed out: the answer to the insert was lost");
    }

    @Override
    public Optional<InboundRequest> byKey(String key) {
        if (lookupFails) {
            throw new IllegalStateException("timed out while waiting for a server");
        }
        return stored.byKey(key);
    }

    @Override
    public Optional<InboundRequest> claimAbandoned(Platform platform, String worker, Instant now, Duration lease) {
        return stored.claimAbandoned(platform, worker, now, lease);
    }

    @Override
    public Optional<InboundRequest> claimIfAbandoned(String key, String worker, Instant now, Duration lease) {
        return stored.claimIfAbandoned(key, worker, now, lease);
    }

    @Override
    public java.util.List<InboundRequest> unfinished(Platform platform) {
        return stored.unfinished(platform);
    }

    @Override
    public boolean markDone(InboundRequest claimed, Instant at) {
        return stored.markDone(claimed, at);
    }

    @Override
    public boolean markFailed(InboundRequest claimed, Instant at, String reason) {
        return stored.markFailed(claimed, at, reason);
    }

    @Override
    public long forgetFinished(Instant before) {
        return stored.forgetFinished(before);
    }
}
