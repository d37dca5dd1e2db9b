package se.samverkansbot.chat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Actions the bot has proposed and waits for the asker to confirm (port). A confirmation is taken once, by the
 * person it was proposed to, before it expires; taking it removes it, so a retried button press does nothing.
 */
public interface PendingConfirmations {

    record Pending(String token, String personId, String action, Map<String, String> data, Instant expiresAt) {
        public Pending {
            data = Map.copyOf(data);
        }
    }

    void save(Pending pending);

    Optional<Pending> take(String token, String personId, Instant now);
}
