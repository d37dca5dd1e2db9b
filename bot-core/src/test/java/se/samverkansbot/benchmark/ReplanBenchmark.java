package se.samverkansbot.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.samverkansbot.core.Core;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;
import se.samverkansbot.time.SwedishTime;

/**
 * What the nightly run costs at national scale when nothing changed: following each forum's rhythm (deadlines) and
 * re-planning each coming meeting's reminders, on the real driver against the embedded database. Prints figures;
 * asserts nothing about time. Run with {@code ./mvnw -Pbenchmarks -pl bot-core verify -Dtest=ReplanBenchmark}.
 */
@Tag("benchmark")
class ReplanBenchmark {
    /** Forums given meetings: a quarter of the country's, four meetings each. */
    private static final int FORUMS_WITH_MEETINGS = 500;

    private static final int MEETINGS_PER_FORUM = 4;

    @Test
    void an_unchanged_nightly_run_at_national_scale() {
        Register register = new Register(new NationalRegister().structures);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), SwedishTime.ZONE);
        Core core = TestCore.of(register, SmallForum.DIRECTORY, clock).core();

        long planStart = System.nanoTime();
        int meetings = 0;
        List<Forum> forums = register.structures().stream()
                .flatMap(s -> s.forums().stream())
                .limit(FORUMS_WITH_MEETINGS)
                .toList();
        for (Forum forum : forums) {
            Structure structure = register.structures().stream()
                    .filter(s -> s.forums().contains(forum))
                    .findFirst()
                    .orElseThrow();
            for (int i = 1; i <= MEETINGS_PER_FORUM; i++) {
                core.scheduleMeetings()
                        .create(
                                structure.id(),
                                forum.id(),
                                clock.instant().plus(Duration.ofDays(30L * i)),
                                null,
                                null,
                                null,
                                DeadlineTemplate.standard());
                meetings++;
            }
        }
        Duration planned = Duration.ofNanos(System.nanoTime() - planStart);

        core.scheduleFromRegister().run(); // warms up: the first run would plan cycles, here there are none
        long deadlinesStart = System.nanoTime();
        core.scheduleFromRegister().run();
        Duration deadlines = Duration.ofNanos(System.nanoTime() - deadlinesStart);
        long remindersStart = System.nanoTime();
        int changed = core.replanReminders().run();
        Duration reminders = Duration.ofNanos(System.nanoTime() - remindersStart);

        System.out.printf(
                "%nNightly re-plan benchmark: %d forums in the register, %d coming meetings, JDK %s, %d cores%n"
                        + "  planning them first: %d ms%n"
                        + "  following the rhythm (unchanged): %d ms (%.2f ms per meeting)%n"
                        + "  re-planning reminders (unchanged): %d ms (%.2f ms per meeting), %d changed%n",
                register.structures().stream().mapToInt(s -> s.forums().size()).sum(),
                meetings,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                planned.toMillis(),
                deadlines.toMillis(),
                deadlines.toNanos() / 1e6 / meetings,
                reminders.toMillis(),
                reminders.toNanos() / 1e6 / meetings,
                changed);
    }
}
