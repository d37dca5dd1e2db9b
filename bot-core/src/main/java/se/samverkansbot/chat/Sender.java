package se.samverkansbot.chat;

import org.jspecify.annotations.Nullable;

/**
 * Who wrote, as the platform knows them. {@code userId} is the platform's id (Slack user id, Teams AAD object
 * id, or whatever the web chat user typed: a person id, email or name); email and display name are optional.
 */
public record Sender(
        Platform platform,
        String userId,
        @Nullable String email,
        @Nullable String displayName) {

    public static Sender web(String user) {
        return new Sender(Platform.WEB, user, null, null);
    }

    /** The same sender with the email the platform told us, so the register can match it. */
    public Sender withEmail(@Nullable String address) {
        return address == null ? this : new Sender(platform, userId, address, displayName);
    }
}
