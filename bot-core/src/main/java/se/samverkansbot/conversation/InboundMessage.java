package se.samverkansbot.conversation;

/**
 * One message to the bot.
 *
 * @param action       the value of a pressed button or submitted form, when there is one
 * @param languageHint the language the platform or user prefers ("sv", "en-GB"); may be null
 * @param requestId    the platform's id for this request (Slack event id, Teams activity id), the same when the
 *                     platform retries it; null where the platform has none
 */
public record InboundMessage(
        Sender sender, ConversationAddress address, String text, String action, String languageHint, String requestId) {

    public static InboundMessage text(Sender sender, ConversationAddress address, String text, String languageHint) {
        return new InboundMessage(sender, address, text, null, languageHint, null);
    }
}
