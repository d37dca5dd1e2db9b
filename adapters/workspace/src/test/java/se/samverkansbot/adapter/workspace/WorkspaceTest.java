package se.samverkansbot.adapter.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.Structure;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.store.mongo.MongoStructures;

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

    /** Each test starts from the file's register; the history of earlier tests stays, as history does. */
    @BeforeEach
    void theRegisterAsTheFileHasIt() {
        Structure file = new StructureFileReader().read("prov.yaml", WorkspaceTestApplication.PROV);
        structures.change("prov", current -> file, "test");
        register.accept(new Register(structures.all()));
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
        post(
                "sara",
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

    private Seat seat(String id) {
        return register.get().structure("prov").orElseThrow().seats().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
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
