package se.samverkansbot.adapter.slack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.reminder.PlatformMessenger;
import se.samverkansbot.reminder.RateGate;
import se.samverkansbot.reminder.Recipient;

/**
 * Posts the bot's own messages (reminders, notices) with chat.postMessage, inside Slack's limits, tagged with
 * the delivery key in message metadata so that a message already delivered can be found again after a crash.
 * A user id as address posts to the person's direct messages with the app.
 */
final class SlackMessenger implements PlatformMessenger {
    static final String METADATA_EVENT = "samverkan_delivery";
    private static final Duration WAIT_AT_MOST = Duration.ofMillis(1500);

    private final MethodsClient client;
    private final RateGate gate;
    private final Map<String, String> directChannels = new ConcurrentHashMap<>();

    SlackMessenger(MethodsClient client, RateGate gate) {
        this.client = client;
        this.gate = gate;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public String send(Recipient recipient, Reply message, String deliveryKey) {
        String channel = recipient.address();
        gate.awaitSlot(channel, WAIT_AT_MOST);
        ChatPostMessageResponse response;
        try {
            response = client.chatPostMessage(r -> r.channel(channel)
                    .text(BlockKit.fallback(message))
                    .blocks(BlockKit.blocks(message))
                    .metadata(Message.Metadata.builder()
                            .eventType(METADATA_EVENT)
                            .eventPayload(Map.of("key", deliveryKey))
                            .build()));
        } catch (SlackApiException e) {
            if (e.getResponse().code() == 429) {
                Duration retryAfter = RateGate.retryAfter(e.getResponse().header("Retry-After"));
                gate.pause(channel, retryAfter);
                throw new RateLimited(retryAfter);
            }
            throw new DeliveryFailed(
                    "Slack answered " + e.getResponse().code(), e.getResponse().code() < 500);
        } catch (java.io.IOException e) {
            throw new DeliveryFailed("Slack could not be reached: " + e.getMessage(), false);
        }
        if (!response.isOk()) {
            if ("ratelimited".equals(response.getError())) {
                throw new RateLimited(Duration.ofSeconds(1));
            }
            boolean permanent = List.of(
                            "channel_not_found",
                            "is_archived",
                            "not_in_channel",
                            "user_not_found",
                            "account_inactive",
                            "invalid_auth",
                            "not_authed")
                    .contains(response.getError());
            throw new DeliveryFailed(response.getError(), permanent);
        }
        return response.getChannel() + "/" + response.getTs();
    }

    /**
     * Looks in the conversation's recent history for a message of ours carrying this delivery key.
     */
    @Override
    public Optional<String> findDelivered(Recipient recipient, String deliveryKey) {
        try {
            String channel = conversationOf(recipient.address());
            var history = client.conversationsHistory(
                    r -> r.channel(channel).limit(100).includeAllMetadata(true));
            if (!history.isOk() || history.getMessages() == null) {
                return Optional.empty();
            }
            return history.getMessages().stream()
                    .filter(m -> m.getMetadata() != null
                            && METADATA_EVENT.equals(m.getMetadata().getEventType())
                            && m.getMetadata().getEventPayload() != null
                            && deliveryKey.equals(
                                    m.getMetadata().getEventPayload().get("key")))
                    .map(m -> channel + "/" + m.getTs())
                    .findFirst();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** A user id's direct-message channel (opened once and remembered); a channel id is itself. */
    private String conversationOf(String address) throws java.io.IOException, SlackApiException {
        if (!address.startsWith("U") && !address.startsWith("W")) {
            return address;
        }
        String known = directChannels.get(address);
        if (known != null) {
            return known;
        }
        var opened = client.conversationsOpen(r -> r.users(List.of(address)));
        String channel = opened.isOk() && opened.getChannel() != null
                ? opened.getChannel().getId()
                : address;
        directChannels.put(address, channel);
        return channel;
    }
}
