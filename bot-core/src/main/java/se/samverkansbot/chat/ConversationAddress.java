package se.samverkansbot.chat;

import org.jspecify.annotations.Nullable;

/** Where a message was written, so a reply or a later reminder can go back there. */
public record ConversationAddress(
        Platform platform, String conversationId, @Nullable String threadId, boolean direct) {

    public static ConversationAddress webChat(String user) {
        return new ConversationAddress(Platform.WEB, "web:" + user, null, true);
    }
}
