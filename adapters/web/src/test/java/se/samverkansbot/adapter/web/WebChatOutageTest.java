package se.samverkansbot.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/**
 * The database goes away after the app started: whoever acts is told within the driver's timeout, in their
 * language, that nothing was saved (503), never left waiting half a minute for a bare 500.
 */
@SpringBootTest(
        classes = WebChatOutageTest.DatabaseGoneApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatOutageTest {
    static final Duration DRIVER_TIMEOUT = Duration.ofSeconds(1);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The first request of a fresh app warms it up (servlet, understanding); that is not what is timed here. */
    @org.junit.jupiter.api.BeforeEach
    void warmUp() throws Exception {
        chat("""
                {"user": "gäst", "text": "Vad är Gruppen?"}""");
    }

    @Test
    void a_submission_is_answered_with_503_and_nothing_saved_within_the_timeout_in_swedish_and_english()
            throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = chat("""
                {"user": "led", "text": "nytt ärende till Gruppen: Bemanning (information)"}""");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(JsonPath.<String>read(response.body(), "$.text"))
                .isEqualTo("Inget sparades — försök igen om en stund. / "
                        + "Nothing was saved — please try again in a moment.");
        assertThat(took).isLessThan(DRIVER_TIMEOUT.plusSeconds(2));
    }

    @Test
    void a_question_that_needs_the_database_is_answered_in_english_when_asked_in_english() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = chat("""
                {"user": "led", "text": "my items", "locale": "en"}""");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(took).isLessThan(DRIVER_TIMEOUT.plusSeconds(2));
        assertThat(JsonPath.<String>read(response.body(), "$.text"))
                .isEqualTo("Nothing was saved — please try again in a moment.");
        assertThat(JsonPath.<String>read(response.body(), "$.language")).isEqualTo("en");
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
    static class DatabaseGoneApplication {

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

        /** The driver with the app's kind of timeouts, to a server that stops once the core is built. */
        @Bean(destroyMethod = "close")
        MongoClient client() {
            return MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + SERVER_PORT))
                    .applyToClusterSettings(
                            c -> c.serverSelectionTimeout(DRIVER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                    .applyToSocketSettings(c -> c.connectTimeout((int) DRIVER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout((int) DRIVER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                    .build());
        }

        @Bean
        Core core(MongoClient client, CurrentRegister register) {
            TestCore core =
                    TestCore.on(client.getDatabase("gone"), register, SmallForum.DIRECTORY, ConversationHarness.CLOCK);
            SERVER.shutdownNow(); // the database goes away
            // and the driver has seen it go, so nothing is sent: a request sent on a connection the database had just
            // closed would not be known to have written nothing (WebChatUnknownOutcomeTest)
            while (client.getClusterDescription().getServerDescriptions().stream()
                    .anyMatch(description -> description.isOk())) {
                Thread.onSpinWait();
            }
            return core.core();
        }

        private static final MongoServer SERVER = new MongoServer(new MemoryBackend());
        private static final int SERVER_PORT = SERVER.bind().getPort();
    }
}
