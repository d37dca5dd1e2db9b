package se.samverkansbot.app.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body each endpoint takes, stated once: the web chat's JSON (a question, an item's title,
 * description and link together are far below it), Slack's and Teams' requests (their payloads, a form with every
 * field full included, stay well within), and anything else.
 */
@ConfigurationProperties("samverkan.http")
public record HttpLimits(
        @DefaultValue("64KB") DataSize chatBody,
        @DefaultValue("1MB") DataSize slackBody,
        @DefaultValue("1MB") DataSize teamsBody,
        @DefaultValue("64KB") DataSize otherBody) {

    long bodyLimit(String path) {
        if (path.startsWith("/slack/")) {
            return slackBody.toBytes();
        }
        if (path.equals("/api/messages")) {
            return teamsBody.toBytes();
        }
        if (path.equals("/api/chat")) {
            return chatBody.toBytes();
        }
        return otherBody.toBytes();
    }
}
