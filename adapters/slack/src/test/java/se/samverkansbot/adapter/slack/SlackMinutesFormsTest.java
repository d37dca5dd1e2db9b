package se.samverkansbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import se.samverkansbot.chat.DurableInbox;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.minutes.Attendance;
import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.minutes.Outcome;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.store.mongo.MongoInboundRequests;
import se.samverkansbot.store.mongo.MongoPlatformAccounts;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/**
 * The minutes, attendance and follow-up modals driven through the real Bolt app with real-shaped payloads (the shared
 * fixtures, adapted). Gruppen met on 7 January 2027 with one accepted item; Olle (UOLLE) chairs it and records the
 * minutes, Lena (ULENA, English) is a member, and the structure has another forum, Länsledningen, to raise items to.
 */
class SlackMinutesFormsTest {
    private static final Register REGISTER = new Register(List.of(new StructureFileReader().read("test.yaml", """
            structure: {id: test, name: Testsamverkan}
            parties:
              - {id: stad, name: Teststad, kind: municipality, principal: true}
            people:
              - {id: ordf, name: Olle Ordförande, slackUserId: UOLLE, party: stad}
              - {id: led, name: Lena Ledamot, slackUserId: ULENA, language: en, party: stad}
            forums:
              - {id: grupp, name: Gruppen, level: county-coordination}
              - {id: ledning, name: Länsledningen, level: strategic}
            seats:
              - {id: s1, forum: grupp, role: chair, party: stad, person: ordf}
              - {id: s3, forum: grupp, role: member, party: stad, person: led}
            """)));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final TestCore core = TestCore.of(REGISTER, SmallForum.DIRECTORY, clock);
    private FakeSlackApi slack;
    private App app;
    private SlackRequestParser parser;
    private String meetingId;
    private String itemId;

    @BeforeEach
    void a_held_meeting_with_one_accepted_item() throws IOException {
        slack = new FakeSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        Slack client = Slack.getInstance(config);
        AppConfig appConfig = AppConfig.builder()
                .singleTeamBotToken("xoxb-test")
                .signingSecret("secret")
                .requestVerificationEnabled(false)
                .slack(client)
                .build();
        var database = InMemoryMongo.shared().freshDatabase();
        app = SlackBot.create(
                        appConfig,
                        core.core(),
                        new DurableInbox(
                                new MongoInboundRequests(database),
                                Platform.SLACK,
                                "test",
                                java.time.Duration.ofMinutes(2),
                                3,
                                clock),
                        new RunAtOnce(),
                        new SlackIdentities(client.methods("xoxb-test"), new MongoPlatformAccounts(database, clock)),
                        "/samverkan",
                        clock)
                .app();
        parser = new SlackRequestParser(appConfig);
        meetingId = core.aMeetingOfGruppen(Instant.parse("2027-01-07T08:00:00Z"))
                .orElseThrow()
                .id();
        itemId = core.core()
                .submitAgendaItem()
                .submit(new se.samverkansbot.agenda.SubmitAgendaItem.Request(
                        "r1", "test", "grupp", "led", "Gemensam riktlinje för SIP", null, null, null, null))
                .item()
                .id();
        core.core().reviewAgendaItems().accept(itemId, "ordf");
        clock.set(Instant.parse("2027-01-08T09:00:00Z"));
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void the_command_opens_the_item_modal_with_the_meetings_items_outcomes_and_forums_to_raise_to() throws Exception {
        command("UOLLE", "anteckna " + meetingId);

        String view = slack.await("views.open", 1).getFirst().params().get("view");
        assertThat(view)
                .contains("\"callback_id\":\"minutes_item\"", "\"private_metadata\":\"" + meetingId + "\"")
                .contains("Anteckna ärende", "Gemensam riktlinje för SIP", "rekommendation till huvudmännen")
                .contains("Länsledningen")
                .doesNotContain("\"text\":\"Gruppen\"");
    }

    @Test
    void a_member_who_does_not_record_minutes_gets_a_modal_saying_why_in_her_language() throws Exception {
        command("ULENA", "record " + meetingId);

        String view = slack.await("views.open", 1).getFirst().params().get("view");
        assertThat(view).contains("minutes_refused", "Record an item").doesNotContain("\"submit\"");
    }

    @Test
    void a_submitted_item_reaches_the_minutes_as_typed_and_a_retry_records_it_once() throws Exception {
        String recommended = "Gruppen rekommenderar huvudmännen: anta riktlinjen – från 1 maj 2027.";
        String submission = itemSubmission("UOLLE", "V-item-1", "recommendation", recommended, null);

        assertThat(interaction(submission).getStatusCode()).isEqualTo(200);
        assertThat(interaction(submission).getStatusCode()).isEqualTo(200);

        Minutes minutes = core.core().recordMinutes().latest(meetingId).orElseThrow();
        assertThat(minutes.item(itemId).orElseThrow()).satisfies(item -> {
            assertThat(item.outcome()).isEqualTo(Outcome.RECOMMENDATION);
            assertThat(item.text()).isEqualTo(recommended);
            assertThat(item.note()).isEqualTo("Förslaget presenterades: synpunkter inarbetade.");
        });
        assertThat(minutes.history()).filteredOn(c -> c.what().equals("item")).hasSize(1);
        assertThat(slack.await("chat.postMessage", 2).getFirst().params())
                .containsEntry("channel", "UOLLE")
                .hasEntrySatisfying("text", text -> assertThat(text).contains("Rekommendation till huvudmännen"));
    }

    @Test
    void an_item_raised_to_another_forum_carries_that_forum() throws Exception {
        interaction(itemSubmission("UOLLE", "V-item-2", "raised", null, "ledning"));

        assertThat(core.core()
                        .recordMinutes()
                        .latest(meetingId)
                        .orElseThrow()
                        .item(itemId)
                        .orElseThrow())
                .satisfies(item -> {
                    assertThat(item.outcome()).isEqualTo(Outcome.RAISED);
                    assertThat(item.raisedTo()).isEqualTo("ledning");
                });
    }

    @Test
    void a_recommendation_without_its_text_or_a_raise_without_a_forum_goes_back_into_the_modal() throws Exception {
        Response swedish = interaction(itemSubmission("UOLLE", "V-item-3", "recommendation", "", null));
        Response english = interaction(itemSubmission("ULENA", "V-item-4", "raised", null, null));

        assertThat(JsonPath.<String>read(swedish.getBody(), "$.response_action"))
                .isEqualTo("errors");
        assertThat(JsonPath.<String>read(swedish.getBody(), "$.errors.text"))
                .isEqualTo("Skriv vad forumet rekommenderar huvudmännen.");
        assertThat(JsonPath.<String>read(english.getBody(), "$.errors.raised_to"))
                .isEqualTo("Choose the forum the item is raised to.");
        assertThat(core.core().recordMinutes().latest(meetingId)).isEmpty();
    }

    @Test
    void the_attendance_modal_lists_each_seat_and_its_submission_records_seats_deputy_and_adjuster() throws Exception {
        command("UOLLE", "närvaro " + meetingId);
        assertThat(slack.await("views.open", 1).getFirst().params().get("view"))
                .contains("Närvaro", "Olle Ordförande (Teststad)", "Lena Ledamot (Teststad)", "ersättare närvarande");

        interaction(attendanceSubmission("UOLLE", "V-att-1", "deputy", "Dora Dahl", "led"));

        Minutes minutes = core.core().recordMinutes().latest(meetingId).orElseThrow();
        assertThat(minutes.attendance())
                .extracting(Minutes.Presence::seatId, Minutes.Presence::attendance, Minutes.Presence::deputy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("s1", Attendance.PRESENT, null),
                        org.assertj.core.groups.Tuple.tuple("s3", Attendance.DEPUTY_PRESENT, "Dora Dahl"));
        assertThat(minutes.adjusterId()).isEqualTo("led");
    }

    @Test
    void a_deputy_without_a_name_is_asked_for_in_the_modal() throws Exception {
        Response response = interaction(attendanceSubmission("ULENA", "V-att-2", "deputy", " ", null));

        assertThat(JsonPath.<String>read(response.getBody(), "$.errors['deputy:s3']"))
                .isEqualTo("Write who came as deputy.");
    }

    @Test
    void a_decision_needs_date_body_and_outcome_and_the_problems_are_shown_in_the_modal() throws Exception {
        Response response = interaction(answerSubmission("UOLLE", "V-ans-1", "decided", null, "", null, "ftp://x"));

        assertThat(JsonPath.<Map<String, String>>read(response.getBody(), "$.errors"))
                .containsEntry("date", "Ange datum.")
                .containsEntry("body", "Ange vilket organ.")
                .containsEntry("decision", "Välj utfall: antogs, antogs med ändringar eller antogs inte.")
                .containsEntry("link", "Länken ska vara en webbadress som börjar med https://");
    }

    @Test
    void a_complete_answer_goes_to_the_core_as_typed_which_decides_whether_it_fits_a_follow_up() throws Exception {
        Response response = interaction(
                answerSubmission("ULENA", "V-ans-2", "decided", "2027-03-01", "Kommunstyrelsen", "adopted", ""));

        assertThat(String.valueOf(response.getBody())).doesNotContain("errors");
        assertThat(slack.await("chat.postMessage", 1).getFirst().params())
                .containsEntry("channel", "ULENA")
                .hasEntrySatisfying("text", text -> assertThat(text).contains("I find no such follow-up"));
    }

    @Test
    void an_unknown_follow_up_opens_a_modal_saying_so() throws Exception {
        command("UOLLE", "svara F-okand");

        assertThat(slack.await("views.open", 1).getFirst().params().get("view"))
                .contains("Jag hittar ingen sådan uppföljning", "minutes_refused");
    }

    // --- Requests ----------------------------------------------------------------------------------------------

    private void command(String user, String text) throws Exception {
        String command = SlackBotTest.fixture("02_slash_command.form-urlencoded.txt")
                .replaceAll("(^|&)text=[^&]*", "$1text=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
                .replaceAll("(^|&)user_id=[^&]*", "$1user_id=" + user)
                .replaceAll("(^|&)command=[^&]*", "$1command=%2Fsamverkan");
        assertThat(run("application/x-www-form-urlencoded", command).getStatusCode())
                .isEqualTo(200);
    }

    private String itemSubmission(String user, String viewId, String outcome, String text, String raisedTo)
            throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("item", select("item", itemId));
        values.put("note", text("note", "Förslaget presenterades: synpunkter inarbetade."));
        values.put("outcome", select("outcome", outcome));
        values.put("text", text("text", text));
        values.put("raised_to", select("raised_to", raisedTo));
        return submission("minutes_item", meetingId, user, viewId, values);
    }

    private String attendanceSubmission(String user, String viewId, String lena, String deputy, String adjuster)
            throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("seat:s1", select("seat:s1", "present"));
        values.put("deputy:s1", text("deputy:s1", null));
        values.put("seat:s3", select("seat:s3", lena));
        values.put("deputy:s3", text("deputy:s3", deputy));
        values.put("adjuster", select("adjuster", adjuster));
        return submission("minutes_attendance", meetingId, user, viewId, values);
    }

    private String answerSubmission(
            String user, String viewId, String status, String date, String body, String decision, String link)
            throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", select("status", status));
        values.put("date", Map.of("date", date == null ? Map.of("type", "datepicker") : datepicker(date)));
        values.put("body", text("body", body));
        values.put("decision", select("decision", decision));
        values.put("link", text("link", link));
        values.put("note", text("note", null));
        return submission("follow_up_answer", "F-1", user, viewId, values);
    }

    private String submission(String callback, String metadata, String user, String viewId, Map<String, Object> values)
            throws IOException {
        return JsonPath.parse(SlackBotTest.fixture("05_view_submission.json"))
                .set("$.view.callback_id", callback)
                .set("$.view.private_metadata", metadata)
                .set("$.view.id", viewId)
                .set("$.user.id", user)
                .set("$.view.state.values", values)
                .jsonString();
    }

    private Response interaction(String payload) throws Exception {
        return run(
                "application/x-www-form-urlencoded", "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
    }

    private Response run(String contentType, String body) throws Exception {
        var request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events")
                .queryString(Map.of())
                .headers(new RequestHeaders(Map.of("content-type", List.of(contentType))))
                .requestBody(body)
                .remoteAddress("127.0.0.1")
                .build());
        return app.run(request);
    }

    /** A select left empty is sent by Slack with a null selected option. */
    private static Map<String, Object> select(String id, String value) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", "static_select");
        state.put("selected_option", value == null ? null : Map.of("value", value));
        return Map.of(id, state);
    }

    private static Map<String, Object> datepicker(String date) {
        return Map.of("type", "datepicker", "selected_date", date);
    }

    private static Map<String, Object> text(String id, String value) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", "plain_text_input");
        state.put("value", value);
        return Map.of(id, state);
    }
}
