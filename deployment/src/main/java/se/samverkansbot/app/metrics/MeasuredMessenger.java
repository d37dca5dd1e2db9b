package se.samverkansbot.app.metrics;

import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.reminder.OutboundMessenger;
import se.samverkansbot.reminder.Recipient;

/**
 * The outbound messenger, counting sends the platforms deferred: a platform's 429 (Slack, Bot Connector), or
 * the bot's own pacing to their published limits when the wait would have been too long. Either way the
 * reminder is retried after the Retry-After, so a rising count means the bot is sending at the limit.
 */
final class MeasuredMessenger implements OutboundMessenger {
    private final OutboundMessenger messenger;
    private final MeterRegistry registry;

    MeasuredMessenger(OutboundMessenger messenger, MeterRegistry registry) {
        this.messenger = messenger;
        this.registry = registry;
    }

    @Override
    public String send(Recipient recipient, Reply message, String deliveryKey) {
        try {
            return messenger.send(recipient, message, deliveryKey);
        } catch (RateLimited e) {
            Counter.builder("samverkan.platform.rate.limited")
                    .description("Sends a platform answered with 429, or that the bot's pacing deferred")
                    .tag("platform", recipient.platform().name().toLowerCase(Locale.ROOT))
                    .register(registry)
                    .increment();
            throw e;
        }
    }

    @Override
    public Optional<String> findDelivered(Recipient recipient, String deliveryKey) {
        return messenger.findDelivered(recipient, deliveryKey);
    }
}
