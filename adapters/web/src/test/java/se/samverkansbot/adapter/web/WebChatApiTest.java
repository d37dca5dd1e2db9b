package se.samverkansbot.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.reminder.Inbox;
import se.samverkansbot.testing.TestCore;

@SpringBootTest(classes = WebChatTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatApiTest {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answers_a_question_in_swedish_with_plain_text() throws Exception {
        HttpResponse<String> response = chat("""
                {"user": "denise-wallen", "text": "Vem representerar Sundsvall i HälSam?"}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(text(response))
                .contains("Sundsvalls kommun representeras i HälSam av", "Ordförande i socialnämnden");
        assertThat((String) JsonPath.read(response.body(), "$.language")).isEqualTo("sv");
    }

    @Test
    void answers_in_english_when_asked_in_english() throws Exception {
        HttpResponse<String> response = chat("""
                {"user": "gäst", "text": "How often do the county coordination groups meet?", "locale": "en"}""");

        assertThat(text(response)).contains("5 times a year").doesNotContain("gånger per år");
        assertThat((String) JsonPath.read(response.body(), "$.language")).isEqualTo("en");
    }

    @Test
    void meeting_commands_go_through_the_same_api_and_are_refused_to_those_who_may_not() throws Exception {
        assertThat(text(chat("""
                {"user": "denise-wallen", "text": "Nytt möte i länsledningen 2027-03-29 kl 9"}""")))
                .isEqualTo(
                        "Bara forumets sekreterare, sammankallande eller ordförande kan ändra möten i Länsledning (HälSam). "
                                + "Registret namnger ingen sådan ännu.");
    }

    @Test
    void carries_structured_parts_such_as_the_choices_of_a_clarifying_question() throws Exception {
        HttpResponse<String> response = chat("""
                {"user": "", "text": "Vem representerar Kommunförbundet?"}""");

        List<Map<String, Object>> choices =
                JsonPath.read(response.body(), "$.parts[?(@.type == 'choices')].choices[*]");
        assertThat(choices)
                .extracting(c -> c.get("label"))
                .contains(
                        "Kommunförbundet Västernorrland (HälSam)",
                        "Kommunförbundet Jämtland Härjedalen (Jämtland Härjedalen)");
        String westernmost = choices.stream()
                .filter(c -> ((String) c.get("label")).contains("Västernorrland"))
                .map(c -> (String) c.get("action"))
                .findFirst()
                .orElseThrow();

        HttpResponse<String> pressed = chat("{\"user\": \"\", \"action\": \"" + westernmost + "\"}");
        assertThat(pressed.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(pressed.body(), "$.text"))
                .contains("Kommunförbundet Västernorrland")
                .doesNotContain("Vilken menar du");
    }

    @Test
    void a_button_value_the_bot_never_gave_is_refused_politely() throws Exception {
        HttpResponse<String> response = chat("""
                {"user": "sekr", "action": "godkänn A-7K3PQ"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(response.body(), "$.text")).contains("Den knappen känner jag inte igen");
    }

    @Test
    void facts_come_as_label_value_pairs() throws Exception {
        HttpResponse<String> response = chat("""
                {"user": "x", "text": "Vad är SVOM?"}""");

        List<String> labels = JsonPath.read(response.body(), "$.parts[0].facts[*].label");
        assertThat(labels).contains("Struktur", "Nivå");
    }

    @Test
    void bad_input_gets_a_polite_reply_never_a_server_error() throws Exception {
        assertThat(text(chat("{\"user\": \"x\", \"text\": \"\"}"))).contains("Skriv en fråga");
        assertThat(text(chat("{\"user\": \"x\"}"))).contains("Skriv en fråga");
        assertThat(text(chat("{\"text\": \"" + "a".repeat(10_000) + "\"}"))).contains("för lång");
        assertThat(text(chat("{\"user\": \"x\", \"text\": \"<img src=x onerror=alert(1)> vad betyder <b>XYZ</b>\"}")))
                .doesNotContain("<", "onerror");
        assertThat(text(chat("{\"user\": \"x\", \"text\": \"😀 hej 😀\"}"))).contains("Hej!");
    }

    @Test
    void a_request_that_is_not_json_gets_400_with_an_explanation_in_both_languages_and_a_wrong_content_type_415()
            throws Exception {
        HttpResponse<String> broken = chat("{\"user\": \"x\", \"text\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(text(broken)).contains("Jag kunde inte läsa frågan", "I could not read the question");

        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(uri("/api/chat"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("hej"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).as("wrong content type").isEqualTo(415);
    }

    @Test
    void lists_the_people_a_visitor_can_chat_as() throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri("/api/people")).build(), HttpResponse.BodyHandlers.ofString());

        List<String> names = JsonPath.read(response.body(), "$[*].name");
        assertThat(names).contains("Denise Wallén", "Ewa Klingefors");
    }

    @Autowired
    Inbox inbox;

    @Test
    void shows_a_person_the_reminders_delivered_to_them_in_the_app_and_a_guest_nothing() throws Exception {
        inbox.deliver(new Inbox.Message(
                "k1",
                "denise-wallen",
                "Påminnelse: möte i Länsledning (HälSam).",
                Instant.parse("2027-01-05T08:00:00Z")));
        inbox.deliver(
                new Inbox.Message("k2", "ewa-klingefors", "Inte till Denise.", Instant.parse("2027-01-05T08:00:00Z")));

        HttpResponse<String> mine = http.send(
                HttpRequest.newBuilder(uri("/api/inbox"))
                        .header("X-Test-Person", "denise-wallen")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> guest = http.send(
                HttpRequest.newBuilder(uri("/api/inbox?user=denise-wallen")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> other = http.send(
                HttpRequest.newBuilder(uri("/api/inbox?user=denise-wallen"))
                        .header("X-Test-Person", "ewa-klingefors")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        List<String> texts = JsonPath.read(mine.body(), "$[*].text");
        assertThat(texts).containsExactly("Påminnelse: möte i Länsledning (HälSam).");
        assertThat(guest.body()).isEqualTo("[]");
        assertThat(other.body()).contains("Inte till Denise.").doesNotContain("Länsledning");
    }

    @Autowired
    TestCore core;

    @Test
    void gives_the_year_wheel_as_data_in_swedish_time() throws Exception {
        core.meetings()
                .save(new Meeting(
                        "m",
                        "halsam",
                        "lansledning",
                        Instant.parse("2027-03-29T07:00:00Z"),
                        null,
                        null,
                        null,
                        MeetingStatus.PLANNED,
                        List.of(),
                        List.of(new Deadline(DeadlineKind.AGENDA_CUTOFF, Instant.parse("2027-03-15T11:00:00Z")))));

        HttpResponse<String> year = http.send(
                HttpRequest.newBuilder(uri("/api/year?structure=halsam&year=2027"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = http.send(
                HttpRequest.newBuilder(uri("/api/year?structure=nope&year=2027"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(JsonPath.<List<String>>read(year.body(), "$[*].at"))
                .containsExactly("2027-03-15T12:00+01:00", "2027-03-29T09:00+02:00");
        assertThat(JsonPath.<List<String>>read(year.body(), "$[*].forum")).containsOnly("Länsledning");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void agenda_export_is_only_for_the_forums_chair_convener_or_secretary() throws Exception {
        HttpResponse<String> member = http.send(
                HttpRequest.newBuilder(uri("/api/agenda/export?structure=halsam"
                                + "&forum=lansledning&from=2026-01-01&to=2026-12-31"))
                        .header("X-Test-Person", "denise-wallen")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknownForum = http.send(
                HttpRequest.newBuilder(uri(
                                "/api/agenda/export?structure=halsam" + "&forum=nope&from=2026-01-01&to=2026-12-31"))
                        .header("X-Test-Person", "x")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> secretary = http.send(
                HttpRequest.newBuilder(
                                uri("/api/agenda/export?structure=test" + "&forum=grupp&from=2026-01-01&to=2026-12-31"))
                        .header("X-Test-Person", "sekr")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> claimed = http.send(
                HttpRequest.newBuilder(uri("/api/agenda/export?user=sekr&structure=test"
                                + "&forum=grupp&from=2026-01-01&to=2026-12-31"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(claimed.statusCode()).as("a user parameter is not a sign-in").isEqualTo(403);
        assertThat(secretary.statusCode()).isEqualTo(200);
        assertThat(secretary.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"arenden-test-grupp-2026-01-01-2026-12-31.csv\"");
        assertThat(secretary.body()).startsWith("\uFEFFid;inskickat;struktur;forum;möte;rubrik");

        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(member.body())
                .contains("Bara forumets ordförande, sammankallande eller sekreterare kan exportera ärenden");
        assertThat(unknownForum.statusCode()).isEqualTo(404);
    }

    @Test
    void a_submission_sent_again_with_the_same_request_id_answers_with_the_first_item_and_creates_nothing_new()
            throws Exception {
        core.core()
                .scheduleMeetings()
                .create(
                        "test",
                        "grupp",
                        se.samverkansbot.testing.ConversationHarness.CLOCK
                                .instant()
                                .plus(java.time.Duration.ofDays(60)),
                        null,
                        null,
                        null,
                        se.samverkansbot.meeting.DeadlineTemplate.standard());
        String submission = """
                {"user": "led", "text": "nytt ärende till Gruppen: Bemanning i hemtjänsten (information)"}""";

        HttpResponse<String> first = chat(submission, "3f1c9a7e-b0e4-4c55-9c8e-2f1f6d0b7a11");
        HttpResponse<String> again = chat(submission, "3f1c9a7e-b0e4-4c55-9c8e-2f1f6d0b7a11");
        HttpResponse<String> inTheBody = chat("""
                {"user": "led", "text": "nytt ärende till Gruppen: Bemanning i hemtjänsten (information)",
                 "requestId": "3f1c9a7e-b0e4-4c55-9c8e-2f1f6d0b7a11"}""");

        assertThat(first.statusCode()).isEqualTo(200);
        String itemId = itemIdIn(text(first));
        assertThat(text(again)).contains(itemId, "inget nytt ärende skapades");
        assertThat(text(inTheBody)).contains(itemId, "inget nytt ärende skapades");
        assertThat(core.items().ofSubmitter("led"))
                .singleElement()
                .satisfies(item -> assertThat(item.id()).isEqualTo(itemId));

        assertThat(itemIdIn(text(chat(submission, "another-request")))).isNotEqualTo(itemId);
        assertThat(chat(submission, "ett id med mellanslag").statusCode()).isEqualTo(400);
    }

    private static String itemIdIn(String text) {
        var matcher = java.util.regex.Pattern.compile("A-[0-9A-Z]{5}").matcher(text);
        assertThat(matcher.find()).as("an item id in: %s", text).isTrue();
        return matcher.group();
    }

    @Test
    void serves_the_chat_page() throws Exception {
        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"sv\">", "aria-live=\"polite\"", "/api/chat", "textContent");
    }

    @Test
    void a_user_in_the_body_is_not_who_asks_the_signed_in_person_is() throws Exception {
        HttpResponse<String> forged = http.send(
                HttpRequest.newBuilder(uri("/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"user\": \"sekr\", \"text\": \"ärenden att granska i gruppen\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(text(forged)).contains("Jag vet inte vem du är");
    }

    /** As {@link #chat(String)}, with the client's id for the request in the {@code Idempotency-Key} header. */
    private HttpResponse<String> chat(String json, String idempotencyKey) throws IOException, InterruptedException {
        return send(json, idempotencyKey);
    }

    /**
     * Asks signed in as the JSON's {@code user} (the header the test application's stand-in sign-in reads); the API
     * itself ignores that field.
     */
    private HttpResponse<String> chat(String json) throws IOException, InterruptedException {
        return send(json, null);
    }

    private HttpResponse<String> send(String json, String idempotencyKey) throws IOException, InterruptedException {
        String user;
        try {
            user = JsonPath.read(json, "$.user");
        } catch (RuntimeException unreadableOrAbsent) {
            user = null;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/chat"));
        if (user != null && !user.isBlank()) {
            request.header("X-Test-Person", user);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String text(HttpResponse<String> response) {
        return JsonPath.read(response.body(), "$.text");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
