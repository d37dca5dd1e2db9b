package se.samverkansbot.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.InboundRequests;

/**
 * An inbox store whose receive stores the request and then fails as a lost answer would (the database applied the
 * insert, the driver never heard), and whose lookup by key either works or fails too (the database went away).
 */
public final class AnswerLostRequests extends ForwardingInboundRequests {
    private final boolean lookupFails;

    private AnswerLostRequests(InboundRequests stored, boolean lookupFails) {
        super(stored);
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
        super.receive(message, replyTo, worker, now, lease);
        throw new IllegalStateException("the socket read timed out: the answer to the insert was lost");
    }

    @Override
    public Optional<InboundRequest> byKey(String key) {
        if (lookupFails) {
            throw new IllegalStateException("timed out while waiting for a server");
        }
        return super.byKey(key);
    }
}
