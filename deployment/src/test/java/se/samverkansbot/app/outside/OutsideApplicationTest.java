package se.samverkansbot.app.outside;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansbot.app.SamverkansbotApplication;
import se.samverkansbot.calendar.CalendarLinks;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.RecipientDirectory;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.Reminders;

/** The running application reaching outside the chat: public pages and feeds, and email when SMTP is set. */
class OutsideApplicationTest {
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @TempDir
    Path dataDir;

    @TempDir
    Path ownFiles;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void serves_the_public_pages_and_feeds_and_keeps_email_off_without_smtp_settings() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(get(app, "/sv").body()).contains("HälSam", "Jämtland Härjedalen", "Tillgänglighetsredogörelse");
            assertThat(get(app, "/en/halsam/lansledning").body()).contains("<html lang=\"en\">", "Länsledning");
            HttpResponse<String> feed = get(app, "/kalender/halsam/lansledning.ics");
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");
            assertThat(app.getBean(RecipientDirectory.class).person("halsam", "kristina-kamsten"))
                    .noneMatch(r -> r.platform() == Platform.EMAIL);
            assertThat(app.getBean(CalendarLinks.class).personalFeed("halsam", "kristina-kamsten"))
                    .startsWith("https://samverkan.example.se/kalender/person/");
        }
    }

    @Test
    void with_smtp_settings_a_due_reminder_to_a_member_known_only_by_email_arrives_by_email_once() throws Exception {
        Files.writeString(ownFiles.resolve("epost.yaml"), """
                structure: {id: epost, name: Epostsamverkan}
                people:
                  - {id: eva, name: Eva Epost, email: eva@kommun.example.se}
                forums:
                  - {id: grupp, name: Epostgruppen, level: working-group}
                seats:
                  - {id: s1, forum: grupp, role: member, person: eva}
                """);
        try (ConfigurableApplicationContext app = start(
                "--samverkan.structures.directory=" + ownFiles,
                "--samverkan.reminders.tick=PT0.2S",
                "--samverkan.email.smtp-host=127.0.0.1",
                "--samverkan.email.smtp-port=" + smtp.getSmtp().getPort(),
                "--samverkan.email.security=none",
                "--samverkan.email.from=samverkansbot@region.example.se")) {
            List<Recipient> eva = app.getBean(RecipientDirectory.class).person("epost", "eva");
            assertThat(eva).contains(new Recipient(Platform.EMAIL, "eva@kommun.example.se", "eva"));
            Instant now = Instant.now();
            Instant start = now.plus(Duration.ofDays(3));
            app.getBean(Meetings.class)
                    .save(new Meeting(
                            "epost/grupp/x",
                            "epost",
                            "grupp",
                            start,
                            null,
                            null,
                            null,
                            MeetingStatus.PLANNED,
                            List.of(),
                            List.of()));
            app.getBean(Reminders.class)
                    .plan(List.of(Reminder.planned(
                            "epost",
                            "grupp",
                            "epost/grupp/x",
                            DeadlineKind.MEETING,
                            start,
                            now,
                            new Recipient(Platform.EMAIL, "eva@kommun.example.se", "eva"))));

            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            Thread.sleep(1000); // several more ticks
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).isEqualTo("Påminnelse: mötet – Epostgruppen (Epostsamverkan)");
            assertThat(received[0].getHeader("List-Unsubscribe")[0])
                    .startsWith("<https://samverkan.example.se/epost/avsluta/");
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--samverkan.data-dir=" + dataDir;
        args[2] = "--samverkan.public.base-url=https://samverkan.example.se";
        System.arraycopy(extra, 0, args, 3, extra.length);
        return new SpringApplicationBuilder(SamverkansbotApplication.class).run(args);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
