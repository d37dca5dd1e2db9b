package se.samverkansbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansbot.app.signin.Browser;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.Structure;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.Reminders;

/** The application as a newcomer runs it: no MongoDB installed, no Slack or Teams credentials. */
class ApplicationTest {
    private static final String OWN_STRUCTURE = """
            structure: {id: egen, name: Egen samverkan}
            forums:
              - {id: grupp, name: Egen grupp, level: working-group}
            """;

    @TempDir
    Path dataDir;

    @TempDir
    Path ownFiles;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void starts_on_the_embedded_database_with_both_shipped_structures_and_reports_healthy() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            HttpResponse<String> health = get(app, "/actuator/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body())
                    .contains("\"status\":\"UP\"", "\"database\":\"embedded\"", "HälSam", "Jämtland Härjedalen");
        }
    }

    @Test
    void loads_own_structure_files_from_a_directory_and_names_refused_ones_in_health() throws Exception {
        Files.writeString(ownFiles.resolve("egen.yaml"), OWN_STRUCTURE);
        Files.writeString(
                ownFiles.resolve("trasig.yaml"),
                OWN_STRUCTURE.replace("egen", "trasig").replace("level:", "nivå:"));

        try (ConfigurableApplicationContext app = start("--samverkan.structures.directory=" + ownFiles)) {
            assertThat(app.getBean(CurrentRegister.class).get().structures())
                    .extracting(Structure::name)
                    .containsExactly("Egen samverkan", "HälSam", "Jämtland Härjedalen");
            assertThat(get(app, "/actuator/health").body())
                    .contains("trasig.yaml:3: unknown key 'nivå'", "trasig.yaml:3: 'level' is required");
        }
    }

    @Test
    void keeps_imported_structures_across_a_restart() throws Exception {
        Files.writeString(ownFiles.resolve("egen.yaml"), OWN_STRUCTURE);
        try (ConfigurableApplicationContext first =
                start("--samverkan.structures.files=" + ownFiles.resolve("egen.yaml"))) {
            assertThat(first.getBean(CurrentRegister.class).get().structure("egen"))
                    .isPresent();
        }
        try (ConfigurableApplicationContext second = start("--samverkan.structures.load-shipped=false")) {
            assertThat(second.getBean(CurrentRegister.class).get().structures())
                    .extracting(Structure::id)
                    .containsExactlyInAnyOrder("egen", "halsam", "jamtland-harjedalen");
        }
    }

    @Test
    void a_due_reminder_reaches_the_persons_web_inbox_through_the_ticking_clock_exactly_once() throws Exception {
        try (ConfigurableApplicationContext app = start("--samverkan.reminders.tick=PT0.2S")) {
            Instant now = Instant.now();
            Instant start = now.plus(Duration.ofDays(3));
            app.getBean(Meetings.class)
                    .save(new Meeting(
                            "e2e",
                            "halsam",
                            "lansledning",
                            start,
                            null,
                            null,
                            null,
                            MeetingStatus.PLANNED,
                            List.of(),
                            List.of()));
            app.getBean(Reminders.class)
                    .plan(List.of(Reminder.planned(
                            "halsam",
                            "lansledning",
                            "e2e",
                            DeadlineKind.MEETING,
                            start,
                            now,
                            new Recipient(Platform.WEB, "web:denise-wallen", "denise-wallen"))));

            Browser denise = Browser.of(app).signInLocally("denise-wallen");
            String inbox = "[]";
            for (int i = 0; i < 50 && inbox.equals("[]"); i++) {
                Thread.sleep(100);
                inbox = denise.get("/api/inbox").body();
            }
            Thread.sleep(1000); // several more ticks

            assertThat(inbox).contains("Påminnelse: möte i Länsledning (HälSam)");
            assertThat(denise.get("/api/inbox").body().split("Påminnelse", -1)).hasSize(2);
        }
    }

    @Test
    void a_schedule_in_a_structure_file_becomes_meetings_that_members_can_ask_about() throws Exception {
        int nextYear = java.time.Year.now().getValue() + 1;
        Files.writeString(ownFiles.resolve("planerad.yaml"), """
                structure: {id: planerad, name: Planerad samverkan}
                forums:
                  - id: styrgrupp
                    name: Styrgruppen
                    level: working-group
                    meets:
                      schedule: {rule: "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=10", from: %d-01-01, at: "09:30", place: Sundsvall}
                """.formatted(nextYear));
        try (ConfigurableApplicationContext app = start("--samverkan.structures.directory=" + ownFiles)) {
            Browser denise = Browser.of(app).signInLocally("denise-wallen");
            String answer = "";
            for (int i = 0; i < 60 && !answer.contains("Nästa möte"); i++) {
                Thread.sleep(100);
                answer = denise.postJson("/api/chat", "{\"text\": \"När är nästa möte i styrgruppen?\"}")
                        .body();
            }
            assertThat(answer)
                    .contains(
                            "Nästa möte i Styrgruppen (Planerad samverkan)",
                            "10 mars " + nextYear,
                            "kl. 09.30",
                            "Sundsvall");
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "--server.port=0";
        args[1] = "--samverkan.data-dir=" + dataDir;
        args[2] = "--management.endpoint.health.show-details=always"; // as on your own machine (demo profile)
        args[3] = "--server.address=127.0.0.1"; // and signing in as on your own machine, by picking a person
        args[4] = "--samverkan.sign-in.local.enabled=true";
        System.arraycopy(extra, 0, args, 5, extra.length);
        return new SpringApplicationBuilder(SamverkansbotApplication.class).run(args);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path)
            throws IOException, InterruptedException {
        String port = app.getEnvironment().getProperty("local.server.port");
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
