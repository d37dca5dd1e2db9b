package se.samverkansbot.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansbot.app.signin.Browser;
import se.samverkansbot.reminder.EndingMandates;

/**
 * The workspace in the running app: only for the signed-in, forms only with the CSRF token the page hands out, and a
 * successor registered there is what the chat answers about 2027, with no restart.
 */
class WorkspaceSignInTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String SUCCESSOR = "/workspace/halsam/halsam-politisk/successor";

    @TempDir
    static Path dir;

    static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        app = WorkspaceApp.start(dir);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void nobody_reaches_the_workspace_without_signing_in() throws Exception {
        Browser stranger = Browser.of(app);

        HttpResponse<String> page = stranger.get("/workspace");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(stranger.get("/workspace/halsam/export").statusCode()).isEqualTo(302);
        assertThat(stranger.postForm(SUCCESSOR, Map.of("seat", "politisk-sundsvall-social"))
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void a_change_without_the_page_s_csrf_token_is_refused() throws Exception {
        Browser ewa = Browser.of(app).signInLocally(WorkspaceApp.ADMINISTRATOR);

        HttpResponse<String> forged = ewa.postForm(
                SUCCESSOR, Map.of("seat", "politisk-ange-social", "newName", "Falsk Person", "from", "2027-01-01"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(ewa.get("/workspace/halsam/halsam-politisk").body()).doesNotContain("Falsk Person");
    }

    @Test
    void a_successor_registered_in_the_workspace_is_what_the_chat_answers_about_2027_without_a_restart()
            throws Exception {
        Browser ewa = Browser.of(app).signInLocally(WorkspaceApp.ADMINISTRATOR);
        String before = ask(ewa, "vem representerar Sundsvall i HälSam 2027?");
        assertThat(before).doesNotContain("Nora Nyström");
        assertThat(endingSeats()).contains("politisk-sundsvall-social");

        String page = ewa.get("/workspace/halsam/halsam-politisk").body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();
        HttpResponse<String> done = ewa.postForm(
                SUCCESSOR,
                Map.of(
                        "_csrf", token.group(1),
                        "seat", "politisk-sundsvall-social",
                        "newName", "Nora Nyström",
                        "newParty", "sundsvall",
                        "from", "2027-01-01"));

        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(ask(ewa, "vem representerar Sundsvall i HälSam 2027?")).contains("Nora Nyström");
        assertThat(endingSeats()).doesNotContain("politisk-sundsvall-social");
        assertThat(ewa.get("/workspace/halsam/export").body())
                .contains("name: Nora Nyström", "person: nora-nystrom", "from: 2027-01-01");
    }

    @Test
    void an_administrator_uploads_the_whole_structure_file_with_the_page_s_token() throws Exception {
        Browser ewa = Browser.of(app).signInLocally(WorkspaceApp.ADMINISTRATOR);
        assertThat(ewa.get("/workspace/jamtland-harjedalen/export").statusCode())
                .as("Ewa is known only to HälSam's register")
                .isEqualTo(403);
        // With a long comment, as a secretary's own file may have: larger than the 64 KB other forms may send.
        String exported = ewa.get("/workspace/halsam/export").body() + "\n# " + "anteckning ".repeat(7000) + "\n";
        assertThat(exported.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isGreaterThan(64 * 1024);
        String page = ewa.get("/workspace/halsam/import").body();
        Matcher token =
                Pattern.compile("action=\"(/workspace/halsam/import[^\"]*)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String action = token.group(1).replace("&amp;", "&");

        HttpResponse<String> withoutToken = ewa.postFile("/workspace/halsam/import", "file", "halsam.yaml", exported);
        HttpResponse<String> imported = ewa.postFile(
                action,
                "file",
                "halsam.yaml",
                exported.replace("county: Västernorrland", "county: Västernorrlands län"));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(ewa.get("/workspace/halsam/export").body()).contains("county: Västernorrlands län");
    }

    private static String ask(Browser browser, String question) throws Exception {
        HttpResponse<String> answer = browser.postJson("/api/chat", "{\"text\": \"" + question + "\"}");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static java.util.List<String> endingSeats() {
        return app.getBean(EndingMandates.class).find().stream()
                .map(f -> f.seat().id())
                .toList();
    }
}
