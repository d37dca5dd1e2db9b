package se.samverkansbot.adapter.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.minutes.MinutesStatus;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.Structure;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.store.mongo.MongoMinutesRecords;
import se.samverkansbot.store.mongo.MongoMutes;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.store.mongo.MongoStructures;
import se.samverkansbot.time.SwedishTime;

/**
 * The workspace over real HTTP, signed in as the test header says: each person sees the forums they administer and
 * no others, a change takes effect at once and is listed in the history, a refused change says why and changes
 * nothing, and the structure file goes out and comes back in.
 */
@SpringBootTest(classes = WorkspaceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkspaceTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    CurrentRegister register;

    @Autowired
    MongoStructures structures;

    @Autowired
    MongoDatabase database;

    private MongoMeetings meetings;
    private MongoMinutesRecords minutes;
    private MongoReminders reminders;
    private MongoMutes mutes;

    /** Each test starts from the file's register; the history of earlier tests stays, as history does. */
    @BeforeEach
    void theRegisterAsTheFileHasIt() {
        Structure file = new StructureFileReader().read("prov.yaml", WorkspaceTestApplication.PROV);
        structures.change("prov", current -> file, "test");
        register.accept(new Register(structures.all()));
        for (String stored : List.of("meetings", "minutes", "reminders", "mutes")) {
            database.getCollection(stored).deleteMany(new org.bson.Document());
        }
        meetings = new MongoMeetings(database);
        minutes = new MongoMinutesRecords(database);
        reminders = new MongoReminders(database);
        mutes = new MongoMutes(database);
    }

    @Test
    void a_member_who_administers_nothing_gets_a_polite_page() throws Exception {
        HttpResponse<String> page = get("mats", "/workspace");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Du administrerar inget forum ännu").doesNotContain("Provgruppen");
    }

    @Test
    void a_secretary_sees_her_own_forum_and_not_another() throws Exception {
        HttpResponse<String> home = get("sara", "/workspace");

        assertThat(home.body())
                .contains("Provgruppen", "/workspace/prov/gruppen")
                .doesNotContain("Annan grupp");

        HttpResponse<String> other = get("sara", "/workspace/prov/annan");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("Du administrerar inte forumet");
        HttpResponse<String> change =
                post("sara", "/workspace/prov/annan/end", Map.of("seat", "s3", "to", "2026-12-31"));
        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(seat("s3").period().to()).isNull();
    }

    @Test
    void an_administrator_named_in_configuration_keeps_every_forum_of_the_structure() throws Exception {
        assertThat(get("ada", "/workspace").body()).contains("Provgruppen", "Annan grupp", "Importera en strukturfil");
        assertThat(get("ewa-klingefors", "/workspace").body()).contains("HälSam politisk samverkan", "Länsledning");
        assertThat(get("ewa-klingefors", "/workspace/prov/gruppen").statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_successor_registered_in_the_form_is_in_effect_at_once_and_the_warning_goes_away() throws Exception {
        HttpResponse<String> before = get("sara", "/workspace/prov/gruppen");
        assertThat(before.body()).contains("Mats Ledamot", "Slutar utan efterträdare");
        assertThat(warnings(before.body())).contains("Mats Ledamot");

        HttpResponse<String> done = post(
                "sara",
                "/workspace/prov/gruppen/successor",
                Map.of("seat", "s2", "newName", "Nina Ny", "newParty", "stad", "from", "2027-01-01"));

        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/workspace/prov/gruppen?done"));
        assertThat(register.get()
                        .structure("prov")
                        .orElseThrow()
                        .seatsOn("gruppen", java.time.LocalDate.of(2027, 1, 1)))
                .extracting(Seat::person)
                .contains("nina-ny");
        HttpResponse<String> after = get("sara", "/workspace/prov/gruppen?done");
        assertThat(after.body())
                .contains("Ändringen är sparad", "Nina Ny", "Efterträdare registrerad", "Sara Sekreterare");
        assertThat(warnings(after.body())).doesNotContain("Mats Ledamot").contains("Inga platser slutar snart");
    }

    @Test
    void a_refused_change_says_why_in_the_person_s_language_keeps_the_values_and_changes_nothing() throws Exception {
        HttpResponse<String> badDate = post(
                "sara", "/workspace/prov/gruppen/successor", Map.of("seat", "s2", "person", "olle", "from", "1 jan"));
        HttpResponse<String> reversed =
                post("sara", "/workspace/prov/gruppen/end", Map.of("seat", "s2", "to", "2022-12-31"));
        HttpResponse<String> english =
                post("olle", "/workspace/prov/annan/end", Map.of("seat", "s3", "to", "2024-01-01"));

        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(badDate.body())
                .contains(
                        "Ändringen sparades inte",
                        "&#39;from&#39; är inget giltigt datum: &#39;1 jan&#39;",
                        "value=\"1 jan\"");
        assertThat(reversed.statusCode()).isEqualTo(422);
        assertThat(reversed.body()).contains("perioden slutar (2022-12-31) innan den börjar (2023-01-01)");
        assertThat(english.body())
                .contains("The change was not saved", "the period ends (2024-01-01) before it starts");
        assertThat(seat("s2").period().to()).isEqualTo("2026-12-31");
        assertThat(get("sara", "/workspace/prov/gruppen").body()).doesNotContain("Plats avslutad");
    }

    @Test
    void the_export_is_a_structure_file_of_the_current_register_for_those_who_keep_a_forum() throws Exception {
        // The identities a person is recognised by are the structure administrator's to change.
        post(
                "ada",
                "/workspace/prov/gruppen/person",
                Map.of("id", "mats", "name", "Mats Ledamot", "email", "m@prov.example"));

        HttpResponse<String> export = get("sara", "/workspace/prov/export");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(h -> assertThat(h).contains("prov.yaml"));
        assertThat(new StructureFileReader().read("prov.yaml", export.body()))
                .isEqualTo(register.get().structure("prov").orElseThrow());
        assertThat(export.body()).contains("email: m@prov.example");
        assertThat(get("mats", "/workspace/prov/export").statusCode()).isEqualTo(403);
    }

    @Test
    void an_uploaded_file_with_problems_is_refused_with_its_lines_and_a_good_one_replaces_the_structure()
            throws Exception {
        String exported = get("ada", "/workspace/prov/export").body();
        String broken = exported.replace("forum: annan", "forum: anann");

        HttpResponse<String> refused = upload("ada", "/workspace/prov/import", "prov.yaml", broken);
        HttpResponse<String> bySecretary = upload("sara", "/workspace/prov/import", "prov.yaml", exported);
        HttpResponse<String> imported =
                upload("ada", "/workspace/prov/import", "prov.yaml", exported.replace("Mats Ledamot", "Mats L"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .containsPattern("prov.yaml:\\d+: &#39;forum&#39; hänvisar till ett forum &#39;anann&#39;");
        assertThat(bySecretary.statusCode()).isEqualTo(403);
        assertThat(bySecretary.body()).contains("Bara strukturens administratörer");
        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(register.get().person("mats")).map(p -> p.person().name()).hasValue("Mats L");
        assertThat(get("ada", "/workspace/prov/gruppen").body()).contains("Strukturfil importerad");
    }

    @Test
    void a_person_who_reads_english_gets_the_workspace_in_english_and_anyone_can_switch() throws Exception {
        assertThat(get("olle", "/workspace/prov/annan").body()).contains("Register a successor", "lang=\"en\"");
        assertThat(get("sara", "/workspace/prov/gruppen?lang=en").body()).contains("Seats ending with no successor");
    }

    @Test
    void a_secretary_sees_her_forum_s_meetings_with_their_deadlines_and_the_last_ones_held() throws Exception {
        assertThat(section(get("sara", "/workspace/prov/gruppen").body(), "meetings", "minutes"))
                .contains("Inga möten är inplanerade", "Inga möten har hållits");

        meetings.save(meeting("2026-12-10T09:00:00Z", MeetingStatus.NOTICE_SENT, "Stadshuset, rum 3"));
        meetings.save(meeting("2026-10-15T08:00:00Z", MeetingStatus.HELD, "Regionhuset"));
        meetings.save(new Meeting(
                "prov/annan/2026-12-11T10:00",
                "prov",
                "annan",
                Instant.parse("2026-12-11T09:00:00Z"),
                null,
                "Annat hus",
                null,
                MeetingStatus.PLANNED,
                List.of(),
                List.of()));

        String swedish = section(get("sara", "/workspace/prov/gruppen").body(), "meetings", "minutes");
        assertThat(swedish)
                .contains(
                        "<caption>Kommande möten</caption>",
                        "2026-12-10",
                        "10:00",
                        "Stadshuset, rum 3",
                        "kallelse skickad",
                        "sista dag för ärenden till dagordningen: 2026-11-26 10:00",
                        "Senast hållna möten",
                        "2026-10-15",
                        "Regionhuset",
                        "genomfört")
                .doesNotContain("Annat hus");
        assertThat(section(get("sara", "/workspace/prov/gruppen?lang=en").body(), "meetings", "minutes"))
                .contains("Coming meetings", "notice sent", "agenda item cut-off: 2026-11-26 10:00", "held");
        assertThat(get("sara", "/workspace/prov/annan").statusCode()).isEqualTo(403);
    }

    @Test
    void the_meetings_section_shows_the_forum_s_meeting_schedule_as_the_register_has_it() throws Exception {
        assertThat(section(get("sara", "/workspace/prov/gruppen").body(), "schedule", "coming-meetings"))
                .contains("Registret anger ingen mötesplan");
        String planned = WorkspaceTestApplication.PROV.replace(
                "{id: gruppen, name: Provgruppen, level: working-group}",
                "{id: gruppen, name: Provgruppen, level: working-group, meets: {description: fyra gånger per år,"
                        + " schedule: {rule: \"FREQ=YEARLY;BYMONTH=2,5,9,11;BYDAY=2TU\", from: 2026-01-01,"
                        + " dates: [2026-12-16], at: \"13:00\", minutes: 120, place: Regionhuset}}}");
        Structure file = new StructureFileReader().read("prov.yaml", planned);
        structures.change("prov", current -> file, "test");
        register.accept(new Register(structures.all()));

        assertThat(section(get("sara", "/workspace/prov/gruppen").body(), "schedule", "coming-meetings"))
                .contains(
                        "fyra gånger per år",
                        "FREQ=YEARLY;BYMONTH=2,5,9,11;BYDAY=2TU",
                        "2026-01-01",
                        "Enstaka möten",
                        "2026-12-16",
                        "13:00 (120 minuter)",
                        "Regionhuset");
        assertThat(section(get("sara", "/workspace/prov/gruppen?lang=en").body(), "schedule", "coming-meetings"))
                .contains("Meeting schedule", "Single meetings", "13:00 (120 minutes)");
    }

    @Test
    void a_secretary_sees_the_minutes_of_the_meetings_held_and_a_link_where_they_are_published() throws Exception {
        meetings.save(meeting("2026-10-15T08:00:00Z", MeetingStatus.MINUTES_PUBLISHED, "Regionhuset"));
        meetings.save(meeting("2026-11-05T09:00:00Z", MeetingStatus.HELD, "Regionhuset"));
        minutes.add(minutes("2026-10-15T08:00:00Z", MinutesStatus.PUBLISHED));
        minutes.add(minutes("2026-11-05T09:00:00Z", MinutesStatus.DRAFT));
        meetings.save(meeting("2026-09-10T08:00:00Z", MeetingStatus.HELD, "Regionhuset"));
        minutes.add(minutes("2026-09-10T08:00:00Z", MinutesStatus.DRAFT)
                .signedBy(new Minutes.SignOff("sara", "chair", Instant.parse("2026-09-12T08:00:00Z"))));

        String page = section(get("sara", "/workspace/prov/gruppen").body(), "minutes", "failed");

        assertThat(page)
                .contains(
                        "Minnesanteckningar per möte",
                        "2026-11-05",
                        "Utkast",
                        "2026-10-15",
                        "Publicerade",
                        "2026-09-10",
                        "Under justering",
                        "href=\"/minnesanteckningar/prov/gruppen/2026-10-15T10%3A00?lang=sv\"");
        assertThat(page.indexOf("2026-11-05")).isLessThan(page.indexOf("2026-10-15"));
        assertThat(page.indexOf("2026-10-15")).isLessThan(page.indexOf("2026-09-10"));
        assertThat(page).containsOnlyOnce("href=\"/minnesanteckningar/");
        assertThat(section(get("sara", "/workspace/prov/gruppen?lang=en").body(), "minutes", "failed"))
                .contains("Draft", "Published", "lang=en");
    }

    @Test
    void a_secretary_sees_the_deliveries_from_her_forum_that_failed_and_not_those_of_another() throws Exception {
        assertThat(section(get("sara", "/workspace/prov/gruppen").body(), "failed", "reminders"))
                .contains("Inga utskick från forumet har misslyckats");
        fail("prov", "gruppen", "mats", "channel_not_found");
        fail("prov", "annan", "olle", "user_not_found");

        String page = section(get("sara", "/workspace/prov/gruppen").body(), "failed", "reminders");

        assertThat(page)
                .contains(
                        "<caption>Påminnelser och meddelanden som inte kunde levereras",
                        "Mats Ledamot",
                        "sista dag för handlingar",
                        "channel_not_found")
                .doesNotContain("user_not_found", "Olle Annan");
    }

    @Test
    void the_signed_in_person_mutes_and_unmutes_her_own_reminders_from_the_forum_as_in_the_chat() throws Exception {
        assertThat(section(get("sara", "/workspace/prov/gruppen").body(), "reminders", "history"))
                .contains("Du får alla påminnelser från forumet", "<label for=\"mute-kind\"");

        HttpResponse<String> kind =
                post("sara", "/workspace/prov/gruppen/mute", Map.of("kind", "notice", "action", "mute"));
        assertThat(kind.statusCode()).isEqualTo(302);
        assertThat(mutes.isMuted("sara", "prov", "gruppen", DeadlineKind.NOTICE))
                .isTrue();
        assertThat(mutes.isMuted("sara", "prov", "gruppen", DeadlineKind.MATERIAL))
                .isFalse();
        assertThat(section(get("sara", "/workspace/prov/gruppen").body(), "reminders", "history"))
                .contains("Du har tystat påminnelser om:", "kallelsen skickas");

        post("sara", "/workspace/prov/gruppen/mute", Map.of("kind", "all", "action", "mute"));
        assertThat(mutes.isMuted("sara", "prov", "gruppen")).isTrue();
        assertThat(section(get("sara", "/workspace/prov/gruppen").body(), "reminders", "history"))
                .contains("Du har tystat alla påminnelser från forumet");

        post("sara", "/workspace/prov/gruppen/mute", Map.of("kind", "all", "action", "unmute"));
        assertThat(mutes.isMuted("sara", "prov", "gruppen", DeadlineKind.NOTICE))
                .isFalse();
        assertThat(section(get("sara", "/workspace/prov/gruppen").body(), "reminders", "history"))
                .contains("Du får alla påminnelser från forumet");

        HttpResponse<String> bad =
                post("sara", "/workspace/prov/gruppen/mute", Map.of("kind", "lunch", "action", "mute"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Ändringen sparades inte", "&#39;lunch&#39;");
        HttpResponse<String> other =
                post("sara", "/workspace/prov/annan/mute", Map.of("kind", "all", "action", "mute"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(mutes.isMuted("sara", "prov", "annan")).isFalse();
    }

    private Seat seat(String id) {
        return register.get().structure("prov").orElseThrow().seats().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static String section(String page, String from, String to) {
        int start = page.indexOf("id=\"" + from + "\"");
        return page.substring(start, page.indexOf("id=\"" + to + "\"", start));
    }

    private static Meeting meeting(String start, MeetingStatus status, String place) {
        Instant at = Instant.parse(start);
        return new Meeting(
                id(at),
                "prov",
                "gruppen",
                at,
                at.plus(Duration.ofHours(2)),
                place,
                null,
                status,
                List.of(),
                List.of(
                        new Deadline(DeadlineKind.AGENDA_CUTOFF, at.minus(Duration.ofDays(14))),
                        new Deadline(DeadlineKind.MEETING, at)));
    }

    private static String id(Instant start) {
        return "prov/gruppen/" + SwedishTime.at(start).toLocalDateTime().toString();
    }

    private static Minutes minutes(String start, MinutesStatus status) {
        Instant at = Instant.parse(start);
        return new Minutes(
                Minutes.idOf(id(at), 1),
                id(at),
                "prov",
                "gruppen",
                at,
                1,
                null,
                null,
                status,
                List.of(),
                List.of(),
                null,
                List.of(),
                status == MinutesStatus.PUBLISHED ? at.plus(Duration.ofDays(7)) : null,
                status == MinutesStatus.PUBLISHED ? "sara" : null,
                List.of(),
                0);
    }

    /** A reminder about the material that was given up on: planned, claimed and marked failed, as the sender does. */
    private void fail(String structure, String forum, String person, String reason) {
        Instant due = WorkspaceTestApplication.CLOCK.instant().minus(Duration.ofDays(1));
        reminders.plan(List.of(Reminder.planned(
                structure,
                forum,
                structure + "/" + forum + "/2026-11-26T10:00",
                DeadlineKind.MATERIAL,
                due,
                due.minus(Duration.ofDays(2)),
                new Recipient(Platform.SLACK, "D-" + person, person))));
        Reminder claimed = reminders
                .claimDue(WorkspaceTestApplication.CLOCK.instant(), "test", Duration.ofMinutes(1))
                .orElseThrow();
        reminders.markFailed(claimed, reason);
    }

    private static String warnings(String page) {
        int start = page.indexOf("id=\"warnings\"");
        return page.substring(start, page.indexOf("id=\"seats\"", start));
    }

    private HttpResponse<String> get(String person, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header(TestSignIn.HEADER, person)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String person, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header(TestSignIn.HEADER, person)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String person, String path, String fileName, String content)
            throws IOException, InterruptedException {
        String boundary = "----workspace-test-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n"
                + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header(TestSignIn.HEADER, person)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
