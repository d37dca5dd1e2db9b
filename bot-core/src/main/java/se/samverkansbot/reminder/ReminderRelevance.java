package se.samverkansbot.reminder;

import java.time.Instant;
import java.util.Optional;

import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;

/**
 * No nagging: a reminder that no longer matters is not sent. It does not matter when its meeting is gone
 * or cancelled, its deadline has passed (after downtime only reminders that still matter go out late),
 * the agenda or notice it is about is already out, the person muted the forum or this kind of reminder from it, or
 * it asks for agenda items from someone who already submitted one for the meeting and the forum spares them that.
 */
public final class ReminderRelevance {
    private final Meetings meetings;
    private final Mutes mutes;
    private final ReminderPolicies policies;
    private final SubmittedItems submitted;

    /** Every forum reminds those who submitted (the standard). */
    public ReminderRelevance(Meetings meetings, Mutes mutes) {
        this(meetings, mutes, ReminderPolicies.STANDARD, SubmittedItems.NONE);
    }

    public ReminderRelevance(Meetings meetings, Mutes mutes, ReminderPolicies policies, SubmittedItems submitted) {
        this.meetings = meetings;
        this.mutes = mutes;
        this.policies = policies;
        this.submitted = submitted;
    }

    /** Why the reminder should not be sent now, or empty when it should. */
    public Optional<String> reasonToSkip(Reminder reminder, Instant now) {
        if (reminder.purpose() == Reminder.Purpose.MESSAGE) {
            return Optional.empty(); // composed for this moment (an item's outcome, a notice): it always matters
        }
        Optional<Meeting> meeting = meetings.byId(reminder.meetingId());
        if (meeting.isEmpty()) {
            return Optional.of("the meeting no longer exists");
        }
        MeetingStatus status = meeting.get().status();
        if (reminder.purpose() == Reminder.Purpose.MEETING_CANCELLED) {
            return reminder.due().isAfter(now)
                    ? Optional.empty()
                    : Optional.of("the meeting would already have taken place");
        }
        if (status == MeetingStatus.CANCELLED) {
            return Optional.of("the meeting was cancelled");
        }
        if (!reminder.due().isAfter(now)) {
            return Optional.of("the deadline has passed");
        }
        boolean noticeIsOut = status != MeetingStatus.PLANNED;
        if (noticeIsOut
                && (reminder.deadline() == DeadlineKind.AGENDA_CUTOFF
                        || reminder.deadline() == DeadlineKind.NOTICE
                        || reminder.deadline() == DeadlineKind.MATERIAL)) {
            return Optional.of("the notice and agenda are already published");
        }
        if (status == MeetingStatus.MINUTES_PUBLISHED && reminder.deadline() == DeadlineKind.MINUTES) {
            return Optional.of("the minutes are already published");
        }
        String person = reminder.recipient().personId();
        if (person == null) {
            return Optional.empty();
        }
        if (mutes.isMuted(person, reminder.structureId(), reminder.forumId())) {
            return Optional.of("the person muted this forum");
        }
        if (mutes.isMuted(person, reminder.structureId(), reminder.forumId(), reminder.deadline())) {
            return Optional.of("the person muted these reminders from this forum");
        }
        if (reminder.deadline() == DeadlineKind.AGENDA_CUTOFF
                && reminder.purpose() == Reminder.Purpose.REMINDER
                && !policies.of(reminder.structureId(), reminder.forumId()).remindSubmitters()
                && submitted.anyBy(person, reminder.meetingId())) {
            return Optional.of("the person already submitted an item for this meeting");
        }
        return Optional.empty();
    }
}
