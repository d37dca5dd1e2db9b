package se.samverkansbot.adapter.teams;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.ConversationReference;

import se.samverkansbot.chat.ConversationReferences;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.reminder.PlatformMessenger;
import se.samverkansbot.reminder.RateGate;
import se.samverkansbot.reminder.Recipient;

/**
 * Proactive messages to a Teams conversation the bot has a reference for (a linked channel, or a person who has
 * the app). Teams' limits are kept here — seven a second per conversation, and the app's rate per tenant —
 * because the SDK neither retries 429 nor honours Retry-After.
 */
final class TeamsMessenger implements PlatformMessenger {
    private static final Duration WAIT_AT_MOST = Duration.ofMillis(1500);

    private final TeamsAdapter adapter;
    private final ConversationReferences references;
    private final RateGate gate;

    TeamsMessenger(TeamsAdapter adapter, ConversationReferences references, RateGate gate) {
        this.adapter = adapter;
        this.references = references;
        this.gate = gate;
    }

    @Override
    public Platform platform() {
        return Platform.TEAMS;
    }

    @Override
    public String send(Recipient recipient, Reply message, String deliveryKey) {
        ConversationReferences.Stored stored = references
                .conversation(Platform.TEAMS, recipient.address())
                .orElseThrow(
                        () -> new DeliveryFailed("the bot has no Teams conversation " + recipient.address(), true));
        ConversationReference reference;
        try {
            reference = TeamsAdapter.reference(stored.reference());
        } catch (java.io.IOException e) {
            throw new DeliveryFailed("a stored Teams conversation reference could not be read", true);
        }
        gate.awaitSlot(recipient.address(), WAIT_AT_MOST);
        AtomicReference<String> id = new AtomicReference<>();
        try {
            adapter.continueConversation(
                            reference,
                            turn -> turn.sendActivity(AdaptiveCards.message(message))
                                    .thenAccept(sent -> id.set(sent == null ? null : sent.getId())))
                    .join();
        } catch (CompletionException e) {
            throw failure(e.getCause() == null ? e : e.getCause(), recipient.address());
        } catch (RuntimeException e) {
            throw failure(e, recipient.address());
        }
        return recipient.address() + "/" + id.get();
    }

    /** Teams gives a bot no way to search what it sent, so a message lost in a crash cannot be found again. */
    @Override
    public Optional<String> findDelivered(Recipient recipient, String deliveryKey) {
        return Optional.empty();
    }

    private RuntimeException failure(Throwable thrown, String conversation) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ErrorResponseException error && error.response() != null) {
                int status = error.response().code();
                if (status == 429) {
                    Duration retryAfter =
                            RateGate.retryAfter(error.response().headers().get("Retry-After"));
                    gate.pause(conversation, retryAfter);
                    return new RateLimited(retryAfter);
                }
                // 403: the person blocked or removed the app; 404: the conversation is gone.
                return new DeliveryFailed("Teams answered " + status, status == 403 || status == 404);
            }
        }
        return new DeliveryFailed("Teams could not be reached: " + thrown, false);
    }
}
