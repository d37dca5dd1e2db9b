package se.samverkansbot.chat;

import java.util.Optional;

/**
 * Which platform account an email belongs to, as the platforms tell the adapters (port). Many register entries
 * name a person by email only; once that person writes to the bot, the adapter learns their Slack user id or
 * Teams AAD object id, and reminders can then reach them there too.
 */
public interface PlatformAccounts {

    void learn(Platform platform, String email, String userId);

    Optional<String> userWithEmail(Platform platform, String email);
}
