package se.samverkansbot.chat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Actions the bot has proposed and waits for the asker to confirm (port). A confirmation is taken once, by the
 * person it was proposed to, before it expires, so a second press does nothing. Taken under a request id, the same
 * request gets it again (its retry after a failure finishes the action); any other request gets nothing.
 */
public interface PendingConfirmations {

    record Pending(String token, String personId, String action, Map<String, String> data, Instant expiresAt) {
        public Pending {
            data = Map.copyOf(data);
        }
    }

    void save(Pending pending);

    /** Taken once and gone: nothing can take it again. */
    default Optional<Pending> take(String token, String personId, Instant now) {
        return take(token, personId, now, null);
    }

    /**
     * Taken by the request {@code requestId}: a retry of that request takes it again, even after it expired (it was
     * confirmed in time); any other request gets nothing. Without a request id, as {@link #take(String, String,
     * Instant)}.
     */
    Optional<Pending> take(String token, String personId, Instant now, String requestId);

    /** The action of a taken confirmation is done: nothing takes it again, not even a retry of its request. */
    void done(String token);
}
