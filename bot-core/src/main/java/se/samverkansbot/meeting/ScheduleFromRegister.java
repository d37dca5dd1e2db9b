package se.samverkansbot.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import se.samverkansbot.register.Forum;
import se.samverkansbot.register.MeetingSchedule;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.time.SwedishTime;

/**
 * Keeps the meetings of every forum with a schedule in its structure file planned a year ahead, with their
 * deadlines and reminders, and every forum's coming meetings on the deadlines its rhythm sets: when a structure file
 * changes a forum's deadlines, the coming meetings' deadlines are derived anew once. Runs at start and every night;
 * running it again creates and changes nothing twice.
 */
public final class ScheduleFromRegister {
    private static final Duration HORIZON = Duration.ofDays(366);
    /** More coming meetings than a structure has, so every one is looked at. */
    private static final int COMING = 100_000;

    private final Supplier<Register> register;
    private final ScheduleMeetings schedule;
    private final Meetings meetings;
    private final Clock clock;

    public ScheduleFromRegister(
            Supplier<Register> register, ScheduleMeetings schedule, Meetings meetings, Clock clock) {
        this.register = register;
        this.schedule = schedule;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** Returns how many meetings were created. */
    public int run() {
        Instant until = clock.instant().plus(HORIZON);
        int created = 0;
        for (Structure structure : register.get().structures()) {
            followRhythm(structure);
            for (Forum forum : structure.forums()) {
                DeadlineTemplate template = DeadlineTemplate.of(forum.rhythm());
                if (forum.meets() == null
                        || forum.meets().schedule() == null
                        || !forum.isActiveOn(
                                clock.instant().atZone(SwedishTime.ZONE).toLocalDate())) {
                    continue;
                }
                created += schedule.schedule(
                                cycle(structure, forum, forum.meets().schedule()), template, until)
                        .size();
            }
        }
        return created;
    }

    /** Derives coming meetings' deadlines anew where their forum's rhythm no longer gives the stored ones. */
    private void followRhythm(Structure structure) {
        List<String> forumIds = structure.forums().stream().map(Forum::id).toList();
        // One query for the structure's coming meetings, not one per forum: the nightly run looks at every forum.
        for (Meeting meeting : meetings.upcoming(forumIds, clock.instant(), COMING)) {
            if (meeting.structureId().equals(structure.id())) {
                structure
                        .forum(meeting.forumId())
                        .ifPresent(forum -> schedule.rederive(meeting, DeadlineTemplate.of(forum.rhythm())));
            }
        }
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
