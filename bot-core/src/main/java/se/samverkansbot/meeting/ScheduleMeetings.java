package se.samverkansbot.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkansbot.reminder.PlanReminders;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.ReminderPolicy;
import se.samverkansbot.reminder.Reminders;

/**
 * A forum's meetings over time: created from its cycle with their deadlines and reminders, moved (deadlines
 * and pending reminders move, those concerned are told), or cancelled (pending reminders are dropped, those
 * concerned are told). Meeting ids come from forum and first planned start, so scheduling twice creates
 * nothing twice. Moving or cancelling raises the meeting's sequence, so calendars update the event they have.
 */
public final class ScheduleMeetings {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm");

    private final Meetings meetings;
    private final Reminders reminders;
    private final PlanReminders planner;
    private final WorkingDays workingDays;
    private final Clock clock;

    public ScheduleMeetings(
            Meetings meetings, Reminders reminders, PlanReminders planner, WorkingDays workingDays, Clock clock) {
        this.meetings = meetings;
        this.reminders = reminders;
        this.planner = planner;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Creates the cycle's meetings up to {@code until} that do not exist yet, and plans their reminders. */
    public List<Meeting> schedule(MeetingCycle cycle, DeadlineTemplate template, ReminderPolicy policy, Instant until) {
        Instant now = clock.instant();
        List<Meeting> created = new ArrayList<>();
        for (Instant start : cycle.startsBetween(now, until)) {
            String id = cycle.structureId() + "/" + cycle.forumId() + "/"
                    + ID_TIME.format(start.atZone(DeadlineTemplate.SWEDEN));
            if (meetings.byId(id).isPresent()) {
                continue;
            }
            Meeting meeting = new Meeting(
                    id,
                    cycle.structureId(),
                    cycle.forumId(),
                    start,
                    cycle.length() == null ? null : start.plus(cycle.length()),
                    cycle.place(),
                    cycle.link(),
                    MeetingStatus.PLANNED,
                    List.of(),
                    template.deadlinesFor(start, workingDays));
            meetings.save(meeting);
            planner.plan(meeting, policy, now);
            created.add(meeting);
        }
        return created;
    }

    /** Enters one meeting (a secretary's command), with its deadlines and reminders; empty if it exists. */
    public Optional<Meeting> create(
            String structureId,
            String forumId,
            Instant start,
            Instant end,
            String place,
            DeadlineTemplate template,
            ReminderPolicy policy) {
        String id = structureId + "/" + forumId + "/" + ID_TIME.format(start.atZone(DeadlineTemplate.SWEDEN));
        if (meetings.byId(id).isPresent()) {
            return Optional.empty();
        }
        Meeting meeting = new Meeting(
                id,
                structureId,
                forumId,
                start,
                end,
                place,
                null,
                MeetingStatus.PLANNED,
                List.of(),
                template.deadlinesFor(start, workingDays));
        meetings.save(meeting);
        planner.plan(meeting, policy, clock.instant());
        return Optional.of(meeting);
    }

    /** Moves a meeting: new deadlines, its pending reminders replaced by ones for the new time, and a notice. */
    public Optional<Meeting> move(
            String meetingId, Instant newStart, DeadlineTemplate template, ReminderPolicy policy) {
        return meetings.byId(meetingId)
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .map(meeting -> {
                    Instant now = clock.instant();
                    Meeting moved = new Meeting(
                            meeting.id(),
                            meeting.structureId(),
                            meeting.forumId(),
                            newStart,
                            meeting.end() == null
                                    ? null
                                    : newStart.plus(java.time.Duration.between(meeting.start(), meeting.end())),
                            meeting.place(),
                            meeting.link(),
                            meeting.status(),
                            meeting.agenda(),
                            template.deadlinesFor(newStart, workingDays),
                            meeting.sequence() + 1);
                    meetings.save(moved);
                    List<Reminder> next = planner.remindersFor(moved, policy, now);
                    reminders.skipPending(
                            meeting.id(),
                            next.stream().map(Reminder::id).collect(Collectors.toSet()),
                            "the meeting was moved");
                    reminders.plan(next);
                    planner.announce(moved, Reminder.Purpose.MEETING_MOVED, now);
                    return moved;
                });
    }

    /** Cancels a meeting: its pending reminders are dropped and those concerned are told. */
    public Optional<Meeting> cancel(String meetingId) {
        return meetings.byId(meetingId)
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .map(meeting -> {
                    Meeting cancelled = new Meeting(
                            meeting.id(),
                            meeting.structureId(),
                            meeting.forumId(),
                            meeting.start(),
                            meeting.end(),
                            meeting.place(),
                            meeting.link(),
                            MeetingStatus.CANCELLED,
                            meeting.agenda(),
                            meeting.deadlines(),
                            meeting.sequence() + 1);
                    meetings.save(cancelled);
                    reminders.skipPending(meeting.id(), Set.of(), "the meeting was cancelled");
                    planner.announce(cancelled, Reminder.Purpose.MEETING_CANCELLED, clock.instant());
                    return cancelled;
                });
    }
}
