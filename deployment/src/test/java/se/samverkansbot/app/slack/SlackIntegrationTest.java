package se.samverkansbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansbot.adapter.slack.FakeSlackApi;
import se.samverkansbot.adapter.slack.SlackSignature;
import se.samverkansbot.agenda.AgendaItems;
import se.samverkansbot.agenda.ItemKind;
import se.samverkansbot.app.SamverkansbotApplication;
import se.samverkansbot.chat.ActionCodec;
import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.core.Core;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.register.Language;
import se.samverkansbot.reminder.OutboundMessenger;
import se.samverkansbot.reminder.PlatformMessenger;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.RegisterDirectory;

/**
 * The running app as Slack sees it: the real-shaped payloads of shared/protocol-fixtures/slack, adapted and
 * signed, posted over HTTP to /slack/events; every Web API call the real Bolt client makes lands in a local fake.
 * Sara (U234) is in the register with her Slack id; Lena has only an email, which Slack tells for "userId".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackIntegrationTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String STRUCTURE = """
            structure: {id: slacktest, name: Slacktest}
            people:
              - {id: sara, name: Sara Sekreterare, slackUserId: U234}
              - {id: lena, name: Lena Ledamot, email: lena@example.se}
            forums:
              - {id: grupp, name: Testgruppen, level: working-group}
            seats:
              - {id: s1, forum: grupp, role: secretary, person: sara}
              - {id: s2, forum: grupp, role: member, person: lena}
            """;

    private FakeSlackApi slack;
    private ConfigurableApplicationContext app;
    private Path dataDir;
    private Path structures;
    private final HttpClient http = HttpClient.newHttpClient();
    private final SlackSignature signature = new SlackSignature(SECRET, java.time.Clock.systemUTC());

    @BeforeAll
    void start() throws IOException {
        slack = new FakeSlackApi();
        slack.email("userId", "lena@example.se");
        dataDir = Files.createTempDirectory("slack-it");
        structures = Files.createTempDirectory("slack-structures");
        Files.writeString(structures.resolve("slacktest.yaml"), STRUCTURE);
        app = new SpringApplicationBuilder(SamverkansbotApplication.class)
                .run(
                        "--server.port=0",
                        "--samverkan.data-dir=" + dataDir,
                        "--samverkan.structures.directory=" + structures,
                        "--samverkan.slack.bot-token=xoxb-test-token",
                        "--samverkan.slack.signing-secret=" + SECRET,
                        "--samverkan.slack.api-url=" + slack.apiUrl(),
                        "--samverkan.reminders.tick=PT1H");
    }

    @AfterAll
    void stop() {
        app.close();
        slack.close();
    }

    @BeforeEach
    void settle() throws InterruptedException {
        Thread.sleep(50);
    }

    @Test
    void answers_slacks_url_verification_challenge() throws Exception {
        HttpResponse<String> response = post(fixture("01_url_verification.json"), "application/json", 0);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(JsonPath.<String>read(fixture("01_url_verification.json"), "$.challenge"));
    }

    @Test
    void a_signed_request_sent_in_chunks_without_a_declared_length_is_verified_and_answered() throws Exception {
        String body = fixture("01_url_verification.json");
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri())
                        .header("Content-Type", "application/json")
                        .header("X-Slack-Request-Timestamp", timestamp)
                        .header("X-Slack-Signature", signature.sign(timestamp, bytes))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(JsonPath.<String>read(body, "$.challenge"));
    }

    @Test
    void refuses_forged_stale_and_future_dated_requests_with_401_before_anything_reaches_slack() throws Exception {
        String body = fixture("08_event_app_mention.json");
        int before = slack.calls().size();

        HttpResponse<String> forged =
                send(body, "application/json", String.valueOf(Instant.now().getEpochSecond()), "v0=" + "ab".repeat(32));
        HttpResponse<String> stale = post(body, "application/json", -400);
        HttpResponse<String> future = post(body, "application/json", 400);
        HttpResponse<String> unsigned = http.send(
                HttpRequest.newBuilder(uri())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(List.of(forged.statusCode(), stale.statusCode(), future.statusCode(), unsigned.statusCode()))
                .containsOnly(401);
        Thread.sleep(300);
        assertThat(slack.calls()).hasSize(before);
    }

    @Test
    void a_slash_command_is_acknowledged_at_once_and_answered_through_the_response_url() throws Exception {
        String body = fixture("02_slash_command.form-urlencoded.txt")
                .replace("command=%2Ftest", "command=%2Fsamverkan")
                .replace("user_id=testUserId", "user_id=U234")
                .replace(
                        "text=&",
                        "text=" + URLEncoder.encode("vem representerar Sundsvall i HälSam?", StandardCharsets.UTF_8)
                                + "&")
                .replaceAll(
                        "response_url=[^&]+",
                        "response_url=" + URLEncoder.encode(slack.responseUrl("command-1"), StandardCharsets.UTF_8));

        long started = System.nanoTime();
        HttpResponse<String> ack = post(body, "application/x-www-form-urlencoded", 0);
        long ackMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ackMillis).as("acknowledged well within Slack's 3 seconds").isLessThan(3000);
        String answer = awaitResponse("/response/command-1");
        assertThat(JsonPath.<String>read(answer, "$.text")).contains("Sundsvalls kommun representeras i HälSam");
        assertThat(JsonPath.<String>read(answer, "$.response_type")).isEqualTo("ephemeral");
        assertThat(JsonPath.<List<Object>>read(answer, "$.blocks")).isNotEmpty();
    }

    @Test
    void a_mention_in_a_channel_is_answered_in_its_thread_without_the_mention_and_a_retry_is_answered_once()
            throws Exception {
        String body = fixture("08_event_app_mention.json")
                .replace("<@U123> test", "<@U123> hur ofta träffas länssamordningsgrupperna?");

        post(body, "application/json", 0);
        HttpResponse<String> retry = send(
                body,
                "application/json",
                null,
                null,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        assertThat(retry.statusCode()).isEqualTo(200);

        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 1);
        Thread.sleep(500);
        List<FakeSlackApi.Call> answers = slack.calls("chat.postMessage").stream()
                .filter(c -> "C123".equals(c.params().get("channel")))
                .toList();
        assertThat(answers).hasSize(1);
        assertThat(answers.getFirst().params()).containsEntry("thread_ts", "1583636399.000700");
        assertThat(answers.getFirst().params().get("text"))
                .contains("5 gånger per år")
                .doesNotContain("<@U123>");
        assertThat(posts).isNotEmpty();
    }

    @Test
    void a_direct_message_from_someone_known_by_email_only_is_answered_for_that_person_with_markup_escaped()
            throws Exception {
        String body = fixture("07_event_message_im.json")
                .replace("\"text\": \"Hello\"", "\"text\": \"mina forum\"")
                .replace("\"event_id\": \"eventId\"", "\"event_id\": \"Ev-dm-1\"");
        HttpResponse<String> first = post(body, "application/json", 0);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        app.getBean(Core.class)
                .scheduleMeetings()
                .create(
                        "slacktest",
                        "grupp",
                        Instant.now().plus(Duration.ofDays(40)),
                        null,
                        null,
                        null,
                        DeadlineTemplate.standard());
        String injection = fixture("07_event_message_im.json")
                .replace(
                        "\"text\": \"Hello\"",
                        "\"text\": \"nytt ärende till testgruppen: <!channel> och <@U999> titta hit\"")
                .replace("\"event_id\": \"eventId\"", "\"event_id\": \"Ev-dm-2\"");
        post(injection, "application/json", 0);

        assertThat(awaitPosts("channelId", "Du sitter i:", 1))
                .singleElement()
                .satisfies(answer -> assertThat(answer.params().get("text")).contains("Testgruppen – ledamot"));
        List<FakeSlackApi.Call> receipt = awaitPosts("channelId", "Tack! Ditt ärende", 1);
        assertThat(receipt).singleElement().satisfies(answer -> {
            assertThat(answer.params().get("text"))
                    .contains("\"@channel och &lt;@U999&gt; titta hit\"")
                    .doesNotContain("<!channel>", "<@U999>");
            assertThat(answer.params().get("blocks")).doesNotContain("<!channel>", "<@U999>");
        });
        assertThat(slack.calls("users.info"))
                .extracting(c -> c.params().get("user"))
                .contains("userId");
        assertThat(app.getBean(RegisterDirectory.class).person("slacktest", "lena"))
                .as("reminders now reach her on Slack")
                .contains(new Recipient(Platform.SLACK, "userId", "lena"));
    }

    @Test
    void opening_the_app_home_publishes_the_persons_forums_meetings_and_items() throws Exception {
        post(
                fixture("09_event_app_home_opened.json").replace("\"user\":\"U12345678\"", "\"user\":\"U234\""),
                "application/json",
                0);

        FakeSlackApi.Call publish = slack.await("views.publish", 1).getLast();
        assertThat(publish.params().get("user_id")).isEqualTo("U234");
        assertThat(publish.params().get("view"))
                .contains("\"type\":\"home\"", "Mina forum", "Testgruppen", "Att granska");
    }

    @Test
    void the_message_shortcut_opens_the_agenda_form_filled_from_the_message() throws Exception {
        String payload = fixture("06_message_action_shortcut.json")
                .replace("\"callback_id\": \"chirp_message\"", "\"callback_id\": \"add_to_agenda\"")
                .replace("\"id\": \"U0D15K92L\"", "\"id\": \"U234\"");
        post("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), "application/x-www-form-urlencoded", 0);

        FakeSlackApi.Call open = slack.await("views.open", 1).getLast();
        assertThat(open.params().get("trigger_id"))
                .isEqualTo("13345224609.8534564800.6f8ab1f53e13d0cd15f96106292d5536");
        assertThat(open.params().get("view"))
                .contains(
                        "\"callback_id\":\"agenda_item\"",
                        "smallest big cat! https://youtube.com/watch?v",
                        "Testgruppen (Slacktest)")
                .doesNotContain("\\u003chttps");
    }

    @Test
    void submitting_the_agenda_form_creates_the_item_once_and_sends_the_receipt_by_direct_message() throws Exception {
        app.getBean(Core.class)
                .scheduleMeetings()
                .create(
                        "slacktest",
                        "grupp",
                        Instant.now().plus(Duration.ofDays(40)).truncatedTo(java.time.temporal.ChronoUnit.DAYS),
                        null,
                        null,
                        null,
                        DeadlineTemplate.standard());
        String payload = JsonPath.parse(fixture("05_view_submission.json"))
                .set("$.view.callback_id", "agenda_item")
                .set("$.view.id", "V-form-1")
                .set("$.user.id", "U234")
                .set(
                        "$.view.state.values",
                        Map.of(
                                "forum",
                                        Map.of(
                                                "forum",
                                                Map.of(
                                                        "type",
                                                        "static_select",
                                                        "selected_option",
                                                        Map.of("value", "slacktest/grupp"))),
                                "title",
                                        Map.of(
                                                "title",
                                                Map.of("type", "plain_text_input", "value", "Budget – nästa år")),
                                "description",
                                        Map.of(
                                                "description",
                                                Map.of("type", "plain_text_input", "value", "Underlag kommer")),
                                "kind",
                                        Map.of(
                                                "kind",
                                                Map.of(
                                                        "type",
                                                        "static_select",
                                                        "selected_option",
                                                        Map.of("value", "samrad")))))
                .jsonString();
        String form = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);

        assertThat(post(form, "application/x-www-form-urlencoded", 0).statusCode())
                .isEqualTo(200);
        assertThat(post(form, "application/x-www-form-urlencoded", 0).statusCode())
                .isEqualTo(200);

        assertThat(awaitPosts("U234", "Ditt ärende", 1)).hasSize(1);
        Thread.sleep(300);
        assertThat(awaitPosts("U234", "Ditt ärende", 1))
                .as("Slack's retry is acknowledged, not answered a second time")
                .hasSize(1);
        assertThat(app.getBean(AgendaItems.class).ofSubmitter("sara"))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.title()).as("typed as written").isEqualTo("Budget – nästa år");
                    assertThat(item.description()).isEqualTo("Underlag kommer");
                    assertThat(item.kind()).isEqualTo(ItemKind.CONSULTATION);
                    assertThat(item.requestId()).isEqualTo("view:V-form-1");
                });
    }

    @Test
    void a_button_press_carries_out_the_command_it_carries_and_is_answered_through_its_response_url() throws Exception {
        String payload = JsonPath.parse(fixture("04_block_actions_button_with_state.json"))
                .set("$.actions[0].action_id", "samverkan_choice_0")
                .set(
                        "$.actions[0].value",
                        ActionCodec.encode(new Command.Ask("Vem representerar Timrå?", null), Language.SWEDISH))
                .set("$.user.id", "U234")
                .set("$.response_url", slack.responseUrl("button-1"))
                .jsonString();

        post("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), "application/x-www-form-urlencoded", 0);

        assertThat(JsonPath.<String>read(awaitResponse("/response/button-1"), "$.text"))
                .contains("Timrå kommun representeras");
    }

    @Test
    void reminders_go_out_with_the_delivery_key_honour_429_and_can_be_found_again() throws Exception {
        PlatformMessenger messenger = app.getBeansOfType(PlatformMessenger.class).values().stream()
                .filter(m -> m.platform() == Platform.SLACK)
                .findFirst()
                .orElseThrow();
        Recipient sara = new Recipient(Platform.SLACK, "U234", "sara");
        Reply reminder = Reply.plain("Påminnelse: möte i Testgruppen <!here>", Language.SWEDISH);

        slack.rateLimitNextPostsTo("U234", 1);
        try {
            messenger.send(sara, reminder, "key-429");
            throw new AssertionError("expected a rate limit");
        } catch (OutboundMessenger.RateLimited limited) {
            assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        }
        String id = sendWhenAllowed(messenger, new Recipient(Platform.SLACK, "U777", "x"), reminder, "key-1");

        FakeSlackApi.Call post = slack.calls("chat.postMessage").getLast();
        assertThat(post.params().get("metadata")).contains("samverkan_delivery", "key-1");
        assertThat(post.params().get("text")).contains("&lt;!here&gt;");
        assertThat(messenger.findDelivered(new Recipient(Platform.SLACK, "U777", "x"), "key-1"))
                .hasValue(id);
        assertThat(messenger.findDelivered(new Recipient(Platform.SLACK, "U777", "x"), "key-unknown"))
                .isEmpty();
    }

    @Test
    void ships_a_slack_app_manifest_with_the_command_shortcut_events_and_scopes() throws IOException {
        String manifest = Files.readString(Path.of("slack/manifest.json"));

        assertThat(JsonPath.<List<String>>read(manifest, "$.features.slash_commands[*].command"))
                .containsExactly("/samverkan");
        assertThat(JsonPath.<String>read(manifest, "$.features.slash_commands[0].usage_hint"))
                .contains("anteckna <möte>", "närvaro <möte>", "svara <uppföljning>");
        assertThat(JsonPath.<List<String>>read(manifest, "$.features.shortcuts[*].callback_id"))
                .containsExactly("add_to_agenda");
        assertThat(JsonPath.<List<String>>read(manifest, "$.settings.event_subscriptions.bot_events"))
                .contains("app_mention", "message.im", "app_home_opened");
        assertThat(JsonPath.<List<String>>read(manifest, "$.oauth_config.scopes.bot"))
                .contains("chat:write", "commands", "users:read.email", "im:history");
    }

    private String sendWhenAllowed(PlatformMessenger messenger, Recipient to, Reply message, String key)
            throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            try {
                return messenger.send(to, message, key);
            } catch (OutboundMessenger.RateLimited limited) {
                Thread.sleep(Math.min(limited.retryAfter().toMillis(), 200));
            }
        }
        throw new AssertionError("never allowed to send");
    }

    private List<FakeSlackApi.Call> awaitPosts(String channel, String containing, int count)
            throws InterruptedException {
        List<FakeSlackApi.Call> posts = List.of();
        for (int i = 0; i < 100 && posts.size() < count; i++) {
            Thread.sleep(50);
            posts = slack.calls("chat.postMessage").stream()
                    .filter(c -> channel.equals(c.params().get("channel"))
                            && c.params().getOrDefault("text", "").contains(containing))
                    .toList();
        }
        return posts;
    }

    private String awaitResponse(String path) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var found = slack.calls("response_url").stream()
                    .filter(c -> path.equals(c.params().get("path")))
                    .findFirst();
            if (found.isPresent()) {
                return found.get().body();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing was posted to " + path);
    }

    private HttpResponse<String> post(String body, String contentType, long skewSeconds)
            throws IOException, InterruptedException {
        String timestamp = String.valueOf(Instant.now().getEpochSecond() + skewSeconds);
        return send(body, contentType, timestamp, signature.sign(timestamp, body.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(String body, String contentType, String timestamp, String signed)
            throws IOException, InterruptedException {
        return send(body, contentType, timestamp, signed, Map.of());
    }

    private HttpResponse<String> send(
            String body, String contentType, String timestamp, String signed, Map<String, String> headers)
            throws IOException, InterruptedException {
        if (timestamp == null) {
            timestamp = String.valueOf(Instant.now().getEpochSecond());
            signed = signature.sign(timestamp, body.getBytes(StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri())
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signed)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri() {
        return URI.create(
                "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/slack/events");
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = SlackIntegrationTest.class.getResourceAsStream("/protocol-fixtures/slack/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Slack sends compact bodies without a trailing newline; the files end with one.
            return (text.startsWith("\uFEFF") ? text.substring(1) : text).strip();
        }
    }
}
