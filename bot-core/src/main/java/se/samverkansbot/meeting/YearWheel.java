package se.samverkansbot.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.samverkansbot.time.SwedishTime;

/**
 * A structure's year (årshjul): every meeting of its forums in a calendar year and every deadline that
 * belongs to them, in time order, as data that chat and web can show.
 */
public final class YearWheel {
    private final Meetings meetings;

    public YearWheel(Meetings meetings) {
        this.meetings = meetings;
    }

    /** One line of the year: a deadline (the meeting itself included) of a forum's meeting. */
    public record Entry(Instant at, DeadlineKind kind, String forumId, String meetingId, MeetingStatus status) {}

    public List<Entry> of(String structureId, int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(SwedishTime.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(SwedishTime.ZONE).toInstant();
        List<Entry> entries = new ArrayList<>();
        // Deadlines of a January meeting can fall in December: look a quarter beyond the year on both sides.
        for (Meeting meeting : meetings.ofStructure(
                structureId, from.minus(java.time.Duration.ofDays(92)), to.plus(java.time.Duration.ofDays(92)))) {
            List<Deadline> deadlines = new ArrayList<>(meeting.deadlines());
            if (deadlines.stream().noneMatch(d -> d.kind() == DeadlineKind.MEETING)) {
                deadlines.add(new Deadline(DeadlineKind.MEETING, meeting.start()));
            }
            for (Deadline deadline : deadlines) {
                if (!deadline.due().isBefore(from) && deadline.due().isBefore(to)) {
                    entries.add(new Entry(
                            deadline.due(), deadline.kind(), meeting.forumId(), meeting.id(), meeting.status()));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }
}
