package se.samverkansbot.app;

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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.reminder.PlatformMessenger;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.Reminders;

/** What an operator sees: probes, health details, metrics. */
class OperationsTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path ownFiles;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void probes_are_up_and_health_shows_no_details_to_an_anonymous_caller() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            HttpResponse<String> health = get(app, "/actuator/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("HälSam", "embedded", "details");
            assertThat(get(app, "/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(get(app, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void not_ready_while_no_structure_is_loaded_but_alive_so_nothing_restarts_it() throws Exception {
        try (ConfigurableApplicationContext app = start(
                "--samverkan.structures.load-shipped=false", "--management.endpoint.health.show-details=always")) {
            HttpResponse<String> readiness = get(app, "/actuator/health/readiness");

            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"", "No structure is loaded");
            assertThat(get(app, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_refused_file_is_named_in_health_while_the_other_structures_keep_it_ready() throws Exception {
        Files.writeString(ownFiles.resolve("trasig.yaml"), """
                structure: {id: trasig, name: Trasig samverkan}
                forums:
                  - {id: grupp, name: Grupp, nivå: working-group}
                """);
        try (ConfigurableApplicationContext app = start(
                "--samverkan.structures.directory=" + ownFiles, "--management.endpoint.health.show-details=always")) {
            assertThat(get(app, "/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(get(app, "/actuator/health").body())
                    .contains("1 structure file(s) refused (trasig.yaml)", "trasig.yaml:3: unknown key 'nivå'");
        }
    }

    @Test
    void a_400_mb_structure_file_is_refused_unread_and_the_app_starts_ready_with_the_others() throws Exception {
        try (var file =
                new java.io.RandomAccessFile(ownFiles.resolve("enorm.yaml").toFile(), "rw")) {
            file.setLength(400L * 1024 * 1024); // sparse: nothing on disk
        }
        try (ConfigurableApplicationContext app = start(
                "--samverkan.structures.directory=" + ownFiles, "--management.endpoint.health.show-details=always")) {
            assertThat(get(app, "/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(get(app, "/actuator/health").body()).contains("enorm.yaml", "the file is too large (419.4 MB)");
        }
    }

    @Test
    void prometheus_counts_due_sent_and_late_reminders_with_their_latency_and_the_platforms_429s() throws Exception {
        try (ConfigurableApplicationContext app = start(RateLimitedSlack.class, "--samverkan.reminders.tick=PT0.2S")) {
            Instant now = Instant.now();
            Instant start = now.plus(Duration.ofDays(3));
            app.getBean(Meetings.class)
                    .save(new Meeting(
                            "ops",
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
                    .plan(List.of(
                            Reminder.planned(
                                    "halsam",
                                    "lansledning",
                                    "ops",
                                    DeadlineKind.MEETING,
                                    start,
                                    now,
                                    new Recipient(Platform.WEB, "web:denise-wallen", "denise-wallen")),
                            Reminder.planned(
                                    "halsam",
                                    "lansledning",
                                    "ops",
                                    DeadlineKind.AGENDA_CUTOFF,
                                    start,
                                    now.minus(Duration.ofMinutes(20)),
                                    new Recipient(Platform.WEB, "web:denise-wallen", "denise-wallen")),
                            Reminder.planned(
                                    "halsam",
                                    "lansledning",
                                    "ops",
                                    DeadlineKind.MEETING,
                                    start,
                                    now,
                                    new Recipient(Platform.SLACK, "D123", "denise-wallen"))));

            String metrics = "";
            // Sending counts a reminder sent, then times its latency, then counts it late: a scrape between them
            // saw two sent and one timed (once, in CI on a loaded machine). Wait for every count the test reads.
            for (int i = 0;
                    i < 100
                            && (value(metrics, "samverkan_reminders_sent_total\\{[^}]*platform=\"web\"[^}]*}") < 2
                                    || value(
                                                    metrics,
                                                    "samverkan_reminders_delivery_latency_seconds_count\\{[^}]*platform=\"web\"[^}]*}")
                                            < 2
                                    || value(metrics, "samverkan_reminders_late_total\\{[^}]*platform=\"web\"[^}]*}")
                                            < 1
                                    || value(
                                                    metrics,
                                                    "samverkan_reminders_retried_total\\{[^}]*platform=\"slack\"[^}]*}")
                                            < 1);
                    i++) {
                Thread.sleep(100);
                metrics = get(app, "/actuator/prometheus").body();
            }

            assertThat(value(metrics, "samverkan_reminders_due_total\\{[^}]*}")).isEqualTo(3);
            assertThat(value(metrics, "samverkan_reminders_sent_total\\{[^}]*platform=\"web\"[^}]*}"))
                    .isEqualTo(2);
            assertThat(value(metrics, "samverkan_reminders_late_total\\{[^}]*platform=\"web\"[^}]*}"))
                    .isEqualTo(1);
            assertThat(value(
                            metrics,
                            "samverkan_reminders_delivery_latency_seconds_count\\{[^}]*platform=\"web\"[^}]*}"))
                    .isEqualTo(2);
            assertThat(metrics).contains("samverkan_reminders_delivery_latency_seconds_bucket");
            assertThat(value(metrics, "samverkan_platform_rate_limited_total\\{[^}]*platform=\"slack\"[^}]*}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(metrics, "samverkan_reminders_retried_total\\{[^}]*platform=\"slack\"[^}]*}"))
                    .isGreaterThanOrEqualTo(1);
        }
    }

    /** A Slack that always answers 429 with Retry-After: 1. */
    @Configuration(proxyBeanMethods = false)
    static class RateLimitedSlack {
        @Bean
        PlatformMessenger rateLimitedSlack() {
            return new PlatformMessenger() {
                @Override
                public Platform platform() {
                    return Platform.SLACK;
                }

                @Override
                public String send(Recipient recipient, Reply message, String deliveryKey) {
                    throw new RateLimited(Duration.ofSeconds(1));
                }

                @Override
                public Optional<String> findDelivered(Recipient recipient, String deliveryKey) {
                    return Optional.empty();
                }
            };
        }
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private ConfigurableApplicationContext start(String... extra) {
        return start(null, extra);
    }

    private ConfigurableApplicationContext start(Class<?> more, String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--samverkan.data-dir=" + dataDir;
        System.arraycopy(extra, 0, args, 2, extra.length);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(SamverkansbotApplication.class);
        if (more != null) {
            builder.sources(more);
        }
        return builder.run(args);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
