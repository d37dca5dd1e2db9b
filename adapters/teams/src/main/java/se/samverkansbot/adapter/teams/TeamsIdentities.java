package se.samverkansbot.adapter.teams;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.PlatformAccounts;

/**
 * A Teams user's email, asked of the conversation's roster once and remembered, so the core can match people
 * whose register entry has an email but no AAD object id. Teams activities carry no email; the roster gives
 * the mail address and the user principal name, and in Swedish municipalities and regions the latter is
 * usually the former, so it stands in when the mail address is empty. What the roster tells is also kept in
 * {@link PlatformAccounts}, so reminders find the person's one-to-one chat.
 */
final class TeamsIdentities {
    private static final Logger log = LoggerFactory.getLogger(TeamsIdentities.class);
    private static final int REMEMBERED = 10_000;

    private final Map<String, Optional<String>> emails = new ConcurrentHashMap<>();
    private final PlatformAccounts accounts;

    TeamsIdentities(PlatformAccounts accounts) {
        this.accounts = accounts;
    }

    String email(TurnContext turn, ChannelAccount from) {
        if (from == null || from.getId() == null) {
            return null;
        }
        String key = from.getAadObjectId() != null ? from.getAadObjectId() : from.getId();
        Optional<String> known = emails.get(key);
        if (known != null) {
            return known.orElse(null);
        }
        Optional<String> looked = lookUp(turn, from.getId());
        if (looked != null) {
            if (emails.size() >= REMEMBERED) {
                emails.clear(); // a crude bound; a roster look-up again now and then costs little
            }
            emails.put(key, looked);
            if (from.getAadObjectId() != null) {
                looked.ifPresent(email -> accounts.learn(Platform.TEAMS, email, from.getAadObjectId()));
            }
            return looked.orElse(null);
        }
        return null;
    }

    private static Optional<String> lookUp(TurnContext turn, String userId) {
        try {
            TeamsChannelAccount member = TeamsInfo.getMember(turn, userId).join();
            if (member == null) {
                return Optional.empty();
            }
            String email = member.getEmail() != null && !member.getEmail().isBlank()
                    ? member.getEmail()
                    : member.getUserPrincipalName();
            return Optional.ofNullable(email == null || email.isBlank() ? null : email);
        } catch (Exception e) {
            log.warn("Teams roster look-up failed: {}", e.toString());
            return null; // not remembered: try again next time
        }
    }
}
