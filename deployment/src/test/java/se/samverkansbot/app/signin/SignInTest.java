package se.samverkansbot.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansbot.app.SamverkansbotApplication;
import se.samverkansbot.reminder.Inbox;

/**
 * Sign-in with OpenID Connect against a local test issuer, for every endpoint that acts for a person and every
 * role: nobody gets in without signing in, a signed-in person is who the register says the token is, and nobody
 * can act as someone else or reach another forum's export.
 */
class SignInTest {
    static final String STRUCTURE = """
            structure: {id: prov, name: Provsamverkan}
            parties:
              - {id: region-prov, name: Region Prov, kind: region, principal: true}
            people:
              - {id: sara-sekr, name: Sara Sekreterare, party: region-prov, email: sara@prov.example, teamsAadObjectId: 0b3c7a52-1111-4c1e-9d7e-000000000001}
              - {id: mats-ledamot, name: Mats Ledamot, party: region-prov, email: mats@prov.example}
              - {id: olle-annan, name: Olle Annan, party: region-prov, email: olle@prov.example}
            forums:
              - {id: provgruppen, name: Provgruppen, level: working-group}
              - {id: annan, name: Annan grupp, level: working-group}
            seats:
              - {id: s1, forum: provgruppen, role: secretary, party: region-prov, person: sara-sekr, from: 2025-01-01}
              - {id: s2, forum: provgruppen, role: member, party: region-prov, person: mats-ledamot, from: 2025-01-01}
              - {id: s3, forum: annan, role: secretary, party: region-prov, person: olle-annan, from: 2025-01-01}
            """;
    private static final String EXPORT = "/api/agenda/export?structure=prov&forum=%s&from=2026-01-01&to=2027-12-31";

    @TempDir
    static Path dir;

    static TestIssuer issuer;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() throws Exception {
        issuer = new TestIssuer();
        Path file = dir.resolve("prov.yaml");
        Files.writeString(file, STRUCTURE);
        app = new SpringApplicationBuilder(SamverkansbotApplication.class)
                .run(
                        "--server.port=0",
                        "--samverkan.data-dir=" + dir.resolve("data"),
                        "--samverkan.structures.files=" + file,
                        "--samverkan.sign-in.oidc.issuer-uri=" + issuer.uri(),
                        "--samverkan.sign-in.oidc.client-id=" + TestIssuer.CLIENT_ID,
                        "--samverkan.sign-in.oidc.client-secret=" + TestIssuer.CLIENT_SECRET);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (issuer != null) {
            issuer.close();
        }
    }

    @Test
    void nobody_reaches_what_acts_for_a_person_without_signing_in_and_the_public_parts_stay_open() throws Exception {
        Browser stranger = Browser.of(app);

        HttpResponse<String> chat = stranger.postJsonWithoutCsrf("/api/chat", "{\"text\": \"mina ärenden\"}");
        assertThat(chat.statusCode()).isEqualTo(401);
        assertThat(chat.body()).contains("Logga in först", "Please sign in first");
        assertThat(stranger.get("/api/inbox").statusCode()).isEqualTo(401);
        assertThat(stranger.get("/api/inbox?user=sara-sekr").statusCode()).isEqualTo(401);
        assertThat(stranger.get(EXPORT.formatted("provgruppen") + "&user=sara-sekr")
                        .statusCode())
                .isEqualTo(401);
        assertThat(stranger.get("/api/people").statusCode()).isEqualTo(401);
        assertThat(stranger.get("/api/forms/minutes-item?id=prov/provgruppen/x").statusCode())
                .isEqualTo(401);
        assertThat(stranger.postJsonWithoutCsrf("/api/forms/minutes-item", "{\"id\": \"x\"}")
                        .statusCode())
                .isEqualTo(401);
        assertThat(stranger.get("/api/me").statusCode()).isEqualTo(401);
        HttpResponse<String> page = stranger.get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(stranger.get("/login").body()).contains("Logga in med ditt organisationskonto");

        assertThat(stranger.get("/sv").statusCode()).isEqualTo(200);
        assertThat(stranger.get("/kalender/halsam/lansledning.ics").statusCode())
                .isEqualTo(200);
        assertThat(stranger.get("/api/year?structure=prov&year=2027").statusCode())
                .isEqualTo(200);
        assertThat(stranger.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void the_token_s_object_id_finds_the_person_and_a_user_in_the_request_is_ignored() throws Exception {
        app.getBean(Inbox.class)
                .deliver(new Inbox.Message("signin-test-mats", "mats-ledamot", "Till Mats", Instant.now()));
        Browser sara = signIn(Map.of(
                "oid", "0b3c7a52-1111-4c1e-9d7e-000000000001",
                "email", "someone.else@prov.example",
                "name", "Sara"));

        assertThat(sara.me().body()).contains("\"id\":\"sara-sekr\"", "Sara Sekreterare");
        assertThat(sara.get("/api/inbox?user=mats-ledamot").body()).doesNotContain("Till Mats");
        HttpResponse<String> asked = sara.postJson(
                "/api/chat", "{\"user\": \"mats-ledamot\", \"text\": \"ärenden att granska i provgruppen\"}");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).doesNotContain("kan granska ärenden");

        assertThat(sara.get(EXPORT.formatted("provgruppen")).statusCode()).isEqualTo(200);
        assertThat(sara.get(EXPORT.formatted("annan") + "&user=olle-annan").statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_member_found_by_email_reads_their_own_inbox_and_may_not_export() throws Exception {
        app.getBean(Inbox.class)
                .deliver(
                        new Inbox.Message("signin-test-mats-2", "mats-ledamot", "Påminnelse till Mats", Instant.now()));
        Browser mats = signIn(Map.of("email", "Mats@Prov.example"));

        assertThat(mats.me().body()).contains("\"id\":\"mats-ledamot\"");
        assertThat(mats.get("/api/inbox").body()).contains("Påminnelse till Mats");
        assertThat(mats.get(EXPORT.formatted("provgruppen") + "&user=sara-sekr").statusCode())
                .isEqualTo(403);
        assertThat(mats.postJson("/api/chat", "{\"text\": \"ärenden att granska i provgruppen\"}")
                        .body())
                .contains("kan granska ärenden");
    }

    @Test
    void the_secretary_of_another_forum_exports_only_their_own() throws Exception {
        Browser olle = signIn(Map.of("preferred_username", "olle@prov.example"));

        assertThat(olle.get(EXPORT.formatted("annan")).statusCode()).isEqualTo(200);
        assertThat(olle.get(EXPORT.formatted("provgruppen")).statusCode()).isEqualTo(403);
    }

    @Test
    void someone_the_register_does_not_know_is_not_signed_in_and_is_told_why() throws Exception {
        Browser browser = Browser.of(app);
        issuer.willSignIn(Map.of("oid", "ffffffff-0000-0000-0000-000000000000", "email", "okand@annanstans.example"));

        HttpResponse<String> landed = browser.follow("/oauth2/authorization/oidc");

        assertThat(landed.body()).contains("Du finns inte i registret");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_signing_out_ends_the_session() throws Exception {
        Browser sara = signIn(Map.of("oid", "0b3c7a52-1111-4c1e-9d7e-000000000001"));

        assertThat(sara.postJsonWithoutCsrf("/api/chat", "{\"text\": \"hej\"}").statusCode())
                .isEqualTo(403);
        assertThat(sara.postJsonWithoutCsrf(
                                "/api/forms/minutes-item", "{\"id\": \"x\", \"fields\": {\"outcome\": \"noted\"}}")
                        .statusCode())
                .as("a form that records minutes needs the CSRF token too")
                .isEqualTo(403);
        String token = sara.me().body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> out = sara.postForm("/logout", Map.of("_csrf", token));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(sara.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void the_session_cookie_is_http_only_secure_and_same_site() throws Exception {
        Browser browser = Browser.of(app);
        HttpResponse<String> login = browser.get("/oauth2/authorization/oidc");

        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "Secure", "SameSite=Lax"));
    }

    private static Browser signIn(Map<String, Object> claims) throws Exception {
        Browser browser = Browser.of(app);
        issuer.willSignIn(claims);
        HttpResponse<String> landed = browser.follow("/oauth2/authorization/oidc");
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
        assertThat(landed.body()).contains("Samverkansbot");
        return browser;
    }
}
