package se.samverkansbot.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.samverkansbot.time.SwedishTime;

/**
 * A forum's meetings over time: created from its cycle with their deadlines, moved (the deadlines move with it),
 * or cancelled. Each change is stored first and then announced as a {@link MeetingEvent}, to which reminders and
 * notices react. Moving or cancelling raises the meeting's sequence, so calendars update the event they
 * have. Meeting ids come from forum and first planned start, so scheduling twice creates nothing twice.
 */
public final class ScheduleMeetings {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm");

    private final Meetings meetings;
    private final MeetingEvents events;
    private final WorkingDays workingDays;
    private final Clock clock;

    public ScheduleMeetings(Meetings meetings, MeetingEvents events, WorkingDays workingDays, Clock clock) {
        this.meetings = meetings;
        this.events = events;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Creates the cycle's meetings up to {@code until} that do not exist yet. */
    public List<Meeting> schedule(MeetingCycle cycle, DeadlineTemplate template, Instant until) {
        List<Meeting> created = new ArrayList<>();
        for (Instant start : cycle.startsBetween(clock.instant(), until)) {
            Duration length = cycle.length();
            create(
                            cycle.structureId(),
                            cycle.forumId(),
                            start,
                            length == null ? null : start.plus(length),
                            cycle.place(),
                            cycle.link(),
                            template)
                    .ifPresent(created::add);
        }
        return created;
    }

    /** Enters one meeting (a secretary's command, or one of a cycle), with its deadlines; empty if it exists. */
    public Optional<Meeting> create(
            String structureId,
            String forumId,
            Instant start,
            Instant end,
            String place,
            String link,
            DeadlineTemplate template) {
        String id = structureId + "/" + forumId + "/" + ID_TIME.format(SwedishTime.at(start));
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
                link,
                MeetingStatus.PLANNED,
                List.of(),
                template.deadlinesFor(start, workingDays));
        meetings.save(meeting);
        events.publish(new MeetingEvent.MeetingScheduled(meeting));
        return Optional.of(meeting);
    }

    /** Moves a meeting to a new start; its deadlines are derived anew and the move is announced. */
    public Optional<Meeting> move(String meetingId, Instant newStart, DeadlineTemplate template) {
        return meetings.byId(meetingId)
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .map(meeting -> {
                    Instant newEnd = meeting.end() == null
                            ? null
                            : newStart.plus(Duration.between(meeting.start(), meeting.end()));
                    Meeting moved = meeting.movedTo(newStart, newEnd, template.deadlinesFor(newStart, workingDays));
                    meetings.save(moved);
                    events.publish(new MeetingEvent.MeetingMoved(meeting, moved));
                    return moved;
                });
    }

    /**
     * Derives a coming meeting's deadlines anew from its forum's template (the forum's rhythm changed): stored and
     * announced only when they differ, so an unchanged template changes nothing however often this runs.
     */
    public Optional<Meeting> rederive(Meeting meeting, DeadlineTemplate template) {
        List<Deadline> deadlines = template.deadlinesFor(meeting.start(), workingDays);
        if (meeting.status() == MeetingStatus.CANCELLED || deadlines.equals(meeting.deadlines())) {
            return Optional.empty();
        }
        Meeting changed = meeting.withDeadlines(deadlines);
        meetings.save(changed);
        events.publish(new MeetingEvent.DeadlinesChanged(meeting, changed));
        return Optional.of(changed);
    }

    /** Cancels a meeting and announces it. */
    public Optional<Meeting> cancel(String meetingId) {
        return meetings.byId(meetingId)
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .map(meeting -> {
                    Meeting cancelled = meeting.cancelled();
                    meetings.save(cancelled);
                    events.publish(new MeetingEvent.MeetingCancelled(cancelled));
                    return cancelled;
                });
    }
}
