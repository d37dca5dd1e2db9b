package se.samverkansbot.app.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansbot.adapter.slack.SlackSignature;
import se.samverkansbot.app.SamverkansbotApplication;

/**
 * Signed slash commands at 100 a second over loopback, to our app (signature filter, Bolt, ack, answer after
 * the ack) and to a bare Bolt app that only acks, in the same Tomcat and JVM, in one run. Prints p50/p99 of
 * the HTTP round trip and the ratio (goal: ours at most 1.3 times the bare app). Asserts nothing about time.
 */
@Tag("benchmark")
class SlashCommandBenchmark {
    private static final String SECRET = "benchmark-signing-secret";
    private static final int RATE = 100;
    private static final int WARM_UP_SECONDS = 10;
    private static final int MEASURE_SECONDS = 30;

    private final HttpClient http =
            HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
    private final SlackSignature signature = new SlackSignature(SECRET, Clock.systemUTC());

    @Test
    void our_app_against_a_bare_bolt_app() throws Exception {
        try (LimitedFakeSlack slack = new LimitedFakeSlack(1_000_000);
                ConfigurableApplicationContext ours = new SpringApplicationBuilder(SamverkansbotApplication.class)
                        .run(
                                "--server.port=0",
                                "--samverkan.data-dir=" + Files.createTempDirectory("slash-bench"),
                                "--samverkan.slack.bot-token=xoxb-bench",
                                "--samverkan.slack.signing-secret=" + SECRET,
                                "--samverkan.slack.api-url=" + slack.apiUrl(),
                                "--samverkan.reminders.tick=PT1H",
                                "--logging.level.root=WARN")) {
            Tomcat bare = bareBolt(slack.apiUrl());
            try {
                URI oursUri = URI.create(
                        "http://127.0.0.1:" + ours.getEnvironment().getProperty("local.server.port") + "/slack/events");
                URI bareUri =
                        URI.create("http://127.0.0.1:" + bare.getConnector().getLocalPort() + "/slack/events");
                String response = slack.responseUrl();

                run(oursUri, response, WARM_UP_SECONDS);
                run(bareUri, response, WARM_UP_SECONDS);
                long[] oursMs = run(oursUri, response, MEASURE_SECONDS);
                long[] bareMs = run(bareUri, response, MEASURE_SECONDS);

                System.out.printf(
                        "%nSlash command benchmark: %d requests/s for %d s each, JDK %s, %d cores%n",
                        RATE,
                        MEASURE_SECONDS,
                        Runtime.version(),
                        Runtime.getRuntime().availableProcessors());
                System.out.printf("%-10s %10s %10s %10s%n", "target", "p50 ms", "p99 ms", "errors");
                print("ours", oursMs);
                print("bare Bolt", bareMs);
                System.out.printf(
                        "Ratio ours/bare: p50 %.2f, p99 %.2f (goal ≤ 1.3)%n",
                        (double) percentileMicros(oursMs, 0.5) / Math.max(1, percentileMicros(bareMs, 0.5)),
                        (double) percentileMicros(oursMs, 0.99) / Math.max(1, percentileMicros(bareMs, 0.99)));
            } finally {
                bare.stop();
                bare.destroy();
            }
        }
    }

    /** Bolt with a handler that only acknowledges, in an embedded Tomcat like ours, verifying signatures itself. */
    private static Tomcat bareBolt(String apiUrl) throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        App app = new App(AppConfig.builder()
                .singleTeamBotToken("xoxb-bare")
                .signingSecret(SECRET)
                .slack(Slack.getInstance(config))
                .build());
        app.command("/samverkan", (request, context) -> context.ack());
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("bare-bolt").toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "slack", new SlackAppServlet(app));
        context.addServletMappingDecoded("/slack/events", "slack");
        tomcat.start();
        return tomcat;
    }

    /** Open loop: a request every 1/RATE s regardless of answers; latency from when each was due to be sent. */
    private long[] run(URI uri, String responseUrl, int seconds) throws Exception {
        int count = RATE * seconds;
        long[] micros = new long[count];
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long origin = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < count; i++) {
            final int n = i;
            long due = origin + n * (1_000_000_000L / RATE);
            CompletableFuture<Void> done = new CompletableFuture<>();
            inFlight.add(done);
            ticker.schedule(
                    () -> {
                        String body =
                                "token=x&team_id=T1&team_domain=t&channel_id=C1&channel_name=general&user_id=U1&user_name=u&command=%2Fsamverkan"
                                        + "&text="
                                        + URLEncoder.encode(
                                                "vem representerar Sundsvall i HälSam?", StandardCharsets.UTF_8)
                                        + "&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8)
                                        + "&trigger_id=t" + n;
                        String timestamp = String.valueOf(Instant.now().getEpochSecond());
                        HttpRequest request = HttpRequest.newBuilder(uri)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("X-Slack-Request-Timestamp", timestamp)
                                .header(
                                        "X-Slack-Signature",
                                        signature.sign(timestamp, body.getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                                .whenComplete((response, failure) -> {
                                    micros[n] = (System.nanoTime() - due) / 1000;
                                    if (failure != null || response.statusCode() != 200) {
                                        errors.incrementAndGet();
                                    }
                                    done.complete(null);
                                });
                    },
                    Math.max(0, due - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(seconds + 60L, TimeUnit.SECONDS);
        ticker.shutdown();
        java.util.Arrays.sort(micros);
        lastErrors = errors.get();
        return micros;
    }

    private int lastErrors;

    private void print(String name, long[] micros) {
        System.out.printf(
                "%-10s %10.2f %10.2f %10d%n",
                name, percentileMicros(micros, 0.5) / 1000.0, percentileMicros(micros, 0.99) / 1000.0, lastErrors);
    }

    private static long percentileMicros(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
