package se.samverkansbot.reminder;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;

/**
 * Keeps the pending reminders of every coming meeting in step with its forum's reminder settings and members, after
 * a structure file changed them: what the settings now ask for is planned, what they no longer ask for is skipped,
 * once. Runs at start and every night after the meetings are planned; when nothing changed it writes nothing.
 */
public final class ReplanReminders {
    /** More coming meetings than a structure has, so every one is looked at. */
    private static final int COMING = 100_000;

    private final Supplier<Register> register;
    private final Meetings meetings;
    private final RemindersFollowMeetings follow;
    private final Clock clock;

    public ReplanReminders(
            Supplier<Register> register, Meetings meetings, RemindersFollowMeetings follow, Clock clock) {
        this.register = register;
        this.meetings = meetings;
        this.follow = follow;
        this.clock = clock;
    }

    /** Returns how many meetings' reminders were changed. */
    public int run() {
        int changed = 0;
        for (Structure structure : register.get().structures()) {
            List<String> forumIds = structure.forums().stream().map(Forum::id).toList();
            for (Meeting meeting : meetings.upcoming(forumIds, clock.instant(), COMING)) {
                if (meeting.structureId().equals(structure.id())
                        && follow.replan(meeting, "the forum's reminders changed")) {
                    changed++;
                }
            }
        }
        return changed;
    }
}
