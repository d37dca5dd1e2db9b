package se.samverkansbot.adapter.web;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import se.samverkansbot.core.Core;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.reminder.Inbox;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.ReplyLosingProxy;
import se.samverkansbot.testing.ReplyLosingProxy.AfterNextInsert;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/**
 * The database applies a submitted item and falls silent before its answer comes back (a proxy between the app and
 * the database loses it): the person is told, in their language, that it is not known whether it was saved and that
 * sending the same again is safe, never that nothing was saved; a resend while the database is still silent is
 * told the same, though it failed before sending anything, since the first attempt may have landed; another request
 * that failed before sending is told that nothing was saved.
 */
@SpringBootTest(
        classes = WebChatUnknownOutcomeTest.AnswerLostApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatUnknownOutcomeTest {
    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    MongoClient client;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void databaseAnswersAgain() {
        AnswerLostApplication.PROXY.answerAgain();
    }

    @Test
    void an_item_written_whose_answer_was_lost_is_not_known_to_the_person_in_swedish_and_a_resend_says_the_same()
            throws Exception {
        AnswerLostApplication.PROXY.afterNextInsertInto("agendaItems", AfterNextInsert.FALL_SILENT);
        String submission = """
                {"user": "led", "text": "nytt ärende till Gruppen: Bemanning (information)", "requestId": "r-sv-1"}""";

        HttpResponse<String> first = chat(submission);
        // The database goes away altogether: the resend fails before anything is sent, yet the first may have landed.
        AnswerLostApplication.PROXY.refuse();
        while (client.getClusterDescription().getServerDescriptions().stream()
                .anyMatch(description -> description.isOk())) {
            Thread.onSpinWait();
        }
        HttpResponse<String> resent = chat(submission);
        HttpResponse<String> another = chat("""
                {"user": "led", "text": "nytt ärende till Gruppen: Lokaler (information)", "requestId": "r-sv-2"}""");

        String unknown = "Jag vet inte säkert om det sparades — databasen svarade inte i tid. Skicka samma sak igen om"
                + " en stund: har det redan sparats får du samma kvitto, inget dubbelt. / I don't know for sure"
                + " whether it was saved — the database did not answer in time. Send the same again in a moment: if"
                + " it was saved, you get the same receipt, nothing twice.";
        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(JsonPath.<String>read(first.body(), "$.text")).isEqualTo(unknown);
        assertThat(resent.statusCode()).isEqualTo(503);
        assertThat(JsonPath.<String>read(resent.body(), "$.text"))
                .as("the first attempt may have landed")
                .isEqualTo(unknown);
        assertThat(itemsOf("web:led:r-sv-1")).as("it was written").isOne();
        assertThat(JsonPath.<String>read(another.body(), "$.text"))
                .as("another request that failed before sending wrote nothing")
                .startsWith("Inget sparades — försök igen om en stund.");
        assertThat(itemsOf("web:led:r-sv-2")).isZero();
    }

    @Test
    void an_item_written_whose_answer_was_lost_is_not_known_to_the_person_in_english() throws Exception {
        AnswerLostApplication.PROXY.afterNextInsertInto("agendaItems", AfterNextInsert.FALL_SILENT);

        HttpResponse<String> answer = chat("""
                {"user": "led", "text": "new item for Gruppen: Staffing (information)", "requestId": "r-en-1",
                 "locale": "en"}""");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(JsonPath.<String>read(answer.body(), "$.text"))
                .isEqualTo("I don't know for sure whether it was saved — the database did not answer in time. Send"
                        + " the same again in a moment: if it was saved, you get the same receipt, nothing twice.");
        assertThat(JsonPath.<String>read(answer.body(), "$.language")).isEqualTo("en");
        assertThat(itemsOf("web:led:r-en-1")).isOne();
    }

    private static long itemsOf(String requestId) {
        return AnswerLostApplication.stored("agendaItems", eq("requestId", requestId));
    }

    private HttpResponse<String> chat(String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header(TestSignIn.HEADER, JsonPath.<String>read(json, "$.user"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(WebChatConfiguration.class)
    static class AnswerLostApplication {
        private static final MongoServer SERVER = new MongoServer(new MemoryBackend());
        static final InetSocketAddress DATABASE = SERVER.bind();
        static final ReplyLosingProxy PROXY = proxy();

        @Bean
        jakarta.servlet.Filter signedInForTests() {
            return TestSignIn.fromHeaderOrCookie();
        }

        @Bean
        CurrentRegister register() {
            CurrentRegister register = new CurrentRegister();
            register.accept(SmallForum.REGISTER);
            return register;
        }

        @Bean
        Inbox inbox() {
            return new InMemoryInbox();
        }

        /** The app's kind of timeouts, shortened, through the proxy. */
        @Bean(destroyMethod = "close")
        MongoClient client() {
            return MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + PROXY.port()))
                    .applyToClusterSettings(c -> c.serverSelectionTimeout(2, TimeUnit.SECONDS))
                    .applyToSocketSettings(c -> c.connectTimeout(1, TimeUnit.SECONDS)
                            .readTimeout((int) Duration.ofSeconds(1).toMillis(), TimeUnit.MILLISECONDS))
                    .build());
        }

        @Bean
        TestCore testCore(MongoClient client, CurrentRegister register) {
            TestCore core =
                    TestCore.on(client.getDatabase("lost"), register, SmallForum.DIRECTORY, ConversationHarness.CLOCK);
            core.aMeetingOfGruppen(ConversationHarness.CLOCK.instant().plus(Duration.ofDays(60)));
            return core;
        }

        @Bean
        Core core(TestCore testCore) {
            return testCore.core();
        }

        /** How many documents of a collection match, asked of the database itself, not through the proxy. */
        static long stored(String collection, org.bson.conversions.Bson filter) {
            try (MongoClient direct = MongoClients.create("mongodb://127.0.0.1:" + DATABASE.getPort())) {
                return direct.getDatabase("lost").getCollection(collection).countDocuments(filter);
            }
        }

        private static ReplyLosingProxy proxy() {
            try {
                return new ReplyLosingProxy(DATABASE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
