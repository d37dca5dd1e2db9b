package se.samverkansbot.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import se.samverkansbot.register.Forum;
import se.samverkansbot.register.MeetingSchedule;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.time.SwedishTime;

/**
 * Keeps the meetings of every forum with a schedule in its structure file planned a year ahead, with their
 * deadlines and reminders. Runs at start and every night; running it again creates nothing twice.
 */
public final class ScheduleFromRegister {
    private static final Duration HORIZON = Duration.ofDays(366);

    private final Supplier<Register> register;
    private final ScheduleMeetings schedule;
    private final Clock clock;

    public ScheduleFromRegister(Supplier<Register> register, ScheduleMeetings schedule, Clock clock) {
        this.register = register;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Returns how many meetings were created. */
    public int run() {
        Instant until = clock.instant().plus(HORIZON);
        int created = 0;
        for (Structure structure : register.get().structures()) {
            for (Forum forum : structure.forums()) {
                if (forum.meets() == null
                        || forum.meets().schedule() == null
                        || !forum.isActiveOn(
                                clock.instant().atZone(SwedishTime.ZONE).toLocalDate())) {
                    continue;
                }
                created += schedule.schedule(
                                cycle(structure, forum, forum.meets().schedule()), DeadlineTemplate.standard(), until)
                        .size();
            }
        }
        return created;
    }

    private static MeetingCycle cycle(Structure structure, Forum forum, MeetingSchedule planned) {
        return new MeetingCycle(
                structure.id(),
                forum.id(),
                planned.from(),
                planned.rule(),
                planned.dates(),
                planned.at(),
                planned.minutes() == null ? null : Duration.ofMinutes(planned.minutes()),
                planned.place(),
                planned.link());
    }
}
