package se.samverkansbot.chat;

import org.jspecify.annotations.Nullable;

/**
 * One thing a person did towards the bot.
 *
 * @param languageHint the language the platform or user prefers ("sv", "en-GB"); may be null
 * @param requestId the platform's id for this request (Slack event id, Teams activity id, a form's view id), the
 *     same when the platform retries it; null where the platform has none
 */
public record InboundMessage(
        Sender sender,
        ConversationAddress address,
        UserAction action,
        @Nullable String languageHint,
        @Nullable String requestId) {

    public InboundMessage {
        action = action == null ? new UserAction.Said("") : action;
    }

    public static InboundMessage said(
            Sender sender, ConversationAddress address, String text, @Nullable String languageHint) {
        return new InboundMessage(sender, address, new UserAction.Said(text), languageHint, null);
    }

    /** The same message with the platform's request id. */
    public InboundMessage withRequestId(@Nullable String id) {
        return new InboundMessage(sender, address, action, languageHint, id);
    }

    /** What was said, or empty for a button, a form or an opened home. */
    public String text() {
        return action instanceof UserAction.Said said ? said.text() : "";
    }
}
