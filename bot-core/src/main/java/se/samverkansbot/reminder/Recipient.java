package se.samverkansbot.reminder;

import se.samverkansbot.chat.Platform;

/**
 * Where a reminder goes: a forum's linked channel, or one person by direct message.
 *
 * @param address the platform's conversation id (a Slack channel or DM id, a Teams conversation id)
 * @param personId the register's person id for direct messages, null for a channel
 */
public record Recipient(Platform platform, String address, String personId) {

    String key() {
        return platform + ":" + address;
    }
}
