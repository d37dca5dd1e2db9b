package se.samverkansbot.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import se.samverkansbot.adapter.slack.FakeSlackApi;
import se.samverkansbot.adapter.slack.SlackSignature;
import se.samverkansbot.app.signin.Browser;
import se.samverkansbot.time.SwedishTime;

/**
 * The reliability suite: the packaged app as its own process (demo profile, embedded database in a temp directory,
 * Slack pointed at a local fake), killed with {@code kill -9} while it works, and what survived counted from outside.
 * <ol>
 *   <li>Web-chat submissions with client retries (request ids), killed twice mid-stream: lost and duplicated items.
 *   <li>The reviewers' Slack notices of those items, killed mid-dispatch: each notice exactly once.
 *   <li>Signed Slack events with Slack-style resends (same event id, {@code X-Slack-Retry-Num}), killed twice:
 *       acknowledged events whose answer is missing, and events answered twice.
 *   <li>Teams messages with Bot Connector-style resends (same activity id), killed twice: activities answered 2xx
 *       whose reply never reached the connector, and activities replied to twice.
 * </ol>
 * It prints a table and fails on any loss or duplicate; it asserts nothing about time. Not here: two instances on one
 * database need a real MongoDB (the embedded one lives and dies with the app); a database killed or frozen on its own
 * is {@link DatabaseOutageReliabilityIT}. Run with {@code ./mvnw -B -Preliability -pl deployment -am verify}; sizes
 * with {@code -Dreliability.items=N -Dreliability.events=N -Dreliability.teams=N}.
 */
class PackagedAppReliabilityIT {
    private static final String SECRET = "reliability-signing-secret";
    private static final Pattern ITEM = Pattern.compile("A-[A-Z0-9]{5}");
    private static final Pattern EXPORTED = Pattern.compile("\\{\"id\":\"(A-[A-Z0-9]+)\"[^{}]*?\"title\":\"([^\"]*)\"");
    private static final Pattern DELIVERY_KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final int items = Integer.getInteger("reliability.items", 60);
    private final int events = Integer.getInteger("reliability.events", 300);
    private final int activities = Integer.getInteger("reliability.teams", 150);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final SlackSignature signature = new SlackSignature(SECRET, Clock.systemUTC());
    private final Map<String, String> figures = new LinkedHashMap<>();

    @Test
    void nothing_acknowledged_is_lost_or_done_twice_across_kill_9() throws Exception {
        Path work = Files.createTempDirectory("reliability");
        try (FakeSlackApi slack = new FakeSlackApi();
                LocalBotConnector teams = new LocalBotConnector()) {
            slack.email("ULENA00001", "lena.fjall@fjallmo.example");
            slack.email("UJONAS0001", "jonas.strom@kf-fjallmo.example");
            slack.email("UOMAR00001", "omar.lind@alvstad.example");
            try (PackagedApp app = new PackagedApp(
                    Path.of(System.getProperty("reliability.jar", "target/samverkansbot.jar"))
                            .toAbsolutePath(),
                    work,
                    List.of(
                            "--spring.profiles.active=demo",
                            "--samverkan.data-dir=" + work.resolve("data"),
                            "--samverkan.slack.bot-token=xoxb-reliability",
                            "--samverkan.slack.signing-secret=" + SECRET,
                            "--samverkan.slack.api-url=" + slack.apiUrl(),
                            // Teams without an app id: no token to check or fetch, so the connector can be local.
                            "--samverkan.teams.auth-disabled=true",
                            "--samverkan.reminders.tick=PT0.5S",
                            // A killed sender's claims are taken over after this; the default (2 min) only slows the
                            // run.
                            "--samverkan.reminders.lease=PT10S",
                            "--logging.level.root=WARN"))) {
                app.start();
                app.awaitReady(PATIENCE);
                linkReviewersToSlack(app, slack);

                Map<Integer, String> acknowledged = submitItemsKillingTwice(app);
                killDuringDispatch(app, slack);
                countItems(app, acknowledged);
                countNotices(slack, acknowledged);

                resendSlackEventsKillingTwice(app, slack);
                resendTeamsActivitiesKillingTwice(app, teams);
                figures.put("kill -9 in all", String.valueOf(app.kills()));
            }
        } finally {
            print();
        }
        assertThat(figures)
                .containsEntry("items lost", "0")
                .containsEntry("items duplicated", "0")
                .containsEntry("notices missing", "0")
                .containsEntry("notices duplicated", "0")
                .containsEntry("events lost (acknowledged, not answered)", "0")
                .containsEntry("events answered twice", "0")
                .containsEntry("Teams activities lost (acknowledged, not answered)", "0");
    }

    /** Lena (chair) and Jonas (secretary) write to the bot once; Slack's users.info links them by e-mail. */
    private void linkReviewersToSlack(PackagedApp app, FakeSlackApi slack) throws Exception {
        for (String user : List.of("ULENA00001", "UJONAS0001")) {
            String body = directMessage("Ev-link-" + user, user, "D" + user.substring(1), "mina forum");
            assertThat(postEvent(app, body, 0).statusCode()).isEqualTo(200);
        }
        awaitUntil(() -> slack.calls("chat.postMessage").stream()
                        .map(c -> c.params().get("channel"))
                        .filter(channel -> channel != null && channel.startsWith("D"))
                        .distinct()
                        .count()
                >= 2);
    }

    /**
     * Four clients submit items as Omar, each with its own request id, retrying until they hold a receipt (through
     * refused connections, a lost session and 503s); a quarter are sent once more after their receipt, as a client
     * that never saw the answer would. The app is killed a third and two thirds of the way through.
     */
    private Map<Integer, String> submitItemsKillingTwice(PackagedApp app) throws Exception {
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger repeatsAnsweredOtherwise = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            running.add(clients.submit(() -> {
                Client omar = new Client(app.base(), "omar-lind");
                for (int k = next.getAndIncrement(); k < items; k = next.getAndIncrement()) {
                    String body = "{\"text\": \"nytt ärende till styrgruppen: Prov Rel-" + k
                            + " (uppföljning) – tillförlitlighet\", \"requestId\": \"rel-item-" + k + "\"}";
                    String item = omar.submit(body, retries);
                    acknowledged.put(k, item);
                    if (ThreadLocalRandom.current().nextInt(4) == 0 && !item.equals(omar.submit(body, retries))) {
                        repeatsAnsweredOtherwise.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        killTwiceWhileWorking(app, acknowledged::size, items, running, clients);
        app.awaitReady(PATIENCE);
        figures.put("items submitted (acknowledged)", acknowledged.size() + " of " + items);
        figures.put("submission retries by clients", String.valueOf(retries.get()));
        figures.put("repeats answered with another item", String.valueOf(repeatsAnsweredOtherwise.get()));
        return acknowledged;
    }

    /** The reviewers' notices go out at Slack's one a second per conversation: kill once while they do. */
    /**
     * Kills the app with {@code kill -9} a third and two thirds of the way through the work (as {@code progress} counts
     * it, or when the workers are done), restarts it each time, then waits for the workers and stops their pool.
     */
    private static void killTwiceWhileWorking(
            PackagedApp app,
            java.util.function.IntSupplier progress,
            int total,
            List<Future<?>> running,
            ExecutorService pool)
            throws Exception {
        for (int at : new int[] {total / 3, 2 * total / 3}) {
            while (progress.getAsInt() < at && running.stream().anyMatch(f -> !f.isDone())) {
                Thread.sleep(20);
            }
            app.killAndRestart();
        }
        for (Future<?> worker : running) {
            worker.get();
        }
        pool.shutdown();
    }

    private void killDuringDispatch(PackagedApp app, FakeSlackApi slack) throws Exception {
        awaitUntil(() -> notices(slack).size() >= 4);
        app.killAndRestart();
        app.awaitReady(PATIENCE);
        // Settled: nothing new for 15 s after the expected number arrived, or patience ran out.
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        int seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < giveUp) {
            int now = notices(slack).size();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (now >= 2 * items
                    && System.nanoTime() - quietSince > Duration.ofSeconds(15).toNanos()) {
                break;
            }
            Thread.sleep(500);
        }
    }

    private void countItems(PackagedApp app, Map<Integer, String> acknowledged) throws Exception {
        Client jonas = new Client(app.base(), "jonas-strom");
        LocalDate today = LocalDate.now(SwedishTime.ZONE);
        String export = jonas.get("/api/agenda/export?structure=demosam&forum=styrgruppen&from=" + today.minusDays(1)
                + "&to=" + today.plusDays(1) + "&format=json");
        Map<Integer, Set<String>> idsByItem = new HashMap<>();
        Matcher exported = EXPORTED.matcher(export);
        while (exported.find()) {
            Matcher number = Pattern.compile("Prov Rel-(\\d+)$").matcher(exported.group(2));
            if (number.find()) {
                idsByItem
                        .computeIfAbsent(Integer.parseInt(number.group(1)), k -> new java.util.HashSet<>())
                        .add(exported.group(1));
            }
        }
        long lost = acknowledged.keySet().stream()
                .filter(k -> !idsByItem.getOrDefault(k, Set.of()).contains(acknowledged.get(k)))
                .count();
        long duplicated =
                idsByItem.values().stream().mapToLong(ids -> ids.size() - 1).sum();
        figures.put("items lost", String.valueOf(lost));
        figures.put("items duplicated", String.valueOf(duplicated));
    }

    /** Each acknowledged item's "new item" notice to each of the two reviewers on Slack, once. */
    private void countNotices(FakeSlackApi slack, Map<Integer, String> acknowledged) {
        Map<String, Long> byKey = notices(slack).stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        Map<String, Set<String>> reviewersByItem = new HashMap<>();
        byKey.keySet().forEach(key -> {
            Matcher item = ITEM.matcher(key);
            if (item.find()) {
                reviewersByItem
                        .computeIfAbsent(item.group(), i -> new java.util.HashSet<>())
                        .add(key);
            }
        });
        long missing = acknowledged.values().stream()
                .distinct()
                .mapToLong(
                        item -> 2 - reviewersByItem.getOrDefault(item, Set.of()).size())
                .sum();
        long duplicated = byKey.values().stream().mapToLong(n -> n - 1).sum();
        figures.put("notices sent (2 reviewers)", String.valueOf(byKey.size()));
        figures.put("notices missing", String.valueOf(missing));
        figures.put("notices duplicated", String.valueOf(duplicated));
    }

    /** Delivery keys of the bot's own Slack messages (notices, reminders) about new items, one per post. */
    private static List<String> notices(FakeSlackApi slack) {
        return slack.calls("chat.postMessage").stream()
                .map(c -> Optional.ofNullable(c.params().get("metadata")).orElse(""))
                .map(DELIVERY_KEY::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .filter(key -> key.contains("|new"))
                .toList();
    }

    /**
     * Signed mentions in a channel, each with its own event id and thread, from two senders; an event without an
     * acknowledgement is resent as Slack does (same body and id, {@code X-Slack-Retry-Num} 1–3), and a tenth of the
     * acknowledged ones are resent once anyway, as a timed-out acknowledgement would be. Killed twice along the way.
     */
    private void resendSlackEventsKillingTwice(PackagedApp app, FakeSlackApi slack) throws Exception {
        Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger resends = new AtomicInteger();
        AtomicInteger gaveUp = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        long firstTs = Instant.now().getEpochSecond();
        for (int s = 0; s < 2; s++) {
            running.add(senders.submit(() -> {
                for (int n = next.getAndIncrement(); n < events; n = next.getAndIncrement()) {
                    String ts = firstTs + "." + String.format("%06d", n);
                    String body = mention("Ev-rel-" + n, ts, "vad betyder VVU?");
                    boolean acked = false;
                    for (int attempt = 0; attempt <= 3 && !acked; attempt++) {
                        acked = deliver(app, body, attempt);
                        if (!acked) {
                            resends.incrementAndGet();
                            // Slack resends at once, after a minute and after five; shortened here.
                            Thread.sleep(List.of(2_000L, 15_000L, 60_000L, 0L).get(attempt));
                        }
                    }
                    if (acked) {
                        acknowledged.put(ts, true);
                        if (ThreadLocalRandom.current().nextInt(10) == 0) {
                            resends.incrementAndGet();
                            deliver(app, body, 1);
                        }
                    } else {
                        gaveUp.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        killTwiceWhileWorking(app, next::get, events, running, senders);
        app.awaitReady(PATIENCE);
        awaitUntil(() -> answeredThreads(slack).keySet().containsAll(acknowledged.keySet()));
        Thread.sleep(5000); // a late second answer would show now

        Map<String, Long> answered = answeredThreads(slack);
        long lost = acknowledged.keySet().stream()
                .filter(ts -> !answered.containsKey(ts))
                .count();
        long twice = answered.values().stream().filter(n -> n > 1).count();
        figures.put("Slack events sent", String.valueOf(events));
        figures.put("events acknowledged", String.valueOf(acknowledged.size()));
        figures.put("events never acknowledged (Slack gives up after 3 resends)", String.valueOf(gaveUp.get()));
        figures.put("resends (same event id)", String.valueOf(resends.get()));
        figures.put("events lost (acknowledged, not answered)", String.valueOf(lost));
        figures.put("events answered twice", String.valueOf(twice));
    }

    /** Answers in the channel's threads, by thread. */
    /**
     * Two Bot Connector senders post personal messages, each resent with the same activity id until the app answers
     * 2xx (at most three resends); a tenth are sent once more after their answer. Killed a third and two thirds of the
     * way through. Teams gives a bot no way to find what it sent, so a kill between sending a reply and marking the
     * message done repeats that reply: counted, not failed on.
     */
    private void resendTeamsActivitiesKillingTwice(PackagedApp app, LocalBotConnector teams) throws Exception {
        String personal = new String(
                getClass()
                        .getResourceAsStream("/protocol-fixtures/teams/01_message_personal.recording.json")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        String message = JsonPath.parse(JsonPath.parse(personal).read("$.body", Object.class))
                .set("$.serviceUrl", teams.serviceUrl())
                .set("$.text", "vad betyder VVU?")
                .jsonString();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger resends = new AtomicInteger();
        AtomicInteger gaveUp = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            running.add(senders.submit(() -> {
                for (int n = next.getAndIncrement(); n < activities; n = next.getAndIncrement()) {
                    String id = "rel-teams-" + n;
                    String activity = JsonPath.parse(message).set("$.id", id).jsonString();
                    boolean acked = false;
                    for (int attempt = 0; attempt <= 3 && !acked; attempt++) {
                        acked = deliverActivity(app, activity);
                        if (!acked) {
                            resends.incrementAndGet();
                            Thread.sleep(List.of(2_000L, 15_000L, 60_000L, 0L).get(attempt));
                        }
                    }
                    if (acked) {
                        acknowledged.add(id);
                        if (ThreadLocalRandom.current().nextInt(10) == 0) {
                            resends.incrementAndGet();
                            deliverActivity(app, activity);
                        }
                    } else {
                        gaveUp.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        killTwiceWhileWorking(app, next::get, activities, running, senders);
        app.awaitReady(PATIENCE);
        // A killed worker's messages are taken over once their lease (a minute) has passed.
        awaitUntil(() -> teams.replies().keySet().containsAll(acknowledged));
        Thread.sleep(5000); // a late second answer would show now

        Map<String, Integer> replies = teams.replies();
        long lost = acknowledged.stream().filter(id -> !replies.containsKey(id)).count();
        long twice = replies.values().stream().filter(n -> n > 1).count();
        figures.put("Teams activities sent", String.valueOf(activities));
        figures.put("Teams activities acknowledged", String.valueOf(acknowledged.size()));
        figures.put("Teams activities never acknowledged (after 3 resends)", String.valueOf(gaveUp.get()));
        figures.put("Teams resends (same activity id)", String.valueOf(resends.get()));
        figures.put("Teams activities lost (acknowledged, not answered)", String.valueOf(lost));
        figures.put("Teams activities answered twice (killed between reply and mark)", String.valueOf(twice));
    }

    /** True when the app answered the activity 2xx; false when it refused, failed or was not there. */
    private boolean deliverActivity(PackagedApp app, String activity) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(app.base() + "/api/messages"))
                    .timeout(Duration.ofSeconds(15)) // the Bot Connector's patience, as commonly cited
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(activity))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Map<String, Long> answeredThreads(FakeSlackApi slack) {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> "CREL000001".equals(c.params().get("channel")))
                .map(c -> c.params().get("thread_ts"))
                .filter(ts -> ts != null)
                .collect(Collectors.groupingBy(ts -> ts, Collectors.counting()));
    }

    /** True when the app acknowledged (200) the event; false when it refused, failed or was not there. */
    private boolean deliver(PackagedApp app, String body, int retry) {
        try {
            return postEvent(app, body, retry).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpResponse<String> postEvent(PackagedApp app, String body, int retry)
            throws IOException, InterruptedException {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.base() + "/slack/events"))
                .timeout(Duration.ofSeconds(3)) // Slack waits three seconds for the acknowledgement
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature.sign(timestamp, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (retry > 0) {
            request.header("X-Slack-Retry-Num", String.valueOf(retry)).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String mention(String eventId, String ts, String question) {
        return "{\"token\":\"verification\",\"team_id\":\"T123\",\"api_app_id\":\"A123\",\"event\":{"
                + "\"type\":\"app_mention\",\"user\":\"UOMAR00001\",\"text\":\"<@U123> " + question + "\",\"ts\":\""
                + ts + "\",\"channel\":\"CREL000001\",\"event_ts\":\"" + ts + "\"},\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":"
                + Instant.now().getEpochSecond() + "}";
    }

    private static String directMessage(String eventId, String user, String channel, String text) {
        String ts = Instant.now().getEpochSecond() + ".000100";
        return "{\"token\":\"verification\",\"team_id\":\"T123\",\"api_app_id\":\"A123\",\"event\":{"
                + "\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"" + user + "\",\"text\":\"" + text
                + "\",\"ts\":\"" + ts + "\",\"channel\":\"" + channel + "\",\"event_ts\":\"" + ts + "\"},"
                + "\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":"
                + Instant.now().getEpochSecond() + "}";
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitUntil(Condition condition) throws Exception {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > giveUp) {
                return; // the counts will show what is missing
            }
            Thread.sleep(250);
        }
    }

    private void print() {
        System.out.printf("%nReliability suite (packaged app, embedded database, kill -9 = Process.destroyForcibly)%n");
        figures.forEach((what, value) -> System.out.printf("  %-62s %s%n", what, value));
        System.out.printf("  %-62s %s%n", "two instances on one database", "skipped: needs a real MongoDB");
        System.out.printf("  %-62s %s%n", "database killed or frozen on its own", "see DatabaseOutageReliabilityIT");
    }

    /**
     * One person's browser that keeps at it: signs in again when its session is gone (a restart forgets sessions),
     * and retries a request until it holds an answer.
     */
    private static final class Client {
        private final String base;
        private final String person;
        private Browser browser;

        Client(String base, String person) {
            this.base = base;
            this.person = person;
        }

        /** The item id of the receipt, after as many tries as it takes (within the patience). */
        String submit(String body, AtomicInteger retries) throws Exception {
            long giveUp = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < giveUp) {
                try {
                    HttpResponse<String> answer = browser().postJson("/api/chat", body);
                    Matcher item = ITEM.matcher(answer.body());
                    if (answer.statusCode() == 200 && item.find()) {
                        return item.group();
                    }
                    if (answer.statusCode() == 401 || answer.statusCode() == 403) {
                        browser = null;
                    }
                } catch (IOException | IllegalStateException notThere) {
                    browser = null;
                }
                retries.incrementAndGet();
                Thread.sleep(300);
            }
            throw new IllegalStateException("no receipt within " + PATIENCE + " for " + body);
        }

        String get(String path) throws Exception {
            HttpResponse<String> answer = browser().get(path);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        }

        private Browser browser() throws IOException, InterruptedException {
            if (browser == null) {
                browser = new Browser(base).signInLocally(person);
            }
            return browser;
        }
    }
}
