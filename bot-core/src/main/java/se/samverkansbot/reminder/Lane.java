package se.samverkansbot.reminder;

import se.samverkansbot.chat.Platform;

/**
 * One queue of outgoing messages: a platform and the conversation or address it posts to. Messages in one lane go
 * out one at a time, earliest first; lanes do not wait for each other, so a channel held back by its rate limit
 * delays only itself.
 */
public record Lane(Platform platform, String address) {

    public static Lane of(Recipient recipient) {
        return new Lane(recipient.platform(), recipient.address());
    }
}
