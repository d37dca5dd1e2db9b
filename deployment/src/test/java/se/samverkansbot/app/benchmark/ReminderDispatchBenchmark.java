package se.samverkansbot.app.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansbot.app.SamverkansbotApplication;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.Reminders;

/**
 * 100 000 reminders stored, 10 000 due in the same minute (five each to 2 000 channels, spread over 50 s), sent by the running
 * app (embedded database, Quartz tick, real Slack client) to a local Slack that enforces one message a second per
 * channel and a workspace limit. Prints the dispatch rate as a share of what the limits allow, lateness and
 * duplicates; asserts nothing about time. Run with {@code ./mvnw -Pbenchmarks verify}
 * ({@code -Dbench.workspacePerMinute=N} to change the workspace limit, default 6000). A second run is a Slack-bound
 * burst to two channels with in-app notices and e-mails due meanwhile: the lateness of those shows whether they wait
 * for Slack.
 */
@Tag("benchmark")
class ReminderDispatchBenchmark {
    private static final int TOTAL = 100_000;
    private static final int DUE_NOW = 10_000;
    private static final int CHANNELS = 2_000;

    @Test
    void dispatches_ten_thousand_due_reminders_within_slacks_limits() throws Exception {
        int perMinute = Integer.getInteger("bench.workspacePerMinute", 6000);
        Path dataDir = Files.createTempDirectory("reminder-bench");
        try (LimitedFakeSlack slack = new LimitedFakeSlack(perMinute);
                ConfigurableApplicationContext app = new SpringApplicationBuilder(SamverkansbotApplication.class)
                        .run(
                                "--server.port=0",
                                "--samverkan.data-dir=" + dataDir,
                                "--samverkan.slack.bot-token=xoxb-bench",
                                "--samverkan.slack.signing-secret=bench",
                                "--samverkan.slack.api-url=" + slack.apiUrl(),
                                "--samverkan.slack.per-workspace-minute=" + perMinute,
                                "--samverkan.reminders.tick=PT0.2S",
                                "--samverkan.structures.load-shipped=false",
                                "--logging.level.se.samverkansbot=WARN")) {
            Reminders reminders = app.getBean(Reminders.class);
            Instant deadline = Instant.now().plus(Duration.ofDays(7));
            app.getBean(Meetings.class)
                    .save(new Meeting(
                            "bench",
                            "bench",
                            "forum",
                            deadline.plus(Duration.ofDays(7)),
                            null,
                            null,
                            null,
                            MeetingStatus.PLANNED,
                            List.of(),
                            List.of()));

            long storing = System.nanoTime();
            // 90 000 due over the coming weeks first; then the 10 000 due in one minute, a few seconds from now,
            // so storing does not count as lateness.
            store(reminders, DUE_NOW, TOTAL, i -> Instant.now().plus(Duration.ofMinutes(10 + i)), deadline);
            Instant start = Instant.now().plus(Duration.ofSeconds(15));
            store(reminders, 0, DUE_NOW, i -> start.plusMillis(i * 5L), deadline);
            double storeSeconds = (System.nanoTime() - storing) / 1e9;
            System.out.printf(
                    "%nReminder dispatch benchmark: %d reminders stored in %.1f s; %d due from %s to %d channels%n",
                    TOTAL, storeSeconds, DUE_NOW, start, CHANNELS);

            Instant giveUp = Instant.now().plus(Duration.ofMinutes(15));
            while (slack.acceptedAt.size() < DUE_NOW && Instant.now().isBefore(giveUp)) {
                Thread.sleep(500);
            }

            long[] lateness = slack.acceptedAt.values().stream()
                    .mapToLong(at -> at - start.toEpochMilli())
                    .sorted()
                    .toArray();
            long first = Arrays.stream(lateness).min().orElse(0);
            long last = Arrays.stream(lateness).max().orElse(0);
            double seconds = Math.max(0.001, (last - Math.max(0, first)) / 1000.0);
            double rate = lateness.length / Math.max(seconds, 1.0);
            double limit = Math.min(perMinute / 60.0, CHANNELS);
            long duplicates = slack.acceptedCount.values().stream()
                    .mapToLong(count -> Math.max(0, count.get() - 1))
                    .sum();
            long within60 =
                    Arrays.stream(lateness).filter(late -> late <= 60_000).count();
            System.out.printf(
                    "Delivered %d of %d due reminders in %.1f s: %.1f messages/s against a limit of %.1f/s (%.0f %% of the limit)%n",
                    lateness.length, DUE_NOW, seconds, rate, limit, 100 * rate / limit);
            System.out.printf(
                    "Lateness after due: p50 %.1f s, p99 %.1f s, max %.1f s; %.1f %% within 60 s (the limit allows %.1f %%)%n",
                    percentile(lateness, 0.50) / 1000.0,
                    percentile(lateness, 0.99) / 1000.0,
                    last / 1000.0,
                    100.0 * within60 / Math.max(1, lateness.length),
                    Math.min(100.0, 100.0 * limit * 60 / DUE_NOW));
            System.out.printf("Duplicates: %d; 429s the app received: %d%n", duplicates, slack.refused.get());
        }
    }

    /**
     * A Slack-bound burst of 120 messages to two channels (one a second per channel is all Slack allows), with 300
     * in-app notices and 30 e-mails falling due over the same half minute. The figures: how much of the two
     * channels' limit the burst used, and how late the in-app notices and e-mails went out (from their planned time
     * to the time they were marked sent). In lanes they need not wait for Slack at all.
     */
    @Test
    void in_app_notices_and_emails_are_not_held_behind_a_slack_bound_burst() throws Exception {
        int slackMessages = 120;
        int inApp = 300;
        int emails = 30;
        Path dataDir = Files.createTempDirectory("lanes-bench");
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        try (LimitedFakeSlack slack = new LimitedFakeSlack(6000);
                ConfigurableApplicationContext app = new SpringApplicationBuilder(SamverkansbotApplication.class)
                        .run(
                                "--server.port=0",
                                "--samverkan.data-dir=" + dataDir,
                                "--samverkan.slack.bot-token=xoxb-bench",
                                "--samverkan.slack.signing-secret=bench",
                                "--samverkan.slack.api-url=" + slack.apiUrl(),
                                "--samverkan.email.smtp-host=127.0.0.1",
                                "--samverkan.email.smtp-port=" + smtp.getSmtp().getPort(),
                                "--samverkan.email.security=none",
                                "--samverkan.email.from=samverkansbot@region.example.se",
                                "--samverkan.email.per-minute=600",
                                "--samverkan.reminders.tick=PT0.2S",
                                "--samverkan.structures.load-shipped=false",
                                "--logging.level.se.samverkansbot=WARN")) {
            Reminders reminders = app.getBean(Reminders.class);
            Meetings meetings = app.getBean(Meetings.class);
            Instant deadline = Instant.now().plus(Duration.ofDays(7));
            Instant start = Instant.now().plus(Duration.ofSeconds(5));
            List<Reminder> burst = new ArrayList<>();
            int n = 0;
            for (int i = 0; i < slackMessages; i++, n++) {
                burst.add(planned(
                        meetings, n, deadline, start, new Recipient(Platform.SLACK, "C-review-" + (i % 2), null)));
            }
            for (int i = 0; i < inApp; i++, n++) {
                String person = "person-" + (i % 100);
                burst.add(planned(
                        meetings,
                        n,
                        deadline,
                        start.plusMillis(i * 100L),
                        new Recipient(Platform.WEB, person, person)));
            }
            for (int i = 0; i < emails; i++, n++) {
                burst.add(planned(
                        meetings,
                        n,
                        deadline,
                        start.plusSeconds(i),
                        new Recipient(
                                Platform.EMAIL, "person-" + (i % 10) + "@region.example.se", "person-" + (i % 10))));
            }
            reminders.plan(burst);

            Instant giveUp = Instant.now().plus(Duration.ofMinutes(4));
            while (Instant.now().isBefore(giveUp)
                    && burst.stream()
                            .map(r -> reminders.byId(r.id()).orElseThrow())
                            .anyMatch(r -> r.status() == se.samverkansbot.reminder.ReminderStatus.PENDING
                                    || r.status() == se.samverkansbot.reminder.ReminderStatus.CLAIMED)) {
                Thread.sleep(1000);
            }
            List<Reminder> after = burst.stream()
                    .map(r -> reminders.byId(r.id()).orElseThrow())
                    .toList();

            long[] slackAt = slack.acceptedAt.values().stream()
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
            double seconds = slackAt.length < 2 ? 0 : (slackAt[slackAt.length - 1] - slackAt[0]) / 1000.0;
            double rate = seconds == 0 ? 0 : (slackAt.length - 1) / seconds;
            double limit = 2.0; // one message a second in each of the two channels
            System.out.printf(
                    "%nLanes under a Slack-bound burst: %d Slack messages to two channels, %d in-app notices, %d e-mails%n",
                    slackMessages, inApp, emails);
            System.out.printf(
                    "Slack: %d accepted in %.1f s, %.2f messages/s against a limit of %.1f/s (%.0f %% of the limit); 429s: %d%n",
                    slackAt.length, seconds, rate, limit, 100 * rate / limit, slack.refused.get());
            for (Platform platform : List.of(Platform.SLACK, Platform.WEB, Platform.EMAIL)) {
                List<Reminder> mine = after.stream()
                        .filter(r -> r.recipient().platform() == platform)
                        .toList();
                long[] lateness = mine.stream()
                        .filter(r -> r.sentAt() != null)
                        .mapToLong(r -> Math.max(
                                0, Duration.between(r.sendAt(), r.sentAt()).toMillis()))
                        .sorted()
                        .toArray();
                System.out.printf(
                        "%-6s %4d of %4d sent; lateness p50 %6.2f s, p99 %6.2f s, max %6.2f s; not sent: %s%n",
                        platform,
                        lateness.length,
                        mine.size(),
                        percentile(lateness, 0.50) / 1000.0,
                        percentile(lateness, 0.99) / 1000.0,
                        (lateness.length == 0 ? 0 : lateness[lateness.length - 1]) / 1000.0,
                        mine.stream()
                                .filter(r -> r.sentAt() == null)
                                .collect(java.util.stream.Collectors.groupingBy(
                                        r -> r.status() + (r.note() == null ? "" : " (" + r.note() + ")"),
                                        java.util.stream.Collectors.counting())));
            }
        } finally {
            smtp.stop();
        }
    }

    /** One message of the burst; each has its own meeting, so the delivery keys differ within one second. */
    private static Reminder planned(Meetings meetings, int n, Instant deadline, Instant sendAt, Recipient recipient) {
        String meeting = "burst-" + n;
        meetings.save(new Meeting(
                meeting,
                "bench",
                "forum",
                deadline.plus(Duration.ofDays(7)),
                null,
                null,
                null,
                MeetingStatus.PLANNED,
                List.of(),
                List.of()));
        return Reminder.planned("bench", "forum", meeting, DeadlineKind.AGENDA_CUTOFF, deadline, sendAt, recipient);
    }

    private static void store(
            Reminders reminders, int from, int to, java.util.function.IntFunction<Instant> sendAt, Instant deadline) {
        List<Reminder> batch = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Recipient channel = new Recipient(Platform.SLACK, "C" + (i % CHANNELS), null);
            batch.add(Reminder.planned(
                    "bench", "forum", "bench", DeadlineKind.AGENDA_CUTOFF, deadline, sendAt.apply(i), channel));
            if (batch.size() == 5000 || i == to - 1) {
                reminders.plan(batch);
                batch = new ArrayList<>();
            }
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
