package se.samverkansbot.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkansbot.minutes.Attendance;
import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.minutes.Outcome;
import se.samverkansbot.testing.TestCore;

/**
 * The forms after the meeting in the web chat, over real HTTP: the form as data to render, its submission as the
 * core's typed form, problems by field in the person's language. Gruppen (SmallForum) met on 20 November 2026 with
 * one accepted item; Sara (sekr) is its secretary, Lena (led) a member.
 */
@SpringBootTest(classes = WebChatTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MinutesFormsApiTest {
    private static final String ITEM = "A-WEB1";

    @LocalServerPort
    int port;

    @Autowired
    TestCore core;

    private final HttpClient http = HttpClient.newHttpClient();
    private String meetingId;

    @BeforeEach
    void a_held_meeting_with_one_accepted_item() {
        meetingId = "test/grupp/web-" + System.nanoTime();
        core.aHeldMeetingOfGruppenWithOneAcceptedItem(meetingId, itemId());
    }

    private String itemId() {
        return ITEM + meetingId.hashCode();
    }

    @Test
    void the_secretary_gets_the_item_form_as_data_with_the_items_and_outcomes() throws Exception {
        HttpResponse<String> form = get("minutes-item", meetingId, "sekr");

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(form.body(), "$.title")).isEqualTo("Anteckna ärende");
        assertThat(JsonPath.<List<String>>read(form.body(), "$.fields[*].id"))
                .containsExactly("item", "note", "outcome", "text");
        assertThat(JsonPath.<List<String>>read(form.body(), "$.fields[0].choices[*].label"))
                .containsExactly("Gemensam riktlinje för SIP");
        assertThat(JsonPath.<List<String>>read(form.body(), "$.fields[2].choices[*].value"))
                .containsExactly("noted", "consulted", "recommendation", "carried", "raised");
        assertThat(JsonPath.<Integer>read(form.body(), "$.fields[1].maxLength")).isEqualTo(3000);
    }

    @Test
    void a_member_who_does_not_record_minutes_and_a_guest_are_told_why_not() throws Exception {
        HttpResponse<String> member = get("minutes-item", meetingId, "led");
        HttpResponse<String> guest = get("minutes-attendance", meetingId, null);

        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(JsonPath.<String>read(member.body(), "$.text")).contains("Bara forumets sekreterare");
        assertThat(guest.statusCode()).isEqualTo(403);
        assertThat(JsonPath.<String>read(guest.body(), "$.text")).contains("Logga in som en person i registret");
    }

    @Test
    void a_submitted_item_is_recorded_as_typed_and_a_repeated_request_records_it_once() throws Exception {
        String body = submission(
                meetingId,
                Map.of(
                        "item", itemId(),
                        "note", "Förslaget presenterades: synpunkter inarbetade.",
                        "outcome", "recommendation",
                        "text", "Gruppen rekommenderar huvudmännen att anta riktlinjen – från 1 maj."),
                "req-1");

        HttpResponse<String> first = post("minutes-item", body, "sekr");
        post("minutes-item", body, "sekr");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(first.body(), "$.text")).contains("Rekommendation till huvudmännen");
        Minutes minutes = core.core().recordMinutes().latest(meetingId).orElseThrow();
        assertThat(minutes.item(itemId()).orElseThrow()).satisfies(item -> {
            assertThat(item.outcome()).isEqualTo(Outcome.RECOMMENDATION);
            assertThat(item.text()).isEqualTo("Gruppen rekommenderar huvudmännen att anta riktlinjen – från 1 maj.");
        });
        assertThat(minutes.history()).filteredOn(c -> c.what().equals("item")).hasSize(1);
    }

    @Test
    void problems_come_back_by_field_in_the_persons_language_and_nothing_is_recorded() throws Exception {
        HttpResponse<String> response = post(
                "minutes-item",
                submission(meetingId, Map.of("item", itemId(), "outcome", "recommendation"), "req-2"),
                "sekr");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(response.body(), "$.errors.text"))
                .isEqualTo("Skriv vad forumet rekommenderar huvudmännen.");
        assertThat(core.core().recordMinutes().latest(meetingId)).isEmpty();
    }

    @Test
    void attendance_is_recorded_seat_by_seat_with_a_deputy_and_the_adjuster() throws Exception {
        HttpResponse<String> form = get("minutes-attendance", meetingId, "sekr");
        assertThat(JsonPath.<List<String>>read(form.body(), "$.fields[*].label"))
                .contains("Olle Ordförande", "Lena Ledamot", "Justerare");

        HttpResponse<String> noName = post(
                "minutes-attendance",
                submission(meetingId, Map.of("seat:s3", "deputy", "deputy:s3", " "), "req-3"),
                "sekr");
        assertThat(JsonPath.<String>read(noName.body(), "$['errors']['deputy:s3']"))
                .isEqualTo("Skriv vem som kom som ersättare.");

        post(
                "minutes-attendance",
                submission(
                        meetingId,
                        Map.of("seat:s1", "present", "seat:s3", "deputy", "deputy:s3", "Dora Dahl", "adjuster", "led"),
                        "req-4"),
                "sekr");

        Minutes minutes = core.core().recordMinutes().latest(meetingId).orElseThrow();
        assertThat(minutes.attendance())
                .filteredOn(p -> p.seatId().equals("s3"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.attendance()).isEqualTo(Attendance.DEPUTY_PRESENT);
                    assertThat(p.deputy()).isEqualTo("Dora Dahl");
                });
        assertThat(minutes.attendance())
                .filteredOn(p -> p.seatId().equals("s1"))
                .singleElement()
                .satisfies(p -> assertThat(p.attendance()).isEqualTo(Attendance.PRESENT));
        assertThat(minutes.adjusterId()).isEqualTo("led");
    }

    @Test
    void a_follow_up_answer_is_checked_by_field_and_an_unknown_follow_up_is_said_so() throws Exception {
        HttpResponse<String> incomplete = post(
                "follow-up-answer", submission("F-1", Map.of("status", "decided", "link", "ftp://x"), "req-5"), "sekr");
        HttpResponse<String> unknown = get("follow-up-answer", "F-none", "sekr");

        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<Map<String, String>>read(incomplete.body(), "$.errors"))
                .containsEntry("date", "Ange datum.")
                .containsEntry("body", "Ange vilket organ.")
                .containsEntry("decision", "Välj utfall: antogs, antogs med ändringar eller antogs inte.")
                .containsEntry("link", "Länken ska vara en webbadress som börjar med https://");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JsonPath.<String>read(unknown.body(), "$.text")).contains("Jag hittar ingen sådan uppföljning");
    }

    @Test
    void an_unknown_form_is_refused_politely() throws Exception {
        HttpResponse<String> response = get("budget", meetingId, "sekr");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JsonPath.<String>read(response.body(), "$.text")).contains("Det formuläret finns inte");
    }

    @Test
    void the_chat_page_opens_these_forms_and_shows_problems_beside_their_fields() throws Exception {
        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.body())
                .contains("'/api/forms/'", "anteckna: 'minutes-item'", "svara: 'follow-up-answer'")
                .contains("aria-describedby", "status === 422")
                .doesNotContain("innerHTML");
    }

    // --- Requests ----------------------------------------------------------------------------------------------

    private static String submission(String id, Map<String, String> fields, String requestId) {
        return JsonPath.parse(Map.of("id", id, "fields", fields, "requestId", requestId))
                .jsonString();
    }

    private HttpResponse<String> get(String form, String id, String person) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                uri("/api/forms/" + form + "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)));
        if (person != null) {
            request.header("X-Test-Person", person);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String form, String json, String person)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri("/api/forms/" + form))
                        .header("X-Test-Person", person)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
