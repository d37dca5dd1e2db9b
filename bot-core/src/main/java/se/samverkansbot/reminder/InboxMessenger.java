package se.samverkansbot.reminder;

import java.time.Clock;
import java.util.Optional;

import se.samverkansbot.chat.Reply;

/** Delivers to the in-app inbox that the web chat shows; its delivery-key look-up makes resends no-ops. */
public final class InboxMessenger implements OutboundMessenger {
    private final Inbox inbox;
    private final Clock clock;

    public InboxMessenger(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public String send(Recipient recipient, Reply message, String deliveryKey) {
        if (recipient.personId() == null) {
            throw new DeliveryFailed("the web chat has no channels", true);
        }
        return inbox.deliver(new Inbox.Message(deliveryKey, recipient.personId(), message.text(), clock.instant()));
    }

    @Override
    public Optional<String> findDelivered(Recipient recipient, String deliveryKey) {
        return inbox.byKey(deliveryKey).map(Inbox.Message::deliveryKey);
    }
}
