package se.samverkansbot.meeting;

import java.time.Instant;
import java.util.List;

/**
 * One meeting of a forum. Times are instants; they are shown in Swedish time.
 *
 * @param agenda    the published agenda, in order (empty until the notice is out)
 * @param deadlines the deadlines that belong to this meeting
 * @param sequence  how often the meeting was revised in a way calendars must hear of (moved, cancelled): the
 *                  iCalendar SEQUENCE, so a calendar replaces the event it has instead of adding a second one
 */
public record Meeting(
        String id,
        String structureId,
        String forumId,
        Instant start,
        Instant end,
        String place,
        String link,
        MeetingStatus status,
        List<String> agenda,
        List<Deadline> deadlines,
        int sequence) {

    public Meeting {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        sequence = Math.max(sequence, 0);
    }

    /** A meeting never revised (sequence 0). A change to a stored meeting keeps its sequence or raises it. */
    public Meeting(
            String id,
            String structureId,
            String forumId,
            Instant start,
            Instant end,
            String place,
            String link,
            MeetingStatus status,
            List<String> agenda,
            List<Deadline> deadlines) {
        this(id, structureId, forumId, start, end, place, link, status, agenda, deadlines, 0);
    }

    /** The same meeting in another status; calendars need not hear of it (the sequence stays). */
    public Meeting withStatus(MeetingStatus status) {
        return changed(start, end, status, agenda, deadlines, sequence);
    }

    /** The same meeting with its deadlines derived anew; the meeting itself has not moved (the sequence stays). */
    public Meeting withDeadlines(List<Deadline> deadlines) {
        return changed(start, end, status, agenda, deadlines, sequence);
    }

    /** The notice is out, with the agenda it published. */
    public Meeting noticeSent(List<String> agenda) {
        return changed(start, end, MeetingStatus.NOTICE_SENT, agenda, deadlines, sequence);
    }

    /** Moved to another time, with its deadlines for that time: a revision calendars must hear of. */
    public Meeting movedTo(Instant start, Instant end, List<Deadline> deadlines) {
        return changed(start, end, status, agenda, deadlines, sequence + 1);
    }

    /** Cancelled: a revision calendars must hear of. */
    public Meeting cancelled() {
        return changed(start, end, MeetingStatus.CANCELLED, agenda, deadlines, sequence + 1);
    }

    /** The one copy the changes above make: id, structure, forum, place and link never change. */
    private Meeting changed(
            Instant start,
            Instant end,
            MeetingStatus status,
            List<String> agenda,
            List<Deadline> deadlines,
            int sequence) {
        return new Meeting(id, structureId, forumId, start, end, place, link, status, agenda, deadlines, sequence);
    }
}
