package se.samverkansbot.app.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body each endpoint takes, stated once: the web chat's JSON (a question, an item's title,
 * description and link together are far below it), Slack's and Teams' requests (their payloads, a form with every
 * field full included, stay well within), a structure file uploaded in the workspace (as large as the reader takes),
 * and anything else.
 */
@ConfigurationProperties("samverkan.http")
public record HttpLimits(
        @DefaultValue("64KB") DataSize chatBody,
        @DefaultValue("1MB") DataSize slackBody,
        @DefaultValue("1MB") DataSize teamsBody,
        @DefaultValue("64KB") DataSize otherBody,
        @DefaultValue("8MB") DataSize structureFileBody) {

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
        if (path.startsWith("/workspace/") && path.endsWith("/import")) {
            // A structure file uploaded in the workspace: the reader refuses one larger than this by its size.
            return structureFileBody.toBytes();
        }
        return otherBody.toBytes();
    }
}
