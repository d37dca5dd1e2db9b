package se.samverkansbot.adapter.slack;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code samverkan.slack.*} (environment SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN,
 * SLACK_API_URL).
 *
 * @param mode               {@code http}: Slack calls {@code /slack/events}; {@code socket}: Socket Mode, no public URL
 * @param apiUrl             the Web API base, e.g. {@code https://slack.com/api/}; tests point it at a local fake
 * @param perChannel         at most one message per this interval in one channel (Slack: about 1/s)
 * @param perWorkspaceMinute at most this many messages a minute in the workspace
 */
@ConfigurationProperties("samverkan.slack")
public record SlackProperties(
        String botToken,
        String signingSecret,
        String appToken,
        @DefaultValue("http") String mode,
        @DefaultValue("https://slack.com/api/") String apiUrl,
        @DefaultValue("/samverkan") String command,
        @DefaultValue("PT1S") Duration perChannel,
        @DefaultValue("300") int perWorkspaceMinute) {

    public boolean socketMode() {
        return "socket".equalsIgnoreCase(mode);
    }

    public boolean configured() {
        return present(botToken) && (socketMode() ? present(appToken) : present(signingSecret));
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
