package se.samverkansbot.app.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * ({@code -Dbench.workspacePerMinute=N} to change the workspace limit, default 6000).
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
