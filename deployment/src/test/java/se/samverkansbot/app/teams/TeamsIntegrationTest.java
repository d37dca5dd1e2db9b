package se.samverkansbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansbot.app.SamverkansbotApplication;
import se.samverkansbot.chat.ActionCodec;
import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.ConversationAddress;
import se.samverkansbot.chat.ConversationReferences;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.Sender;
import se.samverkansbot.chat.UserAction;
import se.samverkansbot.register.Language;
import se.samverkansbot.reminder.PlatformMessenger;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.RegisterDirectory;

/**
 * The running app as Teams sees it: the recorded activities of shared/protocol-fixtures/teams posted over HTTP
 * with tokens signed by locally generated keys served from a local OpenID endpoint; replies land in a local
 * Bot Connector (the activities' serviceUrl points at it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsIntegrationTest {
    static final String APP_ID = "4f3b0e0a-1111-2222-3333-444455556666";
    private static final String STRUCTURE = """
            structure: {id: teamstest, name: Teamstest}
            people:
              - {id: lena, name: Lena Ledamot, email: lena@example.se}
              - {id: olle, name: Olle Ombud, email: olle@example.se}
            forums:
              - {id: grupp, name: Testgruppen, level: working-group}
            seats:
              - {id: s1, forum: grupp, role: member, person: lena}
              - {id: s2, forum: grupp, role: deputy, person: olle}
            """;

    private LocalBotFramework botFramework;
    private ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws IOException {
        botFramework = new LocalBotFramework();
        Path dataDir = Files.createTempDirectory("teams-it");
        Path structures = Files.createTempDirectory("teams-structures");
        Files.writeString(structures.resolve("teamstest.yaml"), STRUCTURE);
        app = new SpringApplicationBuilder(SamverkansbotApplication.class, FixedTokenCredentials.class)
                .run(
                        "--server.port=0",
                        "--samverkan.data-dir=" + dataDir,
                        "--samverkan.structures.directory=" + structures,
                        "--samverkan.teams.app-id=" + APP_ID,
                        "--samverkan.teams.app-password=secret",
                        "--samverkan.teams.open-id-metadata-url=" + botFramework.metadataUrl(),
                        "--samverkan.reminders.tick=PT1H",
                        "--samverkan.inbox.tick=PT0.2S");
    }

    @AfterAll
    void stop() {
        app.close();
        botFramework.close();
    }

    @Test
    void answers_a_personal_message_with_an_adaptive_card_and_text_through_the_connector() throws Exception {
        String activity =
                activity("01_message_personal.recording.json", "Vem representerar Sundsvall i HälSam?", "personal-1");
        int before = botFramework.sent.size();

        HttpResponse<String> response = post(activity, validToken());

        assertThat(response.statusCode()).isIn(200, 202);
        LocalBotFramework.Sent reply = awaitReply("/v3/conversations/a:1VF4K2uXl", before);
        assertThat(JsonPath.<String>read(reply.body(), "$.attachments[0].contentType"))
                .isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(JsonPath.<String>read(reply.body(), "$.attachments[0].content.version"))
                .isEqualTo("1.5");
        assertThat(cardText(reply)).contains("Sundsvalls kommun representeras i HälSam");
        assertThat(JsonPath.<String>read(reply.body(), "$.summary"))
                .startsWith("Sundsvalls kommun representeras i HälSam");
        assertThat(JsonPath.parse(reply.body()).read("$", java.util.Map.class))
                .as("no separate text message beside the card")
                .doesNotContainKey("text");
        assertThat(app.getBean(ConversationReferences.class)
                        .personal(Platform.TEAMS, "6d415fdd-f97e-4f70-ac45-e69601e4ecb2"))
                .isPresent();
    }

    @Test
    void strips_its_own_mention_in_a_channel() throws Exception {
        String activity = JsonPath.parse(body("02_message_channel_at_mention.recording.json"))
                .set("$.text", "<at>My Combined</at> vad betyder VVU?")
                .set("$.serviceUrl", botFramework.serviceUrl())
                .set("$.id", "channel-1")
                .jsonString();
        int before = botFramework.sent.size();

        assertThat(post(activity, validToken()).statusCode()).isIn(200, 202);

        LocalBotFramework.Sent reply = awaitReply("/v3/conversations/19:097e6717fd7245bdbeba6baa138", before);
        assertThat(cardText(reply)).contains("VVU: Vårdvalsutskottet");
    }

    @Test
    void a_card_button_carries_out_the_command_it_carries_and_a_repeated_activity_is_answered_once() throws Exception {
        String activity = JsonPath.parse(body("03_message_card_submit_value_channel.recording.json"))
                .set(
                        "$.value",
                        java.util.Map.of(
                                "samverkan",
                                ActionCodec.encode(
                                        new Command.Ask("Hur ofta träffas länssamordningsgrupperna?", null),
                                        Language.SWEDISH)))
                .set("$.serviceUrl", botFramework.serviceUrl())
                .set("$.id", "submit-1")
                .jsonString();
        int before = botFramework.sent.size();

        post(activity, validToken());
        post(activity, validToken());

        assertThat(cardText(awaitReply("/v3/conversations/19:097e6717fd7245bdbeba6baa138", before)))
                .contains("5 gånger per år");
        String key = "TEAMS:teams:" + JsonPath.read(activity, "$.conversation.id") + "|submit-1";
        awaitDone(key);
        assertThat(app.getBean(InboundRequests.class).byKey(key))
                .as("the repeat was only acknowledged, never taken up as work")
                .hasValueSatisfying(request -> assertThat(request.attempts()).isOne());
        List<LocalBotFramework.Sent> all = List.copyOf(botFramework.sent);
        assertThat(all.subList(before, all.size())).hasSize(1);
    }

    /** The stored request is done: its answer was sent. */
    private void awaitDone(String key) throws InterruptedException {
        InboundRequests requests = app.getBean(InboundRequests.class);
        for (int i = 0; i < 100; i++) {
            if (requests.byKey(key)
                    .filter(request -> request.status() == InboundRequest.Status.DONE)
                    .isPresent()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("request " + key + " is not done: " + requests.byKey(key));
    }

    @Test
    void keeps_the_conversation_reference_when_the_bot_is_added_to_a_team() throws Exception {
        String activity = JsonPath.parse(body("04_conversationUpdate_teamMemberAdded.recording.json"))
                .set("$.serviceUrl", botFramework.serviceUrl())
                .jsonString();

        assertThat(post(activity, validToken()).statusCode()).isIn(200, 202);

        String conversation = JsonPath.read(activity, "$.conversation.id");
        assertThat(app.getBean(ConversationReferences.class).conversation(Platform.TEAMS, conversation))
                .isPresent();
    }

    @Test
    void refuses_expired_wrongly_addressed_wrongly_issued_wrongly_signed_unendorsed_and_missing_tokens()
            throws Exception {
        String activity = activity("01_message_personal.recording.json", "hej", "refused-1");
        String url = botFramework.serviceUrl();
        int before = botFramework.sent.size();

        List<String> refused = List.of(
                botFramework.token(
                        botFramework.teamsKey,
                        "teams-key",
                        LocalBotFramework.ISSUER,
                        APP_ID,
                        url,
                        Instant.now().minusSeconds(3600)),
                botFramework.token(
                        botFramework.teamsKey,
                        "teams-key",
                        LocalBotFramework.ISSUER,
                        "someone-else",
                        url,
                        Instant.now().plusSeconds(600)),
                botFramework.token(
                        botFramework.teamsKey,
                        "teams-key",
                        "https://evil.example",
                        APP_ID,
                        url,
                        Instant.now().plusSeconds(600)),
                botFramework.token(
                        botFramework.unknownKey,
                        "teams-key",
                        LocalBotFramework.ISSUER,
                        APP_ID,
                        url,
                        Instant.now().plusSeconds(600)),
                botFramework.token(
                        botFramework.otherChannelKey,
                        "other-key",
                        LocalBotFramework.ISSUER,
                        APP_ID,
                        url,
                        Instant.now().plusSeconds(600)),
                botFramework.token(
                        botFramework.teamsKey,
                        "teams-key",
                        LocalBotFramework.ISSUER,
                        APP_ID,
                        "https://elsewhere.example/",
                        Instant.now().plusSeconds(600)),
                "Bearer not-a-jwt");

        for (String token : refused) {
            assertThat(post(activity, token).statusCode())
                    .as(token.substring(0, Math.min(40, token.length())))
                    .isIn(401, 403);
        }
        assertThat(post(activity, null).statusCode()).isEqualTo(401);
        Thread.sleep(300);
        assertThat(botFramework.sent).hasSize(before);
        assertThat(app.getBean(InboundRequests.class)
                        .byKey("TEAMS:teams:" + JsonPath.read(activity, "$.conversation.id") + "|refused-1"))
                .as("a refused activity is not stored either")
                .isEmpty();
    }

    @Test
    void a_message_whose_worker_was_killed_is_answered_by_the_running_apps_recovery_loop_once_its_lease_has_passed()
            throws Exception {
        int first = botFramework.sent.size();
        post(activity("01_message_personal.recording.json", "hej", "before-the-kill"), validToken());
        awaitReply("/v3/conversations/a:1VF4K2uXl", first);
        ConversationReferences.Stored chat = app.getBean(ConversationReferences.class)
                .personal(Platform.TEAMS, "6d415fdd-f97e-4f70-ac45-e69601e4ecb2")
                .orElseThrow();
        // As a process killed after the 202 leaves it: stored and claimed, its lease (a minute) run out long ago.
        InboundMessage message = new InboundMessage(
                new Sender(Platform.TEAMS, "6d415fdd-f97e-4f70-ac45-e69601e4ecb2", null, "Tien Suwandy"),
                new ConversationAddress(Platform.TEAMS, chat.conversationId(), null, true),
                new UserAction.Said("vad betyder VVU?"),
                "sv-SE",
                "teams:" + chat.conversationId() + "|killed-1");
        int before = botFramework.sent.size();

        app.getBean(InboundRequests.class)
                .receive(
                        message,
                        Map.of("reference", chat.reference()),
                        "a-killed-process",
                        Instant.now().minus(Duration.ofMinutes(5)),
                        Duration.ofMinutes(1));

        assertThat(cardText(awaitReply("/v3/conversations/a:1VF4K2uXl", before)))
                .contains("VVU: Vårdvalsutskottet");
        awaitDone(InboundRequest.keyOf(message));
        assertThat(app.getBean(InboundRequests.class).byKey(InboundRequest.keyOf(message)))
                .as("taken over once")
                .hasValueSatisfying(request -> assertThat(request.attempts()).isEqualTo(2));
        List<LocalBotFramework.Sent> all = List.copyOf(botFramework.sent);
        assertThat(all.subList(before, all.size())).as("answered once").hasSize(1);
    }

    @Test
    void refuses_the_recorded_2019_tokens_of_the_fixtures() throws Exception {
        for (String fixture :
                List.of("01_message_personal.recording.json", "02_message_channel_at_mention.recording.json")) {
            String recording = fixture(fixture);
            String token = JsonPath.read(recording, "$.headers.authorization");
            String activity = JsonPath.parse(body(fixture))
                    .set("$.serviceUrl", botFramework.serviceUrl())
                    .jsonString();
            assertThat(post(activity, token).statusCode()).as(fixture).isIn(401, 403);
        }
    }

    @Test
    void sends_reminders_proactively_to_a_conversation_it_knows() throws Exception {
        int first = botFramework.sent.size();
        post(activity("01_message_personal.recording.json", "hej", "proactive-1"), validToken());
        awaitReply("/v3/conversations/a:1VF4K2uXl", first);
        PlatformMessenger messenger = app.getBeansOfType(PlatformMessenger.class).values().stream()
                .filter(m -> m.platform() == Platform.TEAMS)
                .findFirst()
                .orElseThrow();
        String conversation = app.getBean(ConversationReferences.class)
                .personal(Platform.TEAMS, "6d415fdd-f97e-4f70-ac45-e69601e4ecb2")
                .orElseThrow()
                .conversationId();
        int before = botFramework.sent.size();

        String id = messenger.send(
                new Recipient(Platform.TEAMS, conversation, "x"),
                Reply.plain("Påminnelse: möte i Länsledning", Language.SWEDISH),
                "k");

        assertThat(id).startsWith(conversation + "/activity-");
        assertThat(botFramework.sent.subList(before, botFramework.sent.size()))
                .singleElement()
                .satisfies(sent -> assertThat(cardText(sent)).isEqualTo("Påminnelse: möte i Länsledning"));
    }

    @Test
    void ships_a_teams_app_manifest_with_the_bot_and_its_commands() throws IOException {
        String manifest = Files.readString(Path.of("teams/manifest.json"));

        assertThat(JsonPath.<String>read(manifest, "$.manifestVersion")).isEqualTo("1.19");
        assertThat(JsonPath.<List<String>>read(manifest, "$.bots[0].scopes"))
                .containsExactly("personal", "team", "groupChat");
        assertThat(JsonPath.<List<Object>>read(manifest, "$.bots[0].commandLists[0].commands"))
                .isNotEmpty();
        // The cards after the meeting are opened by these commands, in personal chats and in teams alike; Teams
        // takes at most ten commands per list.
        for (int list = 0; list < 2; list++) {
            assertThat(JsonPath.<List<String>>read(manifest, "$.bots[0].commandLists[" + list + "].commands[*].title"))
                    .contains("anteckna", "närvaro", "svara")
                    .hasSizeLessThanOrEqualTo(10);
        }
        assertThat(Files.exists(Path.of("teams/color.png"))).isTrue();
        assertThat(Files.exists(Path.of("teams/outline.png"))).isTrue();
    }

    @Test
    void a_minutes_card_with_a_problem_for_an_unknown_meeting_is_refused_and_a_complete_one_reaches_the_core_typed()
            throws Exception {
        botFramework.member("29:lena-minutes", "aad-lena-minutes", "lena@example.se", "lena@example.se");
        java.util.Map<String, String> missingText = new java.util.LinkedHashMap<>();
        missingText.put("samverkanForm", "minutes-item");
        missingText.put("meeting", "teamstest/grupp/2027-01-07T0900");
        missingText.put("item", "A-7K3PQ");
        missingText.put("outcome", "recommendation");
        missingText.put("note", "Det som skrevs");
        int before = botFramework.sent.size();

        post(minutesSubmission(missingText, "minutes-1"), validToken());

        String again = JsonPath.parse(
                        awaitReply("/v3/conversations/a:1VF4K2uXl", before).body())
                .read("$.attachments[0].content")
                .toString();
        assertThat(again)
                .as("a meeting that does not exist: no card to fill in, the core's refusal in her language")
                .contains("Jag hittar inget sådant möte.");

        missingText.put("text", "Gruppen rekommenderar huvudmännen att anta riktlinjen.");
        before = botFramework.sent.size();
        post(minutesSubmission(missingText, "minutes-2"), validToken());

        assertThat(cardText(awaitReply("/v3/conversations/a:1VF4K2uXl", before)))
                .as("the typed form reached the core, which knows no such meeting")
                .contains("Jag hittar inget sådant möte.");
    }

    private String minutesSubmission(java.util.Map<String, String> value, String id) throws IOException {
        return JsonPath.parse(body("01_message_personal.recording.json"))
                .set("$.text", null)
                .put("$", "value", value)
                .set("$.from.id", "29:lena-minutes")
                .set("$.from.aadObjectId", "aad-lena-minutes")
                .set("$.serviceUrl", botFramework.serviceUrl())
                .set("$.id", id)
                .jsonString();
    }

    @Test
    void
            knows_someone_without_an_aad_id_in_the_register_by_the_email_the_roster_gives_asking_once_and_reminds_them_there()
                    throws Exception {
        botFramework.member("29:lena-teams-id", "aad-lena", "lena@example.se", "lena.ledamot@example.se");
        botFramework.member("29:olle-teams-id", "aad-olle", null, "olle@example.se");
        int lookups = botFramework.rosterLookups.get();

        for (String[] user : List.of(
                new String[] {"29:lena-teams-id", "aad-lena", "email-1"},
                new String[] {"29:lena-teams-id", "aad-lena", "email-2"},
                new String[] {"29:olle-teams-id", "aad-olle", "email-3"})) {
            int before = botFramework.sent.size();
            String activity = JsonPath.parse(activity("01_message_personal.recording.json", "mina forum", user[2]))
                    .set("$.from.id", user[0])
                    .set("$.from.aadObjectId", user[1])
                    .jsonString();
            assertThat(post(activity, validToken()).statusCode()).isIn(200, 202);
            String answer = cardText(awaitReply("/v3/conversations/a:1VF4K2uXl", before));
            assertThat(answer)
                    .as(user[2])
                    .contains("Du sitter i:")
                    .contains(user[1].equals("aad-lena") ? "Testgruppen – ledamot" : "Testgruppen – ersättare");
        }
        assertThat(botFramework.rosterLookups.get() - lookups)
                .as("one look-up per person")
                .isEqualTo(2);
        assertThat(app.getBean(RegisterDirectory.class).person("teamstest", "lena"))
                .as("reminders now reach her one-to-one chat")
                .filteredOn(recipient -> recipient.platform() == Platform.TEAMS)
                .extracting(Recipient::address)
                .singleElement()
                .asString()
                .startsWith("a:1VF4K2uXl");
    }

    /** What the reader gets: the card's full text (its fallback), the same words the card shows. */
    private static String cardText(LocalBotFramework.Sent sent) {
        return JsonPath.read(sent.body(), "$.attachments[0].content.fallbackText");
    }

    private String validToken() {
        return botFramework.token(
                botFramework.teamsKey,
                "teams-key",
                LocalBotFramework.ISSUER,
                APP_ID,
                botFramework.serviceUrl(),
                Instant.now().plusSeconds(600));
    }

    private String activity(String fixture, String text, String id) throws IOException {
        DocumentContext activity = JsonPath.parse(body(fixture));
        return activity.set("$.text", text)
                .set("$.serviceUrl", botFramework.serviceUrl())
                .set("$.id", id)
                .jsonString();
    }

    /** The first activity sent to this conversation after the first {@code after} sent ones. */
    private LocalBotFramework.Sent awaitReply(String pathStart, int after) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<LocalBotFramework.Sent> all = List.copyOf(botFramework.sent);
            for (LocalBotFramework.Sent sent : all.subList(Math.min(after, all.size()), all.size())) {
                if (sent.path().startsWith(pathStart)) {
                    return sent;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no reply to " + pathStart + " among "
                + botFramework.sent.stream().map(LocalBotFramework.Sent::path).toList());
    }

    private HttpResponse<String> post(String activity, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity));
        if (token != null) {
            request.header("Authorization", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String body(String fixture) throws IOException {
        String json = fixture(fixture);
        return JsonPath.parse(json).read("$.body", Object.class) instanceof java.util.Map<?, ?> map
                ? JsonPath.parse(map).jsonString()
                : json;
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = TeamsIntegrationTest.class.getResourceAsStream("/protocol-fixtures/teams/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
