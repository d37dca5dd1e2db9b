package se.samverkansbot.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverkansbot.adapter.slack.FakeSlackApi;
import se.samverkansbot.app.signin.Browser;
import se.samverkansbot.time.SwedishTime;

/**
 * The database fails on its own while people act: the packaged app (demo profile, loopback) on {@code MONGODB_URI},
 * and the database as a separate process ({@link DatabaseProcess}: the embedded wire server with its durable file,
 * since no real MongoDB is available here), killed or frozen under web-chat submissions that carry request ids.
 * <ol>
 *   <li>Killed ({@code kill -9}), restarted on the same file and port: everyone who acted is answered within 3 s,
 *       with a receipt, "Inget sparades" or "Jag vet inte säkert om det sparades"; nobody is told "Inget sparades"
 *       for a request whose item an attempt up to then had stored; readiness goes DOWN and comes back UP by itself;
 *       liveness answers throughout.
 *   <li>Frozen ({@code kill -STOP}) for a while, then thawed: every request id ends with exactly one item, and the
 *       receipts for it name that item, however the answers during the freeze went; nobody is told "Inget sparades"
 *       for a request whose item an attempt up to then had stored.
 * </ol>
 * Each client retries a request id until it holds a receipt, as the chat page would with the same id. Prints the
 * figures. Run with {@code ./mvnw -B -Preliability -pl deployment -am verify}; sizes with {@code
 * -Dreliability.outage.clients=N -Dreliability.outage.seconds=N}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageReliabilityIT {
    private static final Pattern RECEIPT = Pattern.compile("A-[A-Z0-9]{5}");
    private static final Pattern EXPORTED = Pattern.compile(
            "\\{\"id\":\"(A-[A-Z0-9]+)\",\"submittedAt\":\"([^\"]+)\"[^{}]*?\"title\":\"Prov (Db[kf]-\\d+-\\d+)\"");
    private static final String NOTHING_SAVED = "Inget sparades";
    private static final String NOT_KNOWN = "Jag vet inte säkert om det sparades";
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** The bound: whoever acts while the database is away is answered within this. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(3);
    /** Back to ready, and a submission through, this long after the database is back at most. */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);

    private final int clients = Integer.getInteger("reliability.outage.clients", 50);
    private final Duration outage = Duration.ofSeconds(Integer.getInteger("reliability.outage.seconds", 10));
    private final HttpClient probeHttp =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> figures = new LinkedHashMap<>();

    private Path work;
    private FakeSlackApi slack;
    private DatabaseProcess database;
    private PackagedApp app;
    private Browser jonas;

    @BeforeAll
    void start() throws Exception {
        work = Files.createTempDirectory("reliability-outage");
        slack = new FakeSlackApi();
        database = new DatabaseProcess(work);
        database.start();
        app = new PackagedApp(
                Path.of(System.getProperty("reliability.jar", "target/samverkansbot.jar"))
                        .toAbsolutePath(),
                work,
                List.of(
                        "--spring.profiles.active=demo",
                        // The demo is for a machine of one's own; this database is the suite's.
                        "--samverkan.demo.on-real-database=true",
                        "--samverkan.data-dir=" + work.resolve("data"),
                        "--samverkan.reminders.tick=PT0.5S",
                        "--samverkan.slack.bot-token=xoxb-outage",
                        "--samverkan.slack.signing-secret=" + SlackMentions.SECRET,
                        "--samverkan.slack.api-url=" + slack.apiUrl(),
                        "--logging.level.root=WARN"),
                Map.of("MONGODB_URI", database.uri()));
        app.start();
        app.awaitReady(PATIENCE);
        jonas = new Browser(app.base()).signInLocally("jonas-strom");
    }

    @AfterAll
    void stop() throws Exception {
        try {
            print();
        } finally {
            if (app != null) {
                app.close();
            }
            if (database != null) {
                database.close();
            }
            if (slack != null) {
                slack.close();
            }
        }
    }

    @Test
    @Order(1)
    void database_killed_everyone_who_acted_is_answered_within_3_s_and_the_app_recovers_by_itself() throws Exception {
        SlackRun events = new SlackRun(new SlackMentions(app.base()));
        Outage killed = run("Dbk", () -> database.kill(), () -> database.start(), events);
        countSlackEvents(events, killed);

        Map<String, Long> checked = check("killed", killed);
        figures.put(
                "killed: answers to requests sent while it was down",
                String.valueOf(killed.startedDuringOutage().size()));
        figures.put(
                "killed: of those 'Inget sparades' / 'not known' / receipt / other",
                byAnswer(killed.startedDuringOutage()));
        figures.put("killed: their answer time p50 / max", percentiles(killed.startedDuringOutage()));
        figures.put(
                "killed: requests in flight at the kill / answer time after it p50 / max",
                killed.inFlightAtFailure().size() + " / " + sinceFailure(killed));

        assertThat(checked)
                .containsEntry("lost", 0L)
                .containsEntry("duplicated", 0L)
                .containsEntry("told nothing saved, stored", 0L);
        assertThat(figures)
                .containsEntry("killed: Slack events lost (acknowledged, not answered)", "0")
                .containsEntry("killed: Slack events answered twice (two answers, not counting 'Inget sparades')", "0");
        assertThat(killed.startedDuringOutage()).isNotEmpty();
        assertThat(unanswered(killed))
                .as("answered neither with a receipt, 'Inget sparades' nor 'not known'")
                .isEmpty();
        assertThat(killed.startedDuringOutage().stream()
                        .filter(a -> a.took().compareTo(ANSWER_BOUND) > 0)
                        .map(a -> a.requestId() + " " + seconds(a.took()) + " " + a.answer())
                        .toList())
                .as("sent while the database was down and answered later than " + seconds(ANSWER_BOUND))
                .isEmpty();
        assertRecovered(killed);
    }

    @Test
    @Order(2)
    void database_frozen_then_thawed_every_request_id_ends_with_one_item_and_its_receipt() throws Exception {
        Outage frozen = run("Dbf", () -> database.freeze(), () -> database.thaw(), null);

        Map<String, Long> checked = check("frozen", frozen);
        figures.put(
                "frozen: answers during the freeze",
                String.valueOf(frozen.duringOutage().size()));
        figures.put(
                "frozen: of those 'Inget sparades' / 'not known' / receipt / other", byAnswer(frozen.duringOutage()));
        figures.put("frozen: answer time during the freeze p50 / max", percentiles(frozen.duringOutage()));

        assertThat(checked)
                .containsEntry("lost", 0L)
                .containsEntry("duplicated", 0L)
                .containsEntry("answered with another item", 0L)
                .containsEntry("told nothing saved, stored", 0L);
        assertThat(unanswered(frozen))
                .as("answered neither with a receipt, 'Inget sparades' nor 'not known'")
                .isEmpty();
        assertRecovered(frozen);
    }

    private static List<String> unanswered(Outage outage) {
        return outage.duringOutage().stream()
                .filter(a -> a.answer() == Answer.OTHER)
                .map(a -> a.requestId() + ": " + a.body())
                .toList();
    }

    private void assertRecovered(Outage outage) {
        assertThat(outage.livenessFailures())
                .as("liveness answered UP throughout")
                .isZero();
        assertThat(outage.readinessDown())
                .as("readiness went DOWN while the database was away")
                .isNotNull();
        assertThat(outage.readyAgain())
                .as("readiness UP again after the database came back")
                .isNotNull();
        assertThat(outage.readyAgain()).isLessThanOrEqualTo(RECOVERY_BOUND);
        assertThat(outage.firstReceiptAgain()).isNotNull().isLessThanOrEqualTo(RECOVERY_BOUND);
    }

    private interface Step {
        void run() throws Exception;
    }

    /**
     * The clients submit for a few seconds, the database is taken away ({@code fail}) for the outage, given back
     * ({@code recover}), and the clients go on until each has had a receipt since; then they finish their current
     * request id and stop. Liveness and readiness are polled all along.
     */
    private Outage run(String scenario, Step fail, Step recover, SlackRun events) throws Exception {
        AtomicBoolean stopping = new AtomicBoolean();
        Collection<Attempt> attempts = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 2);
        List<Future<?>> running = new ArrayList<>();
        List<Browser> browsers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            browsers.add(new Browser(app.base()).signInLocally("omar-lind"));
        }
        Probe probe = new Probe();
        Future<?> probing = pool.submit(probe);
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                for (int seq = 0; !stopping.get(); seq++) {
                    submitUntilReceipt(browsers.get(client), scenario + "-" + client + "-" + seq, attempts);
                    Thread.sleep(250);
                }
                return null;
            }));
        }
        if (events != null) {
            running.add(pool.submit(() -> {
                events.sendUntil(stopping);
                return null;
            }));
        }
        Thread.sleep(3_000);
        long failedAt = System.nanoTime();
        fail.run();
        Thread.sleep(outage.toMillis());
        long recoveredAt = System.nanoTime();
        recover.run();
        long backAt = System.nanoTime();
        long giveUp = backAt + PATIENCE.toNanos();
        while (System.nanoTime() < giveUp
                && attempts.stream()
                                .filter(a -> a.answer() == Answer.RECEIPT && a.started() > backAt)
                                .map(a ->
                                        a.requestId().substring(0, a.requestId().lastIndexOf('-')))
                                .distinct()
                                .count()
                        < clients) {
            Thread.sleep(250);
        }
        Thread.sleep(2_000);
        stopping.set(true);
        for (Future<?> client : running) {
            client.get();
        }
        probe.stop();
        probing.get();
        pool.shutdown();
        figures.put(
                scenario(scenario) + ": database back (process listening / thawed) after",
                seconds(backAt - recoveredAt));
        return new Outage(List.copyOf(attempts), failedAt, recoveredAt, backAt, probe);
    }

    /** One request id, sent until the answer is a receipt (a client that was told nothing was saved tries again). */
    private static void submitUntilReceipt(Browser browser, String requestId, Collection<Attempt> attempts)
            throws Exception {
        String body = "{\"text\": \"nytt ärende till styrgruppen: Prov " + requestId + " (information)\","
                + " \"requestId\": \"" + requestId + "\"}";
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < giveUp) {
            long started = System.nanoTime();
            Attempt attempt;
            try {
                HttpResponse<String> answer = browser.postJson("/api/chat", body);
                long ended = System.nanoTime();
                Matcher receipt = RECEIPT.matcher(answer.body());
                if (answer.statusCode() == 200 && receipt.find()) {
                    attempt = new Attempt(requestId, started, ended, Answer.RECEIPT, receipt.group(), answer.body());
                } else if (answer.statusCode() == 503 && answer.body().contains(NOTHING_SAVED)) {
                    attempt = new Attempt(requestId, started, ended, Answer.NOTHING_SAVED, null, answer.body());
                } else if (answer.statusCode() == 503 && answer.body().contains(NOT_KNOWN)) {
                    attempt = new Attempt(requestId, started, ended, Answer.NOT_KNOWN, null, answer.body());
                } else {
                    attempt = new Attempt(
                            requestId, started, ended, Answer.OTHER, null, answer.statusCode() + " " + answer.body());
                }
            } catch (IOException e) {
                attempt = new Attempt(requestId, started, System.nanoTime(), Answer.OTHER, null, e.toString());
            }
            attempts.add(attempt);
            if (attempt.answer() == Answer.RECEIPT) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no receipt within " + PATIENCE + " for " + requestId);
    }

    /**
     * Per request id: the item in the forum's export must exist once and be the one every receipt named. Also
     * counts the request ids whose item was stored by an attempt that was answered "Inget sparades" (its retry then
     * answered with that item).
     */
    private Map<String, Long> check(String name, Outage outage) throws Exception {
        LocalDate today = LocalDate.now(SwedishTime.ZONE);
        HttpResponse<String> exported = jonas.get("/api/agenda/export?structure=demosam&forum=styrgruppen&from="
                + today.minusDays(1) + "&to=" + today.plusDays(1) + "&format=json");
        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        Map<String, List<String>> itemsByRequest = new HashMap<>();
        Map<String, Instant> submittedAt = new HashMap<>();
        Matcher item = EXPORTED.matcher(exported.body());
        while (item.find()) {
            itemsByRequest
                    .computeIfAbsent(item.group(3), k -> new ArrayList<>())
                    .add(item.group(1));
            submittedAt.put(item.group(1), Instant.parse(item.group(2)));
        }
        Map<String, List<Attempt>> byRequest =
                outage.attempts().stream().collect(Collectors.groupingBy(Attempt::requestId));
        String scenario = outage.attempts().getFirst().requestId().substring(0, 3);
        long wallMinusNano = Instant.now().toEpochMilli() * 1_000_000 - System.nanoTime();
        long lost = 0;
        long otherItem = 0;
        long storedWhileToldNothing = 0;
        long toldNothingSaved = 0;
        long toldNotKnown = 0;
        for (Map.Entry<String, List<Attempt>> request : byRequest.entrySet()) {
            List<String> stored = itemsByRequest.getOrDefault(request.getKey(), List.of());
            Set<String> receipts = request.getValue().stream()
                    .filter(a -> a.answer() == Answer.RECEIPT)
                    .map(Attempt::item)
                    .collect(Collectors.toSet());
            if (receipts.stream().anyMatch(r -> !stored.contains(r))) {
                lost++;
            }
            if (receipts.size() > 1) {
                otherItem++;
            }
            List<Attempt> nothingSaved = request.getValue().stream()
                    .filter(a -> a.answer() == Answer.NOTHING_SAVED)
                    .toList();
            if (request.getValue().stream().anyMatch(a -> a.answer() == Answer.NOT_KNOWN)) {
                toldNotKnown++;
            }
            if (!nothingSaved.isEmpty()) {
                toldNothingSaved++;
                if (stored.size() == 1) {
                    long storedNanos = submittedAt.get(stored.getFirst()).toEpochMilli() * 1_000_000 - wallMinusNano;
                    // Stored by an attempt that was answered "Inget sparades": the retry after it waits 500 ms, so
                    // an item it stored has a later time than this.
                    if (nothingSaved.stream().anyMatch(a -> storedNanos < a.ended() + 250_000_000L)) {
                        storedWhileToldNothing++;
                    }
                }
            }
        }
        long duplicated = itemsByRequest.entrySet().stream()
                .filter(e -> e.getKey().startsWith(scenario))
                .mapToLong(e -> e.getValue().size() - 1)
                .sum();
        long withoutReceipt = itemsByRequest.keySet().stream()
                .filter(k -> k.startsWith(scenario) && !byRequest.containsKey(k))
                .count();
        figures.put(name + ": request ids (each sent until a receipt)", String.valueOf(byRequest.size()));
        figures.put(name + ": attempts in all", String.valueOf(outage.attempts().size()));
        figures.put(name + ": request ids told 'Inget sparades' at least once", String.valueOf(toldNothingSaved));
        figures.put(
                name + ": of those stored by then (told 'Inget sparades', yet an attempt had stored it)",
                String.valueOf(storedWhileToldNothing));
        figures.put(name + ": request ids told 'not known' at least once", String.valueOf(toldNotKnown));
        figures.put(name + ": items lost (receipt, no item)", String.valueOf(lost));
        figures.put(name + ": items duplicated (two items, one request id)", String.valueOf(duplicated));
        figures.put(name + ": request ids answered with two different items", String.valueOf(otherItem));
        figures.put(name + ": items nobody sent", String.valueOf(withoutReceipt));
        figures.put(name + ": readiness DOWN after", seconds(outage.readinessDown()));
        figures.put(name + ": readiness UP again after the database was back", seconds(outage.readyAgain()));
        figures.put(name + ": first receipt after the database was back", seconds(outage.firstReceiptAgain()));
        figures.put(
                name + ": liveness probes / not UP / slowest",
                outage.probe().livenessProbes() + " / " + outage.livenessFailures() + " / "
                        + seconds(outage.probe().slowestLiveness()));
        return Map.of(
                "lost",
                lost,
                "duplicated",
                duplicated,
                "answered with another item",
                otherItem,
                "told nothing saved, stored",
                storedWhileToldNothing);
    }

    /** p50 / max of the time from the failure to the answer, for the requests in flight at it. */
    private static String sinceFailure(Outage outage) {
        List<Long> after = outage.inFlightAtFailure().stream()
                .map(a -> a.ended() - outage.failedAt())
                .sorted()
                .toList();
        return after.isEmpty() ? "-" : seconds(after.get(after.size() / 2)) + " / " + seconds(after.getLast());
    }

    /** Every acknowledged event has an answer in its thread, or was told that nothing was saved or not known. */
    private boolean allAnswered(SlackRun events) {
        Map<String, Long> answered = SlackMentions.answeredThreads(slack);
        Set<String> toldNothingSaved = SlackMentions.toldNothingSaved(slack);
        Set<String> toldNotKnown = SlackMentions.toldNotKnown(slack);
        return events.acknowledged.keySet().stream()
                .allMatch(ts -> answered.containsKey(ts) || toldNothingSaved.contains(ts) || toldNotKnown.contains(ts));
    }

    /** Every acknowledged event answered once in its thread, after the database came back. */
    private void countSlackEvents(SlackRun events, Outage outage) throws Exception {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < giveUp && !allAnswered(events)) {
            Thread.sleep(250);
        }
        Thread.sleep(3_000); // a late second answer would show now
        Map<String, Long> answered = SlackMentions.answeredThreads(slack);
        Set<String> toldNothingSaved = SlackMentions.toldNothingSaved(slack);
        Set<String> toldNotKnown = SlackMentions.toldNotKnown(slack);
        long lost = events.acknowledged.keySet().stream()
                .filter(ts -> !answered.containsKey(ts) && !toldNothingSaved.contains(ts) && !toldNotKnown.contains(ts))
                .count();
        long twice = answered.entrySet().stream()
                .filter(e -> events.sent.contains(e.getKey()) && e.getValue() > 1)
                .count();
        List<Long> ackedWhileDown = events.deliveries.stream()
                .filter(d -> d[0] >= outage.failedAt() && d[0] < outage.recoveredAt())
                .map(d -> d[1] - d[0])
                .sorted()
                .toList();
        figures.put(
                "killed: Slack events sent / acknowledged / resends / given up",
                events.sent.size() + " / " + events.acknowledged.size() + " / " + events.resends.get() + " / "
                        + events.gaveUp.get());
        figures.put(
                "killed: Slack deliveries while down / acknowledged / answer p50 / max",
                ackedWhileDown.size() + " / "
                        + events.deliveries.stream()
                                .filter(d -> d[0] >= outage.failedAt() && d[0] < outage.recoveredAt() && d[2] == 1)
                                .count()
                        + " / "
                        + (ackedWhileDown.isEmpty() ? "-" : seconds(ackedWhileDown.get(ackedWhileDown.size() / 2)))
                        + " / " + (ackedWhileDown.isEmpty() ? "-" : seconds(ackedWhileDown.getLast())));
        figures.put(
                "killed: Slack events answered 'Inget sparades' (not stored; the person was told)",
                String.valueOf(toldNothingSaved.size()));
        figures.put(
                "killed: of those answered after all on Slack's resend",
                String.valueOf(
                        toldNothingSaved.stream().filter(answered::containsKey).count()));
        figures.put(
                "killed: Slack events told 'not known' / of those answered after all",
                toldNotKnown.size() + " / "
                        + toldNotKnown.stream().filter(answered::containsKey).count());
        figures.put("killed: Slack events lost (acknowledged, not answered)", String.valueOf(lost));
        figures.put(
                "killed: Slack events answered twice (two answers, not counting 'Inget sparades')",
                String.valueOf(twice));
    }

    /**
     * Mentions sent one after another while the clients submit, each resent as Slack does until acknowledged (the
     * resends come after 1, 5 and 15 s here instead of Slack's minute and five: the outage is shorter too).
     */
    private static final class SlackRun {
        private final SlackMentions mentions;
        final Set<String> sent = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final Map<String, Boolean> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();
        /** Per delivery: sent, answered (nanoTime), 1 if acknowledged. */
        final Collection<long[]> deliveries = new ConcurrentLinkedQueue<>();

        final java.util.concurrent.atomic.AtomicInteger resends = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger gaveUp = new java.util.concurrent.atomic.AtomicInteger();

        SlackRun(SlackMentions mentions) {
            this.mentions = mentions;
        }

        void sendUntil(AtomicBoolean stopping) throws InterruptedException {
            long first = Instant.now().getEpochSecond();
            for (int n = 0; !stopping.get(); n++) {
                String ts = first + "." + String.format("%06d", n);
                String body = SlackMentions.mention("Ev-outage-" + n, ts, "vad betyder VVU?");
                sent.add(ts);
                boolean acked = false;
                for (int attempt = 0; attempt <= 3 && !acked; attempt++) {
                    long started = System.nanoTime();
                    acked = mentions.deliver(body, attempt);
                    deliveries.add(new long[] {started, System.nanoTime(), acked ? 1 : 0});
                    if (!acked && attempt < 3) {
                        resends.incrementAndGet();
                        Thread.sleep(List.of(1_000L, 5_000L, 15_000L).get(attempt));
                    }
                }
                if (acked) {
                    acknowledged.put(ts, true);
                } else {
                    gaveUp.incrementAndGet();
                }
                Thread.sleep(300);
            }
        }
    }

    /** How many were answered "Inget sparades" / "not known" / with a receipt / otherwise. */
    private static String byAnswer(List<Attempt> attempts) {
        return count(attempts, Answer.NOTHING_SAVED) + " / " + count(attempts, Answer.NOT_KNOWN) + " / "
                + count(attempts, Answer.RECEIPT) + " / " + count(attempts, Answer.OTHER);
    }

    private static long count(List<Attempt> attempts, Answer answer) {
        return attempts.stream().filter(a -> a.answer() == answer).count();
    }

    private static String percentiles(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return "-";
        }
        List<Duration> took = attempts.stream().map(Attempt::took).sorted().toList();
        return seconds(took.get(took.size() / 2)) + " / " + seconds(took.getLast());
    }

    private static String scenario(String prefix) {
        return prefix.equals("Dbk") ? "killed" : "frozen";
    }

    private static String seconds(long nanos) {
        return seconds(Duration.ofNanos(nanos));
    }

    private static String seconds(Duration duration) {
        return duration == null ? "never" : String.format("%.2f s", duration.toMillis() / 1000.0);
    }

    private void print() {
        System.out.printf(
                "%nDatabase outage (packaged app on MONGODB_URI, the embedded wire server as its own process,"
                        + " %d clients, %d s outage)%n",
                clients, outage.toSeconds());
        figures.forEach((what, value) -> System.out.printf("  %-78s %s%n", what, value));
    }

    enum Answer {
        RECEIPT,
        NOTHING_SAVED,
        NOT_KNOWN,
        OTHER
    }

    record Attempt(String requestId, long started, long ended, Answer answer, String item, String body) {
        Duration took() {
            return Duration.ofNanos(ended - started);
        }
    }

    /** What happened around one outage; times on {@link System#nanoTime()}. */
    record Outage(List<Attempt> attempts, long failedAt, long recoveredAt, long backAt, Probe probe) {
        /** Attempts sent while the database was away: the people who acted during the outage. */
        List<Attempt> startedDuringOutage() {
            return attempts.stream()
                    .filter(a -> a.started() >= failedAt && a.started() < recoveredAt)
                    .toList();
        }

        /** Attempts sent before the database went away and answered after. */
        List<Attempt> inFlightAtFailure() {
            return attempts.stream()
                    .filter(a -> a.started() < failedAt && a.ended() > failedAt)
                    .toList();
        }

        /** Attempts in flight or started while the database was away. */
        List<Attempt> duringOutage() {
            return attempts.stream()
                    .filter(a -> a.ended() > failedAt && a.started() < recoveredAt)
                    .toList();
        }

        Duration readinessDown() {
            return probe.firstReadiness(false, failedAt)
                    .map(at -> Duration.ofNanos(at - failedAt))
                    .orElse(null);
        }

        Duration readyAgain() {
            return probe.firstReadiness(true, backAt)
                    .map(at -> Duration.ofNanos(at - backAt))
                    .orElse(null);
        }

        Duration firstReceiptAgain() {
            return attempts.stream()
                    .filter(a -> a.answer() == Answer.RECEIPT && a.started() > backAt)
                    .mapToLong(Attempt::ended)
                    .min()
                    .stream()
                    .mapToObj(at -> Duration.ofNanos(at - backAt))
                    .findFirst()
                    .orElse(null);
        }

        long livenessFailures() {
            return probe.livenessFailures();
        }
    }

    /** Liveness and readiness, four times a second, each with a 2 s wait as an orchestrator's probe would have. */
    private final class Probe implements java.util.concurrent.Callable<Void> {
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final List<long[]> readiness = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile long livenessProbes;
        private volatile long livenessFailures;
        private volatile long slowestLiveness;

        @Override
        public Void call() throws Exception {
            while (!stopped.get()) {
                long started = System.nanoTime();
                boolean live = up("/actuator/health/liveness");
                long took = System.nanoTime() - started;
                livenessProbes++;
                if (!live) {
                    livenessFailures++;
                }
                slowestLiveness = Math.max(slowestLiveness, took);
                long asked = System.nanoTime();
                boolean ready = up("/actuator/health/readiness");
                readiness.add(new long[] {System.nanoTime(), ready ? 1 : 0, asked});
                Thread.sleep(250);
            }
            return null;
        }

        private boolean up(String path) {
            try {
                return probeHttp
                                .send(
                                        HttpRequest.newBuilder(URI.create(app.base() + path))
                                                .timeout(Duration.ofSeconds(2))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** When readiness first answered (or, for DOWN, failed to answer UP) as asked, from a probe sent after. */
        java.util.Optional<Long> firstReadiness(boolean up, long after) {
            return readiness.stream()
                    .filter(r -> r[2] >= after && (r[1] == 1) == up)
                    .map(r -> r[0])
                    .findFirst();
        }

        void stop() {
            stopped.set(true);
        }

        long livenessProbes() {
            return livenessProbes;
        }

        long livenessFailures() {
            return livenessFailures;
        }

        long slowestLiveness() {
            return slowestLiveness;
        }
    }
}
