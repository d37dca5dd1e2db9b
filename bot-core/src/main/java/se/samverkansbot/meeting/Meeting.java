package se.samverkansbot.meeting;

import java.time.Instant;
import java.util.List;

/**
 * One meeting of a forum. Times are instants; they are shown in Swedish time.
 *
 * @param agenda    the published agenda, in order (empty until the notice is out)
 * @param deadlines the deadlines that belong to this meeting
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
        List<Deadline> deadlines) {

    public Meeting {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }
}
