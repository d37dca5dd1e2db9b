package se.samverkansbot.reminder;

import java.time.Duration;
import java.util.Optional;

import se.samverkansbot.chat.Reply;

/**
 * Sends messages the bot starts itself (reminders, notices) through a chat platform (port). Each adapter
 * honours its platform's rate limits.
 */
public interface OutboundMessenger {

    /**
     * Sends {@code message} to {@code recipient}, tagged with {@code deliveryKey} where the platform can carry it.
     *
     * @return the platform's id of the posted message
     * @throws RateLimited when the platform says to wait
     * @throws DeliveryFailed when it cannot be delivered
     * @throws Declined when the recipient opted out of this kind of message on this platform
     */
    String send(Recipient recipient, Reply message, String deliveryKey);

    /**
     * The id of a message already delivered with this key, if the platform can tell. Asked before a reminder
     * whose sender died mid-flight is sent again.
     */
    Optional<String> findDelivered(Recipient recipient, String deliveryKey);

    final class RateLimited extends RuntimeException {
        private final Duration retryAfter;

        public RateLimited(Duration retryAfter) {
            super("rate limited, retry after " + retryAfter);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /**
     * The recipient asked not to get this kind of message this way (they stopped a kind of email): nothing
     * failed and nothing is to be retried or reported; the reminder is skipped with the reason.
     */
    final class Declined extends RuntimeException {
        public Declined(String reason) {
            super(reason);
        }
    }

    final class DeliveryFailed extends RuntimeException {
        private final boolean permanent;

        public DeliveryFailed(String reason, boolean permanent) {
            super(reason);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
