package se.samverkansbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.ItemKind;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.chat.ActionCodec;
import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.DurableInbox;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.store.mongo.MongoInboundRequests;
import se.samverkansbot.store.mongo.MongoPlatformAccounts;
import se.samverkansbot.testing.AnswerLostRequests;
import se.samverkansbot.testing.ForwardingInboundRequests;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/**
 * The Slack adapter on its own, in Bolt's "test locally" style: the real Bolt app with the bot's handlers is given
 * real-shaped requests (the shared protocol fixtures, adapted) in-process, and every Web API call the real Slack
 * client makes lands in a local fake. No application is booted and nothing is signed: signatures are the servlet
 * filter's job, tested with the application. Olle (UOLLE, chair) and Lena (ULENA, member, English) sit in Gruppen.
 */
class SlackBotTest {
    private static final Register REGISTER = new Register(List.of(new StructureFileReader().read("test.yaml", """
            structure: {id: test, name: Testsamverkan}
            parties:
              - {id: stad, name: Teststad, kind: municipality, principal: true}
            people:
              - {id: ordf, name: Olle Ordförande, slackUserId: UOLLE}
              - {id: led, name: Lena Ledamot, slackUserId: ULENA, language: en}
            forums:
              - {id: grupp, name: Gruppen, level: county-coordination}
            seats:
              - {id: s1, forum: grupp, role: chair, person: ordf}
              - {id: s3, forum: grupp, role: member, person: led}
            """)));

    private static final Duration LEASE = Duration.ofMinutes(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final TestCore core = TestCore.of(REGISTER, SmallForum.DIRECTORY, clock);
    private FakeSlackApi slack;
    private AppConfig appConfig;
    private com.mongodb.client.MongoDatabase database;
    private App app;
    private SlackRequestParser parser;

    @BeforeEach
    void slackApp() throws IOException {
        slack = new FakeSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        Slack client = Slack.getInstance(config);
        appConfig = AppConfig.builder()
                .singleTeamBotToken("xoxb-test")
                .signingSecret("secret")
                .requestVerificationEnabled(false)
                .slack(client)
                .build();
        database = InMemoryMongo.shared().freshDatabase();
        app = instance("first", new RunAtOnce(), new MongoInboundRequests(database))
                .app();
        parser = new SlackRequestParser(appConfig);
        core.aMeetingOfGruppen(Instant.parse("2027-01-07T08:00:00Z"));
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    /** One running instance of the bot: its own worker name, its own executor, the shared database. */
    private SlackBot instance(String worker, ExecutorService work, InboundRequests requests) {
        return SlackBot.create(
                appConfig,
                core.core(),
                new DurableInbox(requests, Platform.SLACK, worker, LEASE, 3, clock),
                work,
                new SlackIdentities(
                        appConfig.getSlack().methods("xoxb-test"), new MongoPlatformAccounts(database, clock)),
                "/samverkan",
                clock);
    }

    @Test
    void an_event_acknowledged_by_an_instance_that_dies_before_the_work_is_done_by_another_after_the_lease()
            throws Exception {
        SlackBot dying = instance("dying", new DiesAfterAck(), new MongoInboundRequests(database));
        SlackBot other = instance("other", new RunAtOnce(), new MongoInboundRequests(database));
        String event = directMessage("ULENA", "Ev-crash-1", "new item for Gruppen: Follow-up of SIP (uppföljning)");

        assertThat(run(dying.app(), "application/json", event).getStatusCode()).isEqualTo(200);
        assertThat(core.items().ofSubmitter("led"))
                .as("acknowledged, then the process died")
                .isEmpty();

        assertThat(other.recover()).as("the lease still holds").isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(other.recover()).isOne();

        assertThat(core.items().ofSubmitter("led"))
                .singleElement()
                .satisfies(item -> assertThat(item.title()).isEqualTo("Follow-up of SIP"));
        assertThat(slack.await("chat.postMessage", 1))
                .singleElement()
                .satisfies(call -> assertThat(call.params().get("text")).startsWith("Thank you! Your item"));
        clock.advance(LEASE.multipliedBy(3));
        assertThat(other.recover()).as("done once, never again").isZero();
    }

    @Test
    void an_answer_posted_by_an_instance_that_died_before_marking_it_done_is_not_posted_again_by_the_next()
            throws Exception {
        SlackBot dying =
                instance("dying", new RunAtOnce(), new DiesBeforeMarkingDone(new MongoInboundRequests(database)));
        SlackBot other = instance("other", new RunAtOnce(), new MongoInboundRequests(database));
        String event = directMessage("ULENA", "Ev-crash-3", "new item for Gruppen: Rotas (information)");

        run(dying.app(), "application/json", event);
        assertThat(slack.await("chat.postMessage", 1))
                .as("answered, then the process died")
                .hasSize(1);

        clock.advance(LEASE.plusSeconds(1));
        assertThat(other.recover()).as("taken over after the lease").isOne();

        assertThat(core.items().ofSubmitter("led")).hasSize(1);
        assertThat(slack.calls("chat.postMessage"))
                .as("the answer was found in the conversation by its request key and not posted again")
                .hasSize(1);
        assertThat(slack.calls("conversations.history")).isNotEmpty();
        clock.advance(LEASE.multipliedBy(3));
        assertThat(other.recover()).as("marked done by the one that took over").isZero();
    }

    @Test
    void slacks_resend_of_an_event_whose_worker_died_is_done_and_a_resend_of_a_done_event_is_not() throws Exception {
        SlackBot dying = instance("dying", new DiesAfterAck(), new MongoInboundRequests(database));
        String event = directMessage("ULENA", "Ev-crash-2", "new item for Gruppen: Staffing (information)");
        run(dying.app(), "application/json", event);

        clock.advance(LEASE.plusSeconds(1)); // Slack resends after a minute when the ack never arrived
        assertThat(run("application/json", event).getStatusCode()).isEqualTo(200);
        assertThat(run("application/json", event).getStatusCode()).isEqualTo(200);

        assertThat(core.items().ofSubmitter("led")).hasSize(1);
        assertThat(slack.await("chat.postMessage", 1)).hasSize(1);
        Thread.sleep(200);
        assertThat(slack.calls("chat.postMessage"))
                .as("the done event is not answered again")
                .hasSize(1);
    }

    @Test
    void with_the_database_unreachable_the_command_is_acknowledged_within_the_timeout_and_told_nothing_was_saved()
            throws Exception {
        var server = new de.bwaldvogel.mongo.MongoServer(new de.bwaldvogel.mongo.backend.memory.MemoryBackend());
        var address = server.bind();
        Duration timeout = Duration.ofSeconds(1);
        try (var client = com.mongodb.client.MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(c -> c.connectTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS))
                .build())) {
            // The store was built while the database was there (the app started); then the database went away.
            InboundRequests gone = new MongoInboundRequests(client.getDatabase("samverkansbot"));
            server.shutdownNow();
            // The driver has seen it go, so nothing is sent: a request sent on a connection the database had just
            // closed would not be known to have written nothing (see the tests of a lost answer).
            while (client.getClusterDescription().getServerDescriptions().stream()
                    .anyMatch(description -> description.isOk())) {
                Thread.onSpinWait();
            }
            SlackBot cutOff = instance("cut-off", new RunAtOnce(), gone);
            String command = slashCommand("ULENA", "nytt ärende till Gruppen: Bemanning", "gone");

            long started = System.nanoTime();
            Response response = run(cutOff.app(), "application/x-www-form-urlencoded", command);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(took).isLessThan(timeout.plusSeconds(2));
            assertThat(JsonPath.<String>read(slack.awaitResponse("gone"), "$.text"))
                    .isEqualTo(
                            "Inget sparades — försök igen om en stund. / Nothing was saved — please try again in a moment.");
            assertThat(core.items().ofSubmitter("led")).isEmpty();
        }
    }

    @Test
    void a_command_stored_whose_answer_was_lost_is_found_by_its_key_and_answered_with_nothing_extra() throws Exception {
        InboundRequests answerLost = AnswerLostRequests.thenFound(new MongoInboundRequests(database));
        SlackBot bot = instance("lost", new RunAtOnce(), answerLost);

        Response response = run(
                bot.app(),
                "application/x-www-form-urlencoded",
                slashCommand("ULENA", "nytt ärende till Gruppen: Bemanning (information)", "lost"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(slack.awaitResponse("lost"), "$.text"))
                .startsWith("Tack! Ditt ärende")
                .doesNotContain("Nothing was saved", "Inget sparades", "don't know");
        assertThat(slack.calls("response_url")).as("one answer: the receipt").hasSize(1);
        assertThat(core.items().ofSubmitter("led")).hasSize(1);
    }

    @Test
    void
            a_command_stored_whose_answer_was_lost_while_the_database_went_away_is_told_it_is_not_known_never_nothing_saved()
                    throws Exception {
        InboundRequests stored = new MongoInboundRequests(database);
        SlackBot bot = instance("lost", new RunAtOnce(), AnswerLostRequests.thenAway(stored));

        Response response = run(
                bot.app(),
                "application/x-www-form-urlencoded",
                slashCommand("ULENA", "nytt ärende till Gruppen: Bemanning (information)", "unknown"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(slack.awaitResponse("unknown"), "$.text"))
                .isEqualTo("Jag vet inte säkert om det sparades — databasen svarade inte i tid. Skriv «mina ärenden»"
                        + " om en stund och se efter innan du försöker igen. / I don't know for sure whether it was"
                        + " saved — the database did not answer in time. Write «my items» in a moment and check"
                        + " before you try again.");
        assertThat(stored.byKey("SLACK:command:testTriggerId"))
                .as("it was stored: the recovery answers it after the lease")
                .isPresent();
    }

    @Test
    void a_submitted_form_becomes_one_item_with_its_fields_as_typed_even_when_slack_retries_it() throws Exception {
        String description = "Bakgrund: kolon, tankstreck – och radbrytningar.\n" + "x".repeat(2500);
        String submission = formSubmission("ULENA", "V-form-1", "Samråd om SIP – del 2", description, "samrad", "");

        assertThat(interaction(submission).getStatusCode()).isEqualTo(200);
        assertThat(interaction(submission).getStatusCode()).isEqualTo(200);

        assertThat(core.items().ofSubmitter("led")).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Samråd om SIP – del 2");
            assertThat(item.description()).isEqualTo(description);
            assertThat(item.kind()).isEqualTo(ItemKind.CONSULTATION);
        });
        List<FakeSlackApi.Call> receipts = slack.await("chat.postMessage", 1);
        assertThat(receipts)
                .as("the retry is acknowledged, not answered again")
                .singleElement()
                .satisfies(receipt -> {
                    assertThat(receipt.params().get("channel")).isEqualTo("ULENA");
                    assertThat(receipt.params().get("text")).startsWith("Thank you! Your item");
                });
    }

    @Test
    void a_signed_form_naming_a_forum_the_bot_does_not_know_is_answered_politely_and_stores_nothing() throws Exception {
        for (String forum : List.of("test/finns-inte", "okand/grupp", "test/grupp/extra")) {
            String submission = JsonPath.parse(formSubmission("ULENA", "V-" + forum, "Rubrik", "", "information", ""))
                    .set("$.view.state.values.forum.forum.selected_option.value", forum)
                    .jsonString();

            Response response = interaction(submission);

            assertThat(response.getStatusCode()).as(forum).isEqualTo(200);
            assertThat(response.getBody()).as(forum).contains("\"forum\"");
        }
        assertThat(core.items().ofSubmitter("led")).isEmpty();
    }

    @Test
    void a_form_that_breaks_the_limits_is_sent_back_with_field_errors_in_the_members_language() throws Exception {
        Response response =
                interaction(formSubmission("ULENA", "V-form-2", "x".repeat(201), "", "information", "ftp://x"));

        assertThat(JsonPath.<String>read(response.getBody(), "$.response_action"))
                .isEqualTo("errors");
        assertThat(JsonPath.<String>read(response.getBody(), "$.errors.title"))
                .isEqualTo("The title may be at most 200 characters.");
        assertThat(JsonPath.<String>read(response.getBody(), "$.errors.link"))
                .isEqualTo("The link must be a web address starting with https://");
        assertThat(core.items().ofSubmitter("led")).isEmpty();
    }

    @Test
    void a_button_carries_its_command_and_a_value_the_bot_never_gave_does_nothing() throws Exception {
        AgendaItem item = core.core()
                .submitAgendaItem()
                .submit(new se.samverkansbot.agenda.SubmitAgendaItem.Request(
                        "r1", "test", "grupp", "led", "Ett", null, null, null, null))
                .item();

        interaction(
                buttonPress("UOLLE", ActionCodec.encode(new Command.AcceptItem(item.id()), Language.SWEDISH), "b1"));
        interaction(buttonPress("UOLLE", "godkänn " + item.id(), "b2"));

        assertThat(core.items().byId(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(JsonPath.<String>read(slack.awaitResponse("b1"), "$.text")).contains("är godkänt för dagordningen");
        assertThat(JsonPath.<String>read(slack.awaitResponse("b2"), "$.text")).contains("känner jag inte igen");
    }

    @Test
    void the_home_tab_is_the_members_overview_from_the_core_in_her_language() throws Exception {
        String event = fixture("09_event_app_home_opened.json").replace("\"user\":\"U12345678\"", "\"user\":\"ULENA\"");

        assertThat(run("application/json", event).getStatusCode()).isEqualTo(200);

        FakeSlackApi.Call publish = slack.await("views.publish", 1).getFirst();
        assertThat(publish.params().get("user_id")).isEqualTo("ULENA");
        assertThat(publish.params().get("view"))
                .contains("My forums", "Gruppen", "My next meetings", "Thursday 7 January 2027 at 09:00", "My items");
    }

    @Test
    void the_bare_command_shows_what_this_person_may_do() throws Exception {
        String command = fixture("02_slash_command.form-urlencoded.txt")
                .replaceAll("(^|&)text=[^&]*", "$1text=")
                .replaceAll("(^|&)user_id=[^&]*", "$1user_id=UOLLE")
                .replaceAll("(^|&)command=[^&]*", "$1command=%2Fsamverkan")
                .replaceAll(
                        "(^|&)response_url=[^&]*",
                        "$1response_url=" + URLEncoder.encode(slack.responseUrl("help"), StandardCharsets.UTF_8));

        run("application/x-www-form-urlencoded", command);

        assertThat(JsonPath.<String>read(slack.awaitResponse("help"), "$.text"))
                .contains("Det här kan du göra:", "ärenden att granska", "publicera kallelse för Gruppen");
    }

    @Test
    void the_form_offers_the_forums_the_member_sits_in_and_the_kinds_in_her_language() {
        var view = new AgendaForm(core.core().itemForm(), core.core().askers(), clock)
                .view(core.core().askers().of("ULENA"), "Ett meddelande\nmed två rader");

        String json = com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(view);
        assertThat(json)
                .contains("\"New item\"", "Gruppen (Testsamverkan)", "\"Consultation\"", "\"max_length\":200")
                .contains("\"initial_value\":\"Ett meddelande\"");
    }

    private Response interaction(String payload) throws Exception {
        return run(
                "application/x-www-form-urlencoded", "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
    }

    private Response run(String contentType, String body) throws Exception {
        return run(app, contentType, body);
    }

    private Response run(App app, String contentType, String body) throws Exception {
        var request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events")
                .queryString(Map.of())
                .headers(new RequestHeaders(Map.of("content-type", List.of(contentType))))
                .requestBody(body)
                .remoteAddress("127.0.0.1")
                .build());
        return app.run(request);
    }

    private static String directMessage(String user, String eventId, String text) throws IOException {
        return JsonPath.parse(fixture("07_event_message_im.json"))
                .set("$.event.user", user)
                .set("$.event.channel", "D" + user)
                .set("$.event.text", text)
                .set("$.event_id", eventId)
                .jsonString();
    }

    private String slashCommand(String user, String text, String responseName) throws IOException {
        return fixture("02_slash_command.form-urlencoded.txt")
                .replaceAll("(^|&)text=[^&]*", "$1text=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
                .replaceAll("(^|&)user_id=[^&]*", "$1user_id=" + user)
                .replaceAll("(^|&)command=[^&]*", "$1command=%2Fsamverkan")
                .replaceAll(
                        "(^|&)response_url=[^&]*",
                        "$1response_url=" + URLEncoder.encode(slack.responseUrl(responseName), StandardCharsets.UTF_8));
    }

    private String formSubmission(
            String user, String viewId, String title, String description, String kind, String link) throws IOException {
        return JsonPath.parse(fixture("05_view_submission.json"))
                .set("$.view.callback_id", "agenda_item")
                .set("$.view.id", viewId)
                .set("$.user.id", user)
                .set(
                        "$.view.state.values",
                        Map.of(
                                "forum", select("forum", "test/grupp"),
                                "title", text("title", title),
                                "description", text("description", description),
                                "kind", select("kind", kind),
                                "link", text("link", link)))
                .jsonString();
    }

    private String buttonPress(String user, String value, String responseName) throws IOException {
        return JsonPath.parse(fixture("04_block_actions_button_with_state.json"))
                .set("$.actions[0].action_id", "samverkan_choice_0")
                .set("$.actions[0].value", value)
                .set("$.user.id", user)
                .set("$.response_url", slack.responseUrl(responseName))
                .jsonString();
    }

    private static Map<String, Object> select(String id, String value) {
        return Map.of(id, Map.of("type", "static_select", "selected_option", Map.of("value", value)));
    }

    private static Map<String, Object> text(String id, String value) {
        return Map.of(id, Map.of("type", "plain_text_input", "value", value));
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = SlackBotTest.class.getResourceAsStream("/protocol-fixtures/slack/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return (text.startsWith("\uFEFF") ? text.substring(1) : text).strip();
        }
    }

    /** The store of an instance that dies right after answering, before the request is marked done. */
    private static final class DiesBeforeMarkingDone extends ForwardingInboundRequests {
        DiesBeforeMarkingDone(InboundRequests store) {
            super(store);
        }

        @Override
        public boolean markDone(InboundRequest claimed, Instant at) {
            throw new IllegalStateException("the process died before the request was marked done");
        }
    }

    /** An instance whose process dies right after the ack: the work handed to it is never run. */
    private static final class DiesAfterAck extends AbstractExecutorService {
        @Override
        public void execute(Runnable command) {}

        @Override
        public void shutdown() {}

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return true;
        }

        @Override
        public boolean isTerminated() {
            return true;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
