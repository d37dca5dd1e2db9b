package se.samverkansbot.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable inbox of platform requests (port). Every change is one atomic single-document operation: receiving
 * is one insert keyed by the platform's request id, claiming is one update conditional on the lease, finishing is
 * one update conditional on the version the worker claimed.
 */
public interface InboundRequests {

    /**
     * Stores a request claimed by {@code worker} until {@code now + lease}. Returns it when it is new, or when it was
     * received before and never finished and its lease has passed (a platform's resend after a crash): then this
     * worker has claimed it. Empty when it is done or someone else holds it.
     *
     * @throws UnknownOutcome.NothingWritten when the store could not be reached and nothing was sent; any other
     *     failure may have come after the request was stored
     */
    Optional<InboundRequest> receive(
            InboundMessage message, Map<String, String> replyTo, String worker, Instant now, Duration lease);

    /** Claims the oldest request of the platform whose worker's lease has passed; empty when there is none. */
    Optional<InboundRequest> claimAbandoned(Platform platform, String worker, Instant now, Duration lease);

    /**
     * Claims the request with this key if it is unfinished and its worker's lease has passed; empty when it is done,
     * given up, held within its lease, or not stored. Found by the key alone, so it never reads the other requests.
     */
    Optional<InboundRequest> claimIfAbandoned(String key, String worker, Instant now, Duration lease);

    /** Every request of the platform not finished, whoever holds it and whether or not its lease has passed. */
    List<InboundRequest> unfinished(Platform platform);

    /** Marks a claimed request done; false when the claim was taken over meanwhile. */
    boolean markDone(InboundRequest claimed, Instant at);

    /** Gives a claimed request up after its last attempt; false when the claim was taken over meanwhile. */
    boolean markFailed(InboundRequest claimed, Instant at, String reason);

    /**
     * Forgets requests finished (done or given up) before the given time; their keys only matter while the platform
     * may still send them again. Returns how many were forgotten.
     */
    long forgetFinished(Instant before);

    /**
     * The stored request. Gives up within about a second: it settles a receive whose outcome is unknown while the
     * platform waits for its acknowledgement.
     */
    Optional<InboundRequest> byKey(String key);
}
