package se.samverkansbot.chat;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A platform request as the durable inbox keeps it: the typed message (never a sentence made of a button or a
 * form), where the answer goes, and who is working on it until when. It is stored before the platform is
 * acknowledged and done only when its effect is stored and its answer sent, so a crash in between loses nothing.
 *
 * @param key the platform and its id for the request (Slack event id, a form's view id, a trigger id), unique
 * @param replyTo how the adapter answers (for Slack: a response URL, or a channel and thread); the adapter's own
 * @param claimedBy the worker that holds it; another may take it over once {@code leaseUntil} has passed
 * @param attempts how often it has been claimed, the first time included
 * @param version raised on every change, so a worker whose lease was taken over can no longer change it
 */
public record InboundRequest(
        String key,
        InboundMessage message,
        Map<String, String> replyTo,
        Status status,
        @Nullable String claimedBy,
        @Nullable Instant leaseUntil,
        int attempts,
        Instant receivedAt,
        int version) {

    public enum Status {
        /** Being worked on by {@code claimedBy}, or abandoned once the lease has passed. */
        CLAIMED,
        /** Its effect is stored and the answer was sent. */
        DONE,
        /** Given up after the last attempt; the person was told. */
        FAILED
    }

    public InboundRequest {
        replyTo = Map.copyOf(replyTo);
    }

    /** The unique key of a message: its platform and the platform's request id. */
    public static String keyOf(InboundMessage message) {
        if (message.requestId() == null || message.requestId().isBlank()) {
            throw new IllegalArgumentException("A request kept in the inbox needs the platform's request id");
        }
        return message.address().platform() + ":" + message.requestId();
    }
}
