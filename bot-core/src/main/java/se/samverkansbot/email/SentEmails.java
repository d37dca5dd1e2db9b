package se.samverkansbot.email;

import java.time.Instant;
import java.util.Optional;

/**
 * The email channel's own record of its SMTP transactions (port), by delivery key. A mailbox cannot be
 * searched the way a Slack channel can, so this is what "already delivered?" is asked of after a crash:
 * SENDING is written before the transaction starts and SENT as soon as the server has accepted the message.
 * A key with no entry was never handed to the server; SENT was; SENDING means the sender died inside the
 * transaction and nobody can know (the message is then sent again under the same Message-ID).
 */
public interface SentEmails {

    enum State {
        SENDING,
        SENT
    }

    record Entry(String deliveryKey, String messageId, State state, Instant at) {}

    void sending(String deliveryKey, String messageId, Instant at);

    void sent(String deliveryKey, Instant at);

    Optional<Entry> byKey(String deliveryKey);
}
