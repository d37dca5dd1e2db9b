package se.samverkansbot.app.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkansbot.adapter.slack.FakeSlackApi;
import se.samverkansbot.adapter.slack.SlackSignature;

/**
 * Signed Slack mentions in one channel, each in its own thread, delivered as Slack does: an event that is not
 * acknowledged with a 200 within 3 s is resent with the same body and id ({@code X-Slack-Retry-Num}).
 */
final class SlackMentions {
    static final String SECRET = "outage-signing-secret";
    static final String CHANNEL = "COUT000001";

    private final String base;
    private final SlackSignature signature = new SlackSignature(SECRET, Clock.systemUTC());
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    SlackMentions(String base) {
        this.base = base;
    }

    /** A mention with its own event id and thread ({@code ts}). */
    static String mention(String eventId, String ts, String question) {
        return "{\"token\":\"verification\",\"team_id\":\"T123\",\"api_app_id\":\"A123\",\"event\":{"
                + "\"type\":\"app_mention\",\"user\":\"UOMAR00001\",\"text\":\"<@U123> " + question + "\",\"ts\":\""
                + ts + "\",\"channel\":\"" + CHANNEL + "\",\"event_ts\":\"" + ts + "\"},\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":"
                + Instant.now().getEpochSecond() + "}";
    }

    /** True when the app acknowledged (200) within Slack's 3 s; false when it refused, failed or was too slow. */
    boolean deliver(String body, int retry) throws InterruptedException {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/slack/events"))
                .timeout(Duration.ofSeconds(3))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature.sign(timestamp, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (retry > 0) {
            request.header("X-Slack-Retry-Num", String.valueOf(retry)).header("X-Slack-Retry-Reason", "http_timeout");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException refusedOrTooSlow) {
            return false;
        }
    }

    /** Threads where the bot said that nothing was saved (the event could not be stored; the person was told). */
    static Set<String> toldNothingSaved(FakeSlackApi slack) {
        return posts(slack).stream()
                .filter(SlackMentions::saysNothingSaved)
                .map(c -> c.params().get("thread_ts"))
                .collect(Collectors.toSet());
    }

    /** Threads where the bot said it is not known whether it was saved (stored perhaps; then answered later). */
    static Set<String> toldNotKnown(FakeSlackApi slack) {
        return posts(slack).stream()
                .filter(SlackMentions::saysNotKnown)
                .map(c -> c.params().get("thread_ts"))
                .collect(Collectors.toSet());
    }

    /**
     * The bot's answers in the channel by thread, "nothing was saved" and "not known" not counted: a resend may then
     * be answered, and one stored after all is.
     */
    static Map<String, Long> answeredThreads(FakeSlackApi slack) {
        return posts(slack).stream()
                .filter(c -> !saysNothingSaved(c) && !saysNotKnown(c))
                .collect(Collectors.groupingBy(c -> c.params().get("thread_ts"), Collectors.counting()));
    }

    private static List<FakeSlackApi.Call> posts(FakeSlackApi slack) {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> CHANNEL.equals(c.params().get("channel")))
                .filter(c -> c.params().get("thread_ts") != null)
                .toList();
    }

    private static boolean saysNothingSaved(FakeSlackApi.Call post) {
        return String.valueOf(post.params().get("text")).contains("Inget sparades")
                || String.valueOf(post.body()).contains("Inget sparades");
    }

    private static boolean saysNotKnown(FakeSlackApi.Call post) {
        return String.valueOf(post.params().get("text")).contains("Jag vet inte säkert om det sparades")
                || String.valueOf(post.body()).contains("Jag vet inte säkert om det sparades");
    }
}
