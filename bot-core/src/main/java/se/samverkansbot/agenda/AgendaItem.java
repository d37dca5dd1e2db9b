package se.samverkansbot.agenda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One agenda item and its whole history.
 *
 * @param id        the short id members see on their receipt ("Ä-7K3P")
 * @param requestId the platform's id of the request that created it (Slack retry, Teams activity id), so a
 *                  retried request never creates a second item
 * @param version   incremented by every change; a change applies only to the version it was made from
 */
public record AgendaItem(
        String id,
        String requestId,
        String structureId,
        String forumId,
        String meetingId,
        String title,
        String description,
        ItemKind kind,
        String link,
        String submitterId,
        Instant submittedAt,
        ItemStatus status,
        String reason,
        List<Change> history,
        int version) {

    public AgendaItem {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Who changed what, when; kept for the record (allmän handling). */
    public record Change(Instant at, String by, String what, String detail) {}

    /** This item after one more change, with that change added to its history. */
    public AgendaItem changed(
            Instant at,
            String by,
            String what,
            String detail,
            ItemStatus newStatus,
            String newMeetingId,
            String newTitle,
            String newDescription,
            String newReason) {
        List<Change> more = new ArrayList<>(history);
        more.add(new Change(at, by, what, detail));
        return new AgendaItem(
                id,
                requestId,
                structureId,
                forumId,
                newMeetingId,
                newTitle,
                newDescription,
                kind,
                link,
                submitterId,
                submittedAt,
                newStatus,
                newReason,
                more,
                version + 1);
    }
}
