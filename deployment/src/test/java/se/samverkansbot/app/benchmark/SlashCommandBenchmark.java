package se.samverkansbot.app.benchmark;

import java.lang.management.ManagementFactory;
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
import se.samverkansbot.app.embedded.DurableCommits;

/**
 * Signed slash commands at 100 a second over loopback, to our app (signature filter, Bolt, ack, answer after
 * the ack) and to a bare Bolt app that only acks, in the same Tomcat and JVM, in one run. Prints p50/p99 of
 * the HTTP round trip and the ratio (goal, issue 13: ours at most 1.5 times the bare app). Asserts nothing about time.
 */
@Tag("benchmark")
class SlashCommandBenchmark {
    private static final String SECRET = "benchmark-signing-secret";
    private static final int RATE = 100;
    private static final int WARM_UP_SECONDS = 10;
    private static final int MEASURE_SECONDS = 30;
    private static final int ROUNDS = 3;
    /** Warm-up ends when a round (both apps, 20 s) kept the JIT busy for less than this (5 %), or after the most. */
    private static final long QUIET_JIT_MILLIS = 1000;

    private static final int MAX_WARM_UP_ROUNDS = 6;

    private final HttpClient http =
            HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
    private final SlackSignature signature = new SlackSignature(SECRET, Clock.systemUTC());

    @Test
    void our_app_against_a_bare_bolt_app() throws Exception {
        AckTimings timings = new AckTimings();
        try (LimitedFakeSlack slack = new LimitedFakeSlack(1_000_000);
                ConfigurableApplicationContext ours = new SpringApplicationBuilder(SamverkansbotApplication.class)
                        .initializers(timings)
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

                // Each app is measured with nothing of the other left to do: ours's answers of a phase are all sent
                // (the work after its acks) before the next phase begins.
                // Warmed up until the JIT is nearly done: ours has far more code to compile than the bare app, and
                // compiling it beside the measurement (a core's fifth, measured with JFR) charged ours with what a
                // running app has behind it after its first minute.
                long drainedWarmUp = 0;
                int warmUpRounds = 0;
                long compiledMillis;
                do {
                    long compiledBefore = compilationMillis();
                    int answeredBefore = slack.responses.get();
                    run(oursUri, response, WARM_UP_SECONDS);
                    drainedWarmUp = drained(slack, answeredBefore + RATE * WARM_UP_SECONDS);
                    run(bareUri, response, WARM_UP_SECONDS);
                    compiledMillis = compilationMillis() - compiledBefore;
                    warmUpRounds++;
                } while (compiledMillis > QUIET_JIT_MILLIS && warmUpRounds < MAX_WARM_UP_ROUNDS);
                System.out.printf(
                        "%nWarm-up: %d rounds of %d s each; the JIT compiled for %d ms in the last%n",
                        warmUpRounds, WARM_UP_SECONDS, compiledMillis);
                long compiledBeforeMeasuring = compilationMillis();
                timings.clear();
                // What starting up and warming up left live is collected now, once, for both apps alike: the first
                // collection after a start copies it (56 ms measured) and fell in ours's first round only.
                System.gc();
                // The measurement in rounds, each app in turn: what the machine does meanwhile (its other load, the
                // JIT still compiling, a collection) falls on both alike, not on whichever ran first.
                List<long[]> oursRounds = new ArrayList<>();
                List<long[]> bareRounds = new ArrayList<>();
                int oursErrors = 0;
                int bareErrors = 0;
                long oursCpu = 0;
                long bareCpu = 0;
                long drainedMeasured = 0;
                int roundSeconds = MEASURE_SECONDS / ROUNDS;
                for (int round = 0; round < ROUNDS; round++) {
                    int answeredBefore = slack.responses.get();
                    long cpu = processCpuNanos();
                    oursRounds.add(run(oursUri, response, roundSeconds));
                    oursErrors += lastErrors;
                    oursCpu += processCpuNanos() - cpu;
                    drainedMeasured = Math.max(drainedMeasured, drained(slack, answeredBefore + RATE * roundSeconds));
                    cpu = processCpuNanos();
                    bareRounds.add(run(bareUri, response, roundSeconds));
                    bareErrors += lastErrors;
                    bareCpu += processCpuNanos() - cpu;
                }
                long compiledWhileMeasuring = compilationMillis() - compiledBeforeMeasuring;
                long[] oursMs = pooled(oursRounds);
                long[] bareMs = pooled(bareRounds);

                System.out.printf(
                        "%nSlash command benchmark: %d requests/s for %d s each, JDK %s, %d cores%n",
                        RATE,
                        MEASURE_SECONDS,
                        Runtime.version(),
                        Runtime.getRuntime().availableProcessors());
                System.out.printf("%-44s %10s %10s %10s%n", "target", "p50 ms", "p99 ms", "errors");
                print("ours (round trip)", oursMs, oursErrors);
                print("  in the app (first filter to response)", sorted(timings.inAppMicros), 0);
                print("    of it the inbox insert (store, commit)", sorted(timings.insertMicros), 0);
                print("    of it the rest (signature, Bolt, ours)", sorted(timings.restMicros), 0);
                print("bare Bolt (round trip)", bareMs, bareErrors);
                System.out.printf(
                        "Ratio ours/bare: p50 %.2f, p99 %.2f (goal ≤ 1.5), over %d rounds of %d s each, in turn%n",
                        (double) percentileMicros(oursMs, 0.5) / Math.max(1, percentileMicros(bareMs, 0.5)),
                        (double) percentileMicros(oursMs, 0.99) / Math.max(1, percentileMicros(bareMs, 0.99)),
                        ROUNDS,
                        roundSeconds);
                StringBuilder perRound = new StringBuilder("p99 ratio per round:");
                for (int round = 0; round < ROUNDS; round++) {
                    perRound.append(String.format(
                            " %.2f (%.2f / %.2f ms)",
                            (double) percentileMicros(oursRounds.get(round), 0.99)
                                    / Math.max(1, percentileMicros(bareRounds.get(round), 0.99)),
                            percentileMicros(oursRounds.get(round), 0.99) / 1000.0,
                            percentileMicros(bareRounds.get(round), 0.99) / 1000.0));
                }
                System.out.println(perRound);
                System.out.printf(
                        "CPU of this JVM per request (client included): ours %.2f ms (answers after the ack"
                                + " included), bare %.2f ms%n",
                        oursCpu / 1e6 / (RATE * MEASURE_SECONDS), bareCpu / 1e6 / (RATE * MEASURE_SECONDS));
                System.out.printf("The JIT compiled for %d ms while measuring%n", compiledWhileMeasuring);
                System.out.printf(
                        "Ours's answers all sent %d ms after the warm-up's last request, at most %d ms after a"
                                + " round's%n",
                        drainedWarmUp, drainedMeasured);
                long[] commits = DurableCommits.measure(Files.createTempDirectory("commit-bench"), 2000);
                print("One put and commit of an H2 file (alone)", commits, 0);
                // The same insert through the driver, alone: back to back, and apart as the benchmark sends them
                // (the embedded server's thread then sleeps between inserts and is woken for each).
                print(
                        "One driver insert alone, back to back",
                        DurableCommits.measureDriverInserts(Files.createTempDirectory("insert-bench"), 1000, 0),
                        0);
                print(
                        "One driver insert alone, 10 ms apart",
                        DurableCommits.measureDriverInserts(
                                Files.createTempDirectory("insert-bench"), 1000, 1000 / RATE),
                        0);
            } finally {
                bare.stop();
                bare.destroy();
            }
        }
    }

    private static long[] pooled(List<long[]> rounds) {
        return rounds.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
    }

    /** Waits until the fake Slack has had this many answers; how long after now that was (-1: not within 2 min). */
    private static long drained(LimitedFakeSlack slack, int answers) throws InterruptedException {
        long start = System.nanoTime();
        while (slack.responses.get() < answers) {
            if (System.nanoTime() - start > 120_000_000_000L) {
                return -1;
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long compilationMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long[] sorted(java.util.Collection<Long> micros) {
        return micros.stream().mapToLong(Long::longValue).sorted().toArray();
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
        int first = sent.getAndAdd(count);
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long origin = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < count; i++) {
            final int n = i;
            final int trigger = first + i; // every request new to the inbox, never a resend of an earlier one
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
                                        + "&trigger_id=t" + trigger;
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
    private final AtomicInteger sent = new AtomicInteger();

    private static void print(String name, long[] micros, int errors) {
        System.out.printf(
                "%-44s %10.2f %10.2f %10d%n",
                name, percentileMicros(micros, 0.5) / 1000.0, percentileMicros(micros, 0.99) / 1000.0, errors);
    }

    private static long percentileMicros(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
