package se.samverkansbot.app.teams;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansbot.app.SamverkansbotApplication;

/**
 * Teams messages over loopback through the whole path: token checked against the local OpenID keys, the SDK's
 * turn, the message stored in the inbox, then the 202; the answer and the reply posted to the local connector follow
 * from the stored record. Four senders, each waiting for the 202 (as the Bot Connector does), for 30 s after a 10 s
 * warm-up. Prints p50/p99 of the round trip, the throughput and the replies that arrived (waiting up to a minute for
 * them). Teams gives a bot 15 s to answer a message. Asserts nothing about time.
 */
@Tag("benchmark")
class TeamsMessageBenchmark {
    private static final int SENDERS = 4;
    private static final int WARM_UP_SECONDS = 10;
    private static final int MEASURE_SECONDS = 30;

    @Test
    void round_trip_of_a_question_in_a_personal_chat() throws Exception {
        try (LocalBotFramework botFramework = new LocalBotFramework();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(
                                SamverkansbotApplication.class, FixedTokenCredentials.class)
                        .run(
                                "--server.port=0",
                                "--samverkan.data-dir=" + Files.createTempDirectory("teams-bench"),
                                "--samverkan.teams.app-id=" + TeamsIntegrationTest.APP_ID,
                                "--samverkan.teams.app-password=secret",
                                "--samverkan.teams.open-id-metadata-url=" + botFramework.metadataUrl(),
                                "--samverkan.reminders.tick=PT1H",
                                "--logging.level.root=WARN")) {
            URI uri = URI.create(
                    "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/api/messages");
            String recording = new String(
                    getClass()
                            .getResourceAsStream("/protocol-fixtures/teams/01_message_personal.recording.json")
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
            String body = JsonPath.parse(JsonPath.parse(recording).read("$.body", Object.class))
                    .set("$.serviceUrl", botFramework.serviceUrl())
                    .set("$.text", "Vem representerar Sundsvall i HälSam?")
                    .jsonString();
            String token = botFramework.token(
                    botFramework.teamsKey,
                    "teams-key",
                    LocalBotFramework.ISSUER,
                    TeamsIntegrationTest.APP_ID,
                    botFramework.serviceUrl(),
                    Instant.now().plusSeconds(3600));

            run(uri, body, token, WARM_UP_SECONDS, "warm");
            int sentBefore = botFramework.sent.size();
            Result result = run(uri, body, token, MEASURE_SECONDS, "bench");
            // The replies follow the 202s from the inbox: wait for them to arrive (or a minute).
            long waitUntil = System.nanoTime() + 60_000_000_000L;
            while (botFramework.sent.size() - sentBefore < result.micros.length - result.errors
                    && System.nanoTime() < waitUntil) {
                Thread.sleep(100);
            }
            int replies = botFramework.sent.size() - sentBefore;

            System.out.printf(
                    "%nTeams message benchmark: %d senders for %d s, JDK %s, %d cores%n",
                    SENDERS,
                    MEASURE_SECONDS,
                    Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    "messages %d (%.1f/s), replies at the connector %d, errors %d%n",
                    result.micros.length, result.micros.length / (double) MEASURE_SECONDS, replies, result.errors);
            System.out.printf(
                    "round trip p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    percentile(result.micros, 0.5) / 1000.0,
                    percentile(result.micros, 0.99) / 1000.0,
                    result.micros[result.micros.length - 1] / 1000.0);
        }
    }

    private record Result(long[] micros, int errors) {}

    private static Result run(URI uri, String body, String token, int seconds, String prefix) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger ids = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[][] perSender = new long[SENDERS][];
        Thread[] threads = new Thread[SENDERS];
        for (int s = 0; s < SENDERS; s++) {
            final int sender = s;
            threads[s] = Thread.ofPlatform().start(() -> {
                long[] micros = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end && n < micros.length) {
                    // A fresh activity id each time, or the bot would rightly answer a repeat only once.
                    String activity = JsonPath.parse(body)
                            .set("$.id", prefix + "-" + ids.incrementAndGet())
                            .jsonString();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(
                                HttpRequest.newBuilder(uri)
                                        .header("Content-Type", "application/json")
                                        .header("Authorization", token)
                                        .POST(HttpRequest.BodyPublishers.ofString(activity))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() / 100 != 2) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    micros[n++] = (System.nanoTime() - start) / 1000;
                }
                perSender[sender] = Arrays.copyOf(micros, n);
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all =
                Arrays.stream(perSender).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all, errors.get());
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
