package se.samverkansbot.adapter.slack;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.PlatformAccounts;

/**
 * A Slack user's email, asked of Slack once (users:read.email) and remembered, so the core can match people
 * whose register entry has an email but no Slack id. A Slack id in the register is matched first; the email
 * only decides when it is missing. What Slack tells is also kept in {@link PlatformAccounts}, so reminders
 * find the person on Slack.
 */
final class SlackIdentities {
    private static final Logger log = LoggerFactory.getLogger(SlackIdentities.class);

    private final MethodsClient client;
    private final PlatformAccounts accounts;
    private final Map<String, Optional<String>> emails = new ConcurrentHashMap<>();

    SlackIdentities(MethodsClient client, PlatformAccounts accounts) {
        this.client = client;
        this.accounts = accounts;
    }

    String email(String userId) {
        Optional<String> known = emails.get(userId);
        if (known != null) {
            return known.orElse(null);
        }
        Optional<String> looked = lookUp(userId);
        if (looked != null) {
            emails.put(userId, looked);
            looked.ifPresent(email -> accounts.learn(Platform.SLACK, email, userId));
            return looked.orElse(null);
        }
        return null;
    }

    /** The email if Slack has told it before; never asks Slack (for work that must finish within the ack). */
    String knownEmail(String userId) {
        Optional<String> known = emails.get(userId);
        return known == null ? null : known.orElse(null);
    }

    private Optional<String> lookUp(String userId) {
        try {
            UsersInfoResponse info = client.usersInfo(r -> r.user(userId));
            if (info.isOk() && info.getUser() != null && info.getUser().getProfile() != null) {
                return Optional.ofNullable(info.getUser().getProfile().getEmail());
            }
            log.info("Slack could not tell the email of a user ({})", info.getError());
        } catch (Exception e) {
            log.warn("Slack user look-up failed: {}", e.toString());
            return null; // not cached: try again next time
        }
        return Optional.empty();
    }
}
