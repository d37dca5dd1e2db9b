package se.samverkansbot.reminder;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import se.samverkansbot.meeting.MeetingEvent;
import se.samverkansbot.meeting.MeetingEvents;

/**
 * Keeps reminders in step with meetings: a scheduled meeting gets its reminders; a moved one keeps the pending
 * reminders that are still right (same delivery key), gets new ones for the new time, and its forum is told; a
 * cancelled one loses its pending reminders and its forum is told.
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
                List<Reminder> next = planner.remindersFor(meeting, policy, clock.instant());
                reminders.skipPending(
                        meeting.id(),
                        next.stream().map(Reminder::id).collect(Collectors.toSet()),
                        "the meeting was moved");
                reminders.plan(next);
                planner.announce(meeting, Reminder.Purpose.MEETING_MOVED, clock.instant());
            }
            case MeetingEvent.MeetingCancelled cancelled -> {
                reminders.skipPending(meeting.id(), java.util.Set.of(), "the meeting was cancelled");
                planner.announce(meeting, Reminder.Purpose.MEETING_CANCELLED, clock.instant());
            }
        }
    }
}
