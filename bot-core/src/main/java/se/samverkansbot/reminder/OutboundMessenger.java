package se.samverkansbot.reminder;

import java.time.Duration;
import java.util.Optional;

import se.samverkansbot.conversation.Reply;

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
