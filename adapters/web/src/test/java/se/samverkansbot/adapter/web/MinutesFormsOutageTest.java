package se.samverkansbot.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The database goes away after the app started (as in {@link WebChatOutageTest}), and the secretary uses the forms
 * after the meeting: she is told in her own language that nothing was saved, with a 503 and when to try again, the
 * same answer the chat gives, never a bare 500 that the page shows as "Något gick fel".
 */
@SpringBootTest(
        classes = WebChatOutageTest.DatabaseGoneApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MinutesFormsOutageTest {
    private static final String NOTHING_SAVED = "Inget sparades — försök igen om en stund.";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_minutes_item_sent_while_the_database_is_gone_is_answered_503_nothing_saved_in_her_language()
            throws Exception {
        HttpResponse<String> response = post(
                "minutes-item",
                Map.of("item", "A-WEB1", "outcome", "noted", "note", "Informationen noterades."),
                "req-gone-1");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(JsonPath.<String>read(response.body(), "$.text"))
                .as("her language is the register's: Swedish alone")
                .isEqualTo(NOTHING_SAVED);
        assertThat(JsonPath.<String>read(response.body(), "$.language")).isEqualTo("sv");
    }

    @Test
    void attendance_and_a_follow_up_answer_sent_while_the_database_is_gone_are_answered_the_same() throws Exception {
        HttpResponse<String> attendance =
                post("minutes-attendance", Map.of("seat:s1", "present", "adjuster", "led"), "req-gone-2");
        HttpResponse<String> answer = post(
                "follow-up-answer",
                Map.of("status", "not-to-be-decided", "note", "Ingen ändring behövs."),
                "req-gone-3");

        assertThat(attendance.statusCode()).isEqualTo(503);
        assertThat(JsonPath.<String>read(attendance.body(), "$.text")).isEqualTo(NOTHING_SAVED);
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(JsonPath.<String>read(answer.body(), "$.text")).isEqualTo(NOTHING_SAVED);
    }

    @Test
    void opening_a_form_while_the_database_is_gone_is_answered_503_not_a_bare_500() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/forms/minutes-attendance?id=test/grupp/held"))
                        .header(TestSignIn.HEADER, "sekr")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(JsonPath.<String>read(response.body(), "$.text")).isEqualTo(NOTHING_SAVED);
    }

    private HttpResponse<String> post(String form, Map<String, String> fields, String requestId) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/forms/" + form))
                        .header(TestSignIn.HEADER, "sekr")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JsonPath.parse(
                                        Map.of("id", "test/grupp/held", "fields", fields, "requestId", requestId))
                                .jsonString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
