package se.samverkansbot.reminder;

import java.util.Map;
import java.util.Optional;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;

/**
 * Sends through the messenger of the recipient's platform. A platform that is not connected fails
 * permanently, so the reminder is reported instead of retried forever.
 */
public final class RoutingMessenger implements OutboundMessenger {
    private final Map<Platform, OutboundMessenger> byPlatform;

    public RoutingMessenger(Map<Platform, OutboundMessenger> byPlatform) {
        this.byPlatform = Map.copyOf(byPlatform);
    }

    @Override
    public String send(Recipient recipient, Reply message, String deliveryKey) {
        return messenger(recipient).send(recipient, message, deliveryKey);
    }

    @Override
    public Optional<String> findDelivered(Recipient recipient, String deliveryKey) {
        OutboundMessenger messenger = byPlatform.get(recipient.platform());
        return messenger == null ? Optional.empty() : messenger.findDelivered(recipient, deliveryKey);
    }

    private OutboundMessenger messenger(Recipient recipient) {
        OutboundMessenger messenger = byPlatform.get(recipient.platform());
        if (messenger == null) {
            throw new DeliveryFailed(recipient.platform() + " is not connected", true);
        }
        return messenger;
    }
}
