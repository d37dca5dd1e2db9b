package se.samverkansbot.adapter.web;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkansbot.minutes.Outcome;
import se.samverkansbot.testing.ReplyLosingProxy.AfterNextInsert;
import se.samverkansbot.testing.TestCore;

/**
 * The secretary records an item of the minutes and the database applies it and falls silent before its answer
 * comes back (the proxy of {@link WebChatUnknownOutcomeTest} loses it): she is told, in her own language, that it is
 * not known whether it was saved, never that nothing was saved; with the form's request id, that sending it again is
 * safe, and the resend records it once; without one, to look at the form before sending again.
 */
@SpringBootTest(
        classes = WebChatUnknownOutcomeTest.AnswerLostApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MinutesFormsUnknownOutcomeTest {
    @LocalServerPort
    int port;

    @Autowired
    TestCore core;

    private final HttpClient http = HttpClient.newHttpClient();
    private String meetingId;

    /** Gruppen met on 20 November with one accepted item; the draft of its minutes is open. */
    @BeforeEach
    void a_held_meeting_with_its_draft_open() {
        meetingId = "test/grupp/lost-" + System.nanoTime();
        core.aHeldMeetingOfGruppenWithOneAcceptedItem(meetingId, itemId());
        core.core().recordMinutes().open(meetingId, "sekr");
    }

    @AfterEach
    void databaseAnswersAgain() {
        WebChatUnknownOutcomeTest.AnswerLostApplication.PROXY.answerAgain();
    }

    @Test
    void a_recorded_item_whose_answer_was_lost_is_not_known_and_the_resend_records_it_once() throws Exception {
        WebChatUnknownOutcomeTest.AnswerLostApplication.PROXY.afterNextWriteInto(
                "update", "minutes", AfterNextInsert.FALL_SILENT);

        HttpResponse<String> first = post(recorded("f-lost-1"));
        WebChatUnknownOutcomeTest.AnswerLostApplication.PROXY.answerAgain();
        HttpResponse<String> resent = post(recorded("f-lost-1"));

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(JsonPath.<String>read(first.body(), "$.text"))
                .as("her language is the register's: Swedish alone")
                .isEqualTo("Jag vet inte säkert om det sparades — databasen svarade inte i tid. Skicka samma sak igen"
                        + " om en stund: har det redan sparats får du samma kvitto, inget dubbelt.");
        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(core.core().recordMinutes().latest(meetingId).orElseThrow().item(itemId()))
                .hasValueSatisfying(item -> assertThat(item.outcome()).isEqualTo(Outcome.NOTED));
        assertThat(WebChatUnknownOutcomeTest.AnswerLostApplication.stored(
                        "minutes",
                        and(eq("meetingId", meetingId), elemMatch("history", eq("requestId", "web:sekr:f-lost-1")))))
                .as("recorded once: the first attempt had landed, the resend found it")
                .isOne();
    }

    @Test
    void without_a_request_id_she_is_asked_to_look_at_the_form_before_sending_again() throws Exception {
        WebChatUnknownOutcomeTest.AnswerLostApplication.PROXY.afterNextWriteInto(
                "update", "minutes", AfterNextInsert.FALL_SILENT);

        HttpResponse<String> answer = post(recorded(null));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(JsonPath.<String>read(answer.body(), "$.text"))
                .isEqualTo("Jag vet inte säkert om det sparades — databasen svarade inte i tid. Öppna formuläret igen"
                        + " om en stund och se efter innan du skickar det igen.");
    }

    private String itemId() {
        return "A-LOST" + Math.abs(meetingId.hashCode());
    }

    private String recorded(String requestId) {
        Map<String, Object> body = new java.util.HashMap<>(
                Map.of("id", meetingId, "fields", Map.of("item", itemId(), "outcome", "noted", "note", "Noterades.")));
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        return JsonPath.parse(body).jsonString();
    }

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/forms/minutes-item"))
                        .header(TestSignIn.HEADER, "sekr")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
