package se.samverkansbot.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.teams.MessagingExtensionActionResponse;
import com.microsoft.bot.schema.teams.TaskModuleMessageResponse;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import se.samverkansbot.chat.DurableInbox;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.store.mongo.MongoConversationReferences;
import se.samverkansbot.store.mongo.MongoInboundRequests;
import se.samverkansbot.store.mongo.MongoPlatformAccounts;
import se.samverkansbot.testing.AnswerLostRequests;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/**
 * Nothing a Teams user did is lost once the Bot Connector has its answer. The real SDK is given real-shaped
 * activities (the shared protocol fixtures, adapted) through the bot's controller, with authentication off (the
 * tokens are the application's Teams tests' concern); the replies the SDK's connector client sends land in a local
 * Bot Connector. The inbox and the core are on the real Mongo driver. Olle (chair, Swedish) and Lena (member,
 * English) sit in Gruppen; Teams knows them by their AAD object ids.
 */
class TeamsInboxTest {
    private static final Register REGISTER = new Register(List.of(new StructureFileReader().read("test.yaml", """
            structure: {id: test, name: Testsamverkan}
            parties:
              - {id: stad, name: Teststad, kind: municipality, principal: true}
            people:
              - {id: ordf, name: Olle Ordförande, teamsAadObjectId: aad-olle}
              - {id: led, name: Lena Ledamot, teamsAadObjectId: aad-lena, language: en}
            forums:
              - {id: grupp, name: Gruppen, level: county-coordination}
            seats:
              - {id: s1, forum: grupp, role: chair, person: ordf}
              - {id: s3, forum: grupp, role: member, person: led}
            """)));

    private static final String APP_ID = "test-app";
    private static final Duration LEASE = Duration.ofMinutes(1);
    /** The personal chat of the recorded activity (fixture 01). */
    private static final String PERSONAL_CHAT =
            "a:1VF4K2uXl-hg-wn2SSWJZYK7Cqox93Xp82wekVXkbOSaJo1L8hynrdocgKu3ydRKxx6P5_u9d8yFcLjugHuhCQ7xmn25K18NfzjiKSskzi5OX0bbe2nRrNJorygvjUL4v";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final TestCore core = TestCore.of(REGISTER, SmallForum.DIRECTORY, clock);
    private final MongoDatabase database = core.database();
    private final InboundRequests requests = new MongoInboundRequests(database);
    private LocalConnector connector;

    @BeforeEach
    void connectorAndMeeting() throws IOException {
        connector = new LocalConnector();
        core.aMeetingOfGruppen(Instant.parse("2027-01-07T08:00:00Z"));
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    /** One running instance of the bot: its own worker name and executor, the shared database. */
    private TeamsController instance(String worker, ExecutorService work) {
        return instance(worker, work, requests, database);
    }

    private TeamsController instance(String worker, ExecutorService work, InboundRequests inbox, MongoDatabase db) {
        TeamsAdapter adapter = new TeamsAdapter(
                new SimpleCredentialProvider("", ""),
                new AuthenticationConfiguration(),
                LocalConnector.credentials(APP_ID),
                APP_ID);
        TeamsBot bot = bot(worker, work, inbox, db, adapter);
        return new TeamsController(adapter, bot, new TeamsProperties("", "", null, true, null));
    }

    private TeamsBot bot(
            String worker, ExecutorService work, InboundRequests inbox, MongoDatabase db, TeamsAdapter adapter) {
        return new TeamsBot(
                core.core(),
                new MongoConversationReferences(db, clock),
                new TeamsInbox(new DurableInbox(inbox, Platform.TEAMS, worker, LEASE, 3, clock), work, adapter),
                new TeamsIdentities(new MongoPlatformAccounts(db, clock)),
                clock);
    }

    @Test
    void a_message_is_stored_before_the_bot_connector_gets_its_answer_and_answered_from_the_stored_record_after_it()
            throws Exception {
        HeldWork work = HeldWork.held();
        TeamsController bot = instance("first", work);
        String message =
                personalMessage("aad-olle", "1764000000001", "nytt ärende till Gruppen: Bemanning (information)");

        ResponseEntity<Object> answer = bot.messages(message, null);

        assertThat(answer.getStatusCode().value()).isEqualTo(202);
        assertThat(requests.byKey(key(PERSONAL_CHAT, "1764000000001")))
                .as("stored, typed, before the answer")
                .hasValueSatisfying(request -> {
                    assertThat(request.status()).isEqualTo(InboundRequest.Status.CLAIMED);
                    assertThat(request.message().text()).isEqualTo("nytt ärende till Gruppen: Bemanning (information)");
                    assertThat(request.replyTo()).containsKey(TeamsInbox.REFERENCE);
                });
        assertThat(connector.sent).as("nothing said yet").isEmpty();
        assertThat(core.items().ofSubmitter("ordf")).as("nothing done yet").isEmpty();

        work.runAll();

        assertThat(core.items().ofSubmitter("ordf"))
                .singleElement()
                .satisfies(item -> assertThat(item.title()).isEqualTo("Bemanning"));
        assertThat(connector.sent).singleElement().satisfies(reply -> {
            assertThat(reply.path())
                    .as("a reply to the person's message, in their chat")
                    .isEqualTo("/v3/conversations/" + PERSONAL_CHAT + "/activities/1764000000001");
            assertThat(reply.text()).contains("Bemanning");
        });
        assertThat(requests.byKey(key(PERSONAL_CHAT, "1764000000001")))
                .hasValueSatisfying(request -> assertThat(request.status()).isEqualTo(InboundRequest.Status.DONE));
    }

    @Test
    void a_resend_of_a_card_form_already_answered_gets_no_second_reply_and_makes_no_second_item() throws Exception {
        TeamsController bot = instance("first", HeldWork.atOnce());
        String submitted = cardSubmission(
                "aad-lena",
                "f:8747470350298826072",
                Map.of(
                        "samverkanForm", "agenda-item",
                        "forum", "test/grupp",
                        "title", "Follow-up of SIP",
                        "kind", "information"));

        assertThat(bot.messages(submitted, null).getStatusCode().value()).isEqualTo(202);
        assertThat(bot.messages(submitted, null).getStatusCode().value())
                .as("the Bot Connector sends it again")
                .isEqualTo(202);

        assertThat(core.items().ofSubmitter("led"))
                .singleElement()
                .satisfies(item -> assertThat(item.title()).isEqualTo("Follow-up of SIP"));
        assertThat(connector.sent)
                .singleElement()
                .satisfies(reply -> assertThat(reply.text()).startsWith("Thank you! Your item"));
    }

    @Test
    void a_message_whose_worker_died_after_the_answer_is_taken_over_after_the_lease_and_answered_once()
            throws Exception {
        TeamsController dying = instance("dying", HeldWork.dies());
        String other = "other";
        TeamsBot recovering = bot(other, HeldWork.atOnce(), requests, database, adapter());
        String message = personalMessage("aad-lena", "1764000000002", "new item for Gruppen: Staffing (information)");

        assertThat(dying.messages(message, null).getStatusCode().value()).isEqualTo(202);
        assertThat(core.items().ofSubmitter("led"))
                .as("acknowledged, then the process was killed")
                .isEmpty();

        assertThat(recovering.recover()).as("the lease still holds").isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(recovering.recover()).isOne();

        assertThat(core.items().ofSubmitter("led"))
                .singleElement()
                .satisfies(item -> assertThat(item.title()).isEqualTo("Staffing"));
        assertThat(connector.sent).singleElement().satisfies(reply -> {
            assertThat(reply.path()).endsWith("/activities/1764000000002");
            assertThat(reply.text()).startsWith("Thank you! Your item");
        });
        clock.advance(LEASE.multipliedBy(3));
        assertThat(recovering.recover()).as("done once, never again").isZero();
    }

    @Test
    void the_bot_connectors_resend_of_a_message_whose_worker_died_is_answered_and_a_resend_after_that_is_not()
            throws Exception {
        TeamsController dying = instance("dying", HeldWork.dies());
        TeamsController other = instance("other", HeldWork.atOnce());
        String message = personalMessage("aad-lena", "1764000000003", "new item for Gruppen: Rotas (information)");
        dying.messages(message, null);

        assertThat(other.messages(message, null).getStatusCode().value())
                .as("within the lease the first worker may still be at it")
                .isEqualTo(202);
        assertThat(connector.sent).isEmpty();
        clock.advance(LEASE.plusSeconds(1));
        other.messages(message, null);
        other.messages(message, null);

        assertThat(core.items().ofSubmitter("led")).hasSize(1);
        assertThat(connector.sent).hasSize(1);
    }

    @Test
    void
            a_message_whose_answer_cannot_be_sent_is_tried_again_after_each_lease_and_after_the_last_try_the_person_is_told()
                    throws Exception {
        TeamsController bot = instance("first", HeldWork.atOnce());
        TeamsBot recovering = bot("other", HeldWork.atOnce(), requests, database, adapter());
        connector.refuse(3);

        bot.messages(personalMessage("aad-lena", "1764000000007", "vad betyder VVU?"), null);
        for (int attempt = 2; attempt <= 3; attempt++) {
            clock.advance(LEASE.plusSeconds(1));
            assertThat(recovering.recover()).as("attempt " + attempt).isOne();
        }

        assertThat(connector.sent)
                .singleElement()
                .satisfies(told -> assertThat(told.text())
                        .isEqualTo("I could not finish what you asked. Please check «my items» before you try again."));
        assertThat(requests.byKey(key(PERSONAL_CHAT, "1764000000007")))
                .hasValueSatisfying(request -> assertThat(request.status()).isEqualTo(InboundRequest.Status.FAILED));
        clock.advance(LEASE.multipliedBy(3));
        assertThat(recovering.recover()).as("given up, never tried again").isZero();
    }

    @Test
    void a_card_form_with_a_field_to_correct_comes_back_at_once_and_nothing_is_stored() throws Exception {
        TeamsController bot = instance("first", HeldWork.held());
        String submitted = cardSubmission(
                "aad-olle",
                "f:1111",
                Map.of("samverkanForm", "agenda-item", "forum", "test/grupp", "title", " ", "kind", "information"));

        assertThat(bot.messages(submitted, null).getStatusCode().value()).isEqualTo(202);

        assertThat(connector.sent)
                .as("the card again, before the answer to the Bot Connector")
                .singleElement()
                .satisfies(card -> assertThat(card.body()).contains("Ärendet behöver en rubrik."));
        assertThat(requests.byKey(key(JsonPath.read(submitted, "$.conversation.id"), "f:1111")))
                .isEmpty();
        assertThat(core.items().ofSubmitter("ordf")).isEmpty();
    }

    @Test
    void with_the_database_unreachable_the_person_is_told_in_their_language_that_nothing_was_saved() throws Exception {
        try (Unreachable gone = Unreachable.afterStart()) {
            TeamsController cutOff = instance("cut-off", HeldWork.atOnce(), gone.requests(), gone.database());
            String swedish = JsonPath.parse(personalMessage("aad-olle", "1764000000004", "nytt ärende till Gruppen: X"))
                    .set("$.locale", "sv-SE")
                    .jsonString();
            String english = personalMessage("aad-lena", "1764000000005", "new item for Gruppen: Y");

            ResponseEntity<Object> toOlle = cutOff.messages(swedish, null);
            ResponseEntity<Object> toLena = cutOff.messages(english, null);

            assertThat(toOlle.getStatusCode().value())
                    .as("the person was told; the Bot Connector need not send it again")
                    .isEqualTo(202);
            assertThat(toLena.getStatusCode().value()).isEqualTo(202);
            assertThat(connector.sent)
                    .extracting(LocalConnector.Sent::text)
                    .containsExactly(
                            "Inget sparades — försök igen om en stund. / Nothing was saved — please try again in a moment.",
                            "Nothing was saved — please try again in a moment.");
            assertThat(core.items().ofSubmitter("ordf")).isEmpty();
            assertThat(core.items().ofSubmitter("led")).isEmpty();
        }
    }

    @Test
    void a_message_stored_whose_answer_was_lost_while_the_database_went_away_is_told_it_is_not_known_in_their_language()
            throws Exception {
        TeamsController lost = instance("lost", HeldWork.atOnce(), AnswerLostRequests.thenAway(requests), database);
        String swedish = JsonPath.parse(personalMessage("aad-olle", "1764000000014", "nytt ärende till Gruppen: X"))
                .set("$.locale", "sv-SE")
                .jsonString();
        String english = personalMessage("aad-lena", "1764000000015", "new item for Gruppen: Y");

        assertThat(lost.messages(swedish, null).getStatusCode().value()).isEqualTo(202);
        assertThat(lost.messages(english, null).getStatusCode().value()).isEqualTo(202);

        assertThat(connector.sent)
                .extracting(LocalConnector.Sent::text)
                .containsExactly(
                        "Jag vet inte säkert om det sparades — databasen svarade inte i tid. Skriv «mina ärenden» om"
                                + " en stund och se efter innan du försöker igen. / I don't know for sure whether it"
                                + " was saved — the database did not answer in time. Write «my items» in a moment"
                                + " and check before you try again.",
                        "I don't know for sure whether it was saved — the database did not answer in time. Write"
                                + " «my items» in a moment and check before you try again.");
        assertThat(requests.byKey(key(PERSONAL_CHAT, "1764000000014")))
                .as("stored: the recovery answers it after the lease")
                .isPresent();
    }

    @Test
    void a_message_stored_whose_answer_was_lost_is_found_by_its_key_and_answered_with_nothing_extra() throws Exception {
        TeamsController lost = instance("lost", HeldWork.atOnce(), AnswerLostRequests.thenFound(requests), database);

        ResponseEntity<Object> answer = lost.messages(
                personalMessage("aad-olle", "1764000000016", "nytt ärende till Gruppen: Bemanning (information)"),
                null);

        assertThat(answer.getStatusCode().value()).isEqualTo(202);
        assertThat(connector.sent)
                .extracting(LocalConnector.Sent::text)
                .singleElement()
                .satisfies(text -> assertThat(text).startsWith("Tack! Ditt ärende"));
        assertThat(core.items().ofSubmitter("ordf")).hasSize(1);
    }

    @Test
    void with_neither_the_database_nor_the_bot_connector_reachable_the_bot_connector_is_asked_to_send_it_again()
            throws Exception {
        try (Unreachable gone = Unreachable.afterStart()) {
            TeamsController cutOff = instance("cut-off", HeldWork.atOnce(), gone.requests(), gone.database());
            String message = JsonPath.parse(personalMessage("aad-olle", "1764000000006", "hej"))
                    .set("$.serviceUrl", "http://127.0.0.1:9/")
                    .jsonString();

            ResponseEntity<Object> answer = cutOff.messages(message, null);

            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        }
    }

    @Test
    void the_add_to_agenda_dialog_is_answered_in_the_invokes_own_http_answer_and_its_resend_makes_no_second_item()
            throws Exception {
        TeamsController bot = instance("first", HeldWork.held());
        String invoke = JsonPath.parse(fixture("07_invoke_adaptiveCard_action_Action.Execute_personal.json"))
                .set("$.name", "composeExtension/submitAction")
                .set(
                        "$.value",
                        Map.of(
                                "commandId",
                                TeamsBot.MESSAGE_ACTION,
                                "commandContext",
                                "message",
                                "data",
                                Map.of(
                                        "samverkanForm", "agenda-item",
                                        "forum", "test/grupp",
                                        "title", "Shared care plans",
                                        "kind", "information")))
                .set("$.from.aadObjectId", "aad-lena")
                .set("$.serviceUrl", connector.serviceUrl())
                .jsonString();

        ResponseEntity<Object> first = bot.messages(invoke, null);
        ResponseEntity<Object> resent = bot.messages(invoke, null);

        for (ResponseEntity<Object> answer : List.of(first, resent)) {
            assertThat(answer.getStatusCode().value()).isEqualTo(200);
            assertThat(answer.getBody())
                    .asInstanceOf(
                            org.assertj.core.api.InstanceOfAssertFactories.type(MessagingExtensionActionResponse.class))
                    .extracting(response -> ((TaskModuleMessageResponse) response.getTask()).getValue())
                    .asString()
                    .contains("Shared care plans");
        }
        assertThat(core.items().ofSubmitter("led")).hasSize(1);
        assertThat(requests.byKey(key(JsonPath.read(invoke, "$.conversation.id"), JsonPath.read(invoke, "$.id"))))
                .as("answered in the HTTP answer, not through the inbox")
                .isEmpty();
    }

    private TeamsAdapter adapter() {
        return new TeamsAdapter(
                new SimpleCredentialProvider("", ""),
                new AuthenticationConfiguration(),
                LocalConnector.credentials(APP_ID),
                APP_ID);
    }

    private static String key(String conversation, String activityId) {
        return "TEAMS:teams:" + conversation + "|" + activityId;
    }

    /** The recorded personal message (fixture 01), from the given person, with the given id and text. */
    private String personalMessage(String aadObjectId, String id, String text) throws IOException {
        return JsonPath.parse(fixture("01_message_personal.recording.json"))
                .set("$.text", text)
                .set("$.id", id)
                .set("$.from.aadObjectId", aadObjectId)
                .set("$.serviceUrl", connector.serviceUrl())
                .jsonString();
    }

    /** The recorded card submission in a channel (fixture 03): an Action.Submit's value as a message. */
    private String cardSubmission(String aadObjectId, String id, Map<String, String> value) throws IOException {
        return JsonPath.parse(fixture("03_message_card_submit_value_channel.recording.json"))
                .set("$.value", value)
                .set("$.id", id)
                .set("$.from.aadObjectId", aadObjectId)
                .set("$.serviceUrl", connector.serviceUrl())
                .jsonString();
    }

    /** A fixture's activity: the recorded request's body, or the activity itself. */
    private static String fixture(String name) throws IOException {
        try (InputStream in = TeamsInboxTest.class.getResourceAsStream("/protocol-fixtures/teams/" + name)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JsonPath.parse(json).read("$", Map.class).get("body") instanceof Map<?, ?> body
                    ? JsonPath.parse(body).jsonString()
                    : json;
        }
    }

    /** A database that was there when the app started and then went away; the driver gives up after a second. */
    private record Unreachable(com.mongodb.client.MongoClient client, MongoDatabase database, InboundRequests requests)
            implements AutoCloseable {
        static Unreachable afterStart() {
            var server = new de.bwaldvogel.mongo.MongoServer(new de.bwaldvogel.mongo.backend.memory.MemoryBackend());
            var address = server.bind();
            long timeout = 1000;
            var client = com.mongodb.client.MongoClients.create(com.mongodb.MongoClientSettings.builder()
                    .applyConnectionString(new com.mongodb.ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                    .applyToClusterSettings(c -> c.serverSelectionTimeout(timeout, TimeUnit.MILLISECONDS))
                    .applyToSocketSettings(c -> c.connectTimeout((int) timeout, TimeUnit.MILLISECONDS)
                            .readTimeout((int) timeout, TimeUnit.MILLISECONDS))
                    .build());
            MongoDatabase database = client.getDatabase("samverkansbot");
            InboundRequests requests = new MongoInboundRequests(database);
            server.shutdownNow();
            return new Unreachable(client, database, requests);
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
