package se.samverkansbot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingEvent;
import se.samverkansbot.meeting.MeetingEvents;

/**
 * Keeps reminders in step with meetings: a scheduled meeting gets its reminders; a moved one keeps the pending
 * reminders that are still right (same delivery key), gets new ones for the new time, and its forum is told; one
 * whose deadlines changed with its forum's rhythm is re-planned the same way, without telling anyone; a cancelled one
 * loses its pending reminders and its forum is told.
 */
public final class RemindersFollowMeetings implements MeetingEvents {
    private final Reminders reminders;
    private final PlanReminders planner;
    private final ReminderPolicies policies;
    private final Clock clock;

    public RemindersFollowMeetings(Reminders reminders, PlanReminders planner, ReminderPolicies policies, Clock clock) {
        this.reminders = reminders;
        this.planner = planner;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public void publish(MeetingEvent event) {
        var meeting = event.meeting();
        ReminderPolicy policy = policies.of(meeting.structureId(), meeting.forumId());
        switch (event) {
            case MeetingEvent.MeetingScheduled scheduled -> planner.plan(meeting, policy, clock.instant());
            case MeetingEvent.MeetingMoved moved -> {
                // Everything pending goes but what is still right, a stale notice of an earlier move included.
                List<Reminder> next = planner.remindersFor(meeting, policy, clock.instant());
                reminders.skipPending(
                        meeting.id(),
                        next.stream().map(Reminder::id).collect(Collectors.toSet()),
                        "the meeting was moved");
                reminders.plan(next);
                planner.announce(meeting, Reminder.Purpose.MEETING_MOVED, clock.instant());
            }
            case MeetingEvent.DeadlinesChanged changed -> replan(meeting, "the forum's deadlines changed");
            case MeetingEvent.MeetingCancelled cancelled -> {
                reminders.skipPending(meeting.id(), Set.of(), "the meeting was cancelled");
                planner.announce(meeting, Reminder.Purpose.MEETING_CANCELLED, clock.instant());
            }
        }
    }

    /**
     * Brings a meeting's pending reminders in line with what its forum's policy asks for now: plans those missing and
     * skips those no longer asked for, leaving the rest (and every message that is not a reminder) alone. Returns
     * whether anything changed; when nothing differs nothing is written, so running it again does nothing.
     */
    public boolean replan(Meeting meeting, String reason) {
        Instant now = clock.instant();
        List<Reminder> wanted =
                planner.remindersFor(meeting, policies.of(meeting.structureId(), meeting.forumId()), now);
        Set<String> wantedIds = wanted.stream().map(Reminder::id).collect(Collectors.toSet());
        List<Reminder> stored = reminders.ofMeeting(meeting.id());
        Set<String> storedIds = stored.stream().map(Reminder::id).collect(Collectors.toSet());
        Set<String> unwanted = stored.stream()
                .filter(r -> r.status() == ReminderStatus.PENDING
                        && r.purpose() == Reminder.Purpose.REMINDER
                        && r.sendAt().isAfter(now)
                        && !wantedIds.contains(r.id()))
                .map(Reminder::id)
                .collect(Collectors.toSet());
        List<Reminder> missing =
                wanted.stream().filter(r -> !storedIds.contains(r.id())).toList();
        if (unwanted.isEmpty() && missing.isEmpty()) {
            return false;
        }
        // Exactly the unwanted ones: "all but those read" would also skip what was planned since the read.
        reminders.skip(unwanted, reason);
        reminders.plan(missing);
        return true;
    }
}
