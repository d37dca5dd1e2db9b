package se.samverkansbot.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.ItemKind;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.minutes.RecordMinutes;
import se.samverkansbot.testing.TestCore;

/**
 * The agenda export as a meeting export, over real HTTP: Gruppen (SmallForum) met on 20 November 2026, recommended one
 * item to its principal and published the minutes; its secretary exports the meeting as CSV, JSON and a printable
 * document. A member, and the secretary asking for another forum's meeting, are refused.
 */
@SpringBootTest(classes = WebChatTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingExportApiTest {
    @LocalServerPort
    int port;

    @Autowired
    TestCore core;

    private final HttpClient http = HttpClient.newHttpClient();
    private String meetingId;

    @BeforeEach
    void a_meeting_with_published_minutes_and_one_recommendation() {
        meetingId = "test/grupp/export-" + System.nanoTime();
        Instant start = Instant.parse("2026-11-20T08:00:00Z");
        core.meetings()
                .save(new Meeting(
                        meetingId,
                        "test",
                        "grupp",
                        start,
                        null,
                        "Sundsvall",
                        null,
                        MeetingStatus.NOTICE_SENT,
                        List.of(),
                        List.of()));
        String item = "A-EXP" + Math.abs(meetingId.hashCode() % 1000);
        core.items()
                .add(new AgendaItem(
                        item,
                        "r-" + meetingId,
                        "test",
                        "grupp",
                        meetingId,
                        "Gemensam riktlinje för <SIP>",
                        null,
                        ItemKind.PREPARATION,
                        null,
                        "led",
                        start.minusSeconds(86_400 * 14),
                        ItemStatus.ACCEPTED,
                        null,
                        List.of(),
                        0));
        RecordMinutes minutes = core.core().recordMinutes();
        minutes.recordItem(meetingId, item, "Presenterades.", "recommendation", "Anta riktlinjen", null, "sekr", "e1");
        minutes.recordAttendance(meetingId, "led", "present", null, "sekr", "e2");
        minutes.nameAdjuster(meetingId, "led", "sekr", "e3");
        minutes.signOff(meetingId, "ordf", "e4");
        minutes.signOff(meetingId, "led", "e5");
        minutes.publish(meetingId, "sekr", "e6");
    }

    @Test
    void the_secretary_exports_the_meeting_as_a_printable_document() throws Exception {
        HttpResponse<String> document = export("test", "grupp", "html", "sekr");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(document.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
        assertThat(document.body())
                .contains(
                        "<h2>Dagordning</h2>",
                        "<h2>Minnesanteckningar</h2>",
                        "Gemensam riktlinje för &lt;SIP&gt;",
                        "Rekommendation till huvudmännen: Anta riktlinjen",
                        "Lena Ledamot</td><td></td><td>närvarande",
                        "Justerat av Olle Ordförande (ordförande) 23 november 2026",
                        "<h2>Uppföljning per huvudman</h2>",
                        "<tr><th>Teststad</th><td>inte besvarad</td></tr>",
                        "@media print",
                        "@page{size:A4")
                .doesNotContain("<SIP>", "UTKAST");
    }

    @Test
    void the_meeting_export_as_json_and_csv_holds_items_minutes_and_follow_ups() throws Exception {
        HttpResponse<String> json = export("test", "grupp", "json", "sekr");
        HttpResponse<String> csv = export("test", "grupp", "csv", "sekr");

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(json.body(), "$.items[*].title"))
                .containsExactly("Gemensam riktlinje för <SIP>");
        assertThat(JsonPath.<List<String>>read(json.body(), "$.minutes[0].signOffs[*].as"))
                .containsExactly("chair", "adjuster");
        assertThat(JsonPath.<String>read(json.body(), "$.minutes[0].status")).isEqualTo("PUBLISHED");
        assertThat(JsonPath.<List<String>>read(json.body(), "$.followUps[*].principal"))
                .containsExactly("stad");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines())
                .first()
                .isEqualTo("\uFEFFdel;id;utgåva;rubrik;utfall/status;vem;när;text;historik");
        assertThat(csv.body().lines().map(line -> line.substring(0, line.indexOf(';'))))
                .contains("möte", "ärende", "minnesanteckningar", "anteckning", "närvaro", "justering", "uppföljning");
    }

    @Test
    void a_member_and_another_forums_secretary_are_refused() throws Exception {
        assertThat(export("test", "grupp", "html", "led").statusCode()).isEqualTo(403);
        assertThat(export("test", "grupp", "html", null).statusCode()).isEqualTo(403);
        // The secretary of Gruppen is nobody in Länsledning, and a meeting is only found under its own forum.
        assertThat(export("halsam", "lansledning", "html", "sekr").statusCode()).isEqualTo(403);
        assertThat(http.send(
                                request(
                                        "/api/agenda/export?structure=test&forum=grupp&format=json&meeting="
                                                + URLEncoder.encode("halsam/lansledning/x", StandardCharsets.UTF_8),
                                        "sekr"),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> export(String structure, String forum, String format, String person)
            throws IOException, InterruptedException {
        return http.send(
                request(
                        "/api/agenda/export?structure=" + structure + "&forum=" + forum + "&format=" + format
                                + "&meeting=" + URLEncoder.encode(meetingId, StandardCharsets.UTF_8),
                        person),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String person) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (person != null) {
            request.header("X-Test-Person", person);
        }
        return request.build();
    }
}
