package se.samverkansbot.app.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansbot.app.SamverkansbotApplication;

/** The password-less local sign-in: only on loopback, unless a loud setting allows it elsewhere. */
class LocalSignInTest {
    @TempDir
    Path dir;

    @Test
    void is_refused_at_start_when_the_app_listens_on_every_address() {
        assertThatThrownBy(() -> start("--samverkan.sign-in.local.enabled=true").close())
                .hasStackTraceContaining("server.address=127.0.0.1")
                .hasStackTraceContaining("samverkan.sign-in.local.on-any-address=true");
        assertThatThrownBy(() -> start("--samverkan.sign-in.local.enabled=true", "--server.address=0.0.0.0")
                        .close())
                .hasStackTraceContaining("without a password");
    }

    @Test
    void on_loopback_a_person_is_picked_from_the_register_and_nobody_else_can_be_made_up() throws Exception {
        try (ConfigurableApplicationContext app =
                start("--samverkan.sign-in.local.enabled=true", "--server.address=127.0.0.1")) {
            Browser mats = Browser.of(app).signInLocally("mats-ledamot");
            assertThat(mats.me().body()).contains("\"id\":\"mats-ledamot\"");
            assertThat(mats.postJson("/api/chat", "{\"text\": \"ärenden att granska i provgruppen\"}")
                            .body())
                    .contains("kan granska ärenden");

            Browser forger = Browser.of(app);
            String form = forger.get("/login").body();
            assertThat(form).contains("Sara Sekreterare", "Lokal inloggning");
            String token = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            HttpResponse<String> madeUp = forger.postForm("/login/local", Map.of("_csrf", token, "person", "ingen"));
            assertThat(madeUp.headers().firstValue("Location")).contains("/login?error=unknown");
            assertThat(forger.get("/api/me").statusCode()).isEqualTo(401);

            HttpResponse<String> noToken = Browser.of(app).postForm("/login/local", Map.of("person", "sara-sekr"));
            assertThat(noToken.statusCode()).isEqualTo(302);
            assertThat(noToken.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void starts_on_any_address_only_when_told_so_loudly() throws Exception {
        try (ConfigurableApplicationContext app =
                start("--samverkan.sign-in.local.enabled=true", "--samverkan.sign-in.local.on-any-address=true")) {
            assertThat(app.isRunning()).isTrue();
        }
    }

    private ConfigurableApplicationContext start(String... extra) throws Exception {
        Path file = dir.resolve("prov.yaml");
        Files.writeString(file, SignInTest.STRUCTURE);
        String[] args = new String[extra.length + 4];
        args[0] = "--server.port=0";
        args[1] = "--samverkan.data-dir=" + dir.resolve("data");
        args[2] = "--samverkan.structures.files=" + file;
        args[3] = "--samverkan.structures.load-shipped=false";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return new SpringApplicationBuilder(SamverkansbotApplication.class).run(args);
    }
}
