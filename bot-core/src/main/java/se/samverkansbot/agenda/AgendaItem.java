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
 * @param raisedFrom    the item, forum and minutes it was raised from, when another forum's minutes raised it here
 * @param reportedBack  what the forum it was raised to did with it, once that forum's minutes are published
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
        int version,
        Origin raisedFrom,
        ReportBack reportedBack) {

    public AgendaItem {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** An item submitted by a member (not raised from another forum), as it stood before reporting back existed. */
    public AgendaItem(
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
        this(
                id,
                requestId,
                structureId,
                forumId,
                meetingId,
                title,
                description,
                kind,
                link,
                submitterId,
                submittedAt,
                status,
                reason,
                history,
                version,
                null,
                null);
    }

    /** Where a raised item came from: the original item, its forum and meeting, and the minutes that raised it. */
    public record Origin(String itemId, String forumId, String meetingId, String minutesId) {}

    /**
     * What the receiving forum did with a raised item, as its published minutes say.
     *
     * @param outcome the minutes' outcome code (noted, consulted, recommendation, raised)
     * @param text    the views or the recommended text, if any
     */
    public record ReportBack(
            String itemId,
            String forumId,
            String meetingId,
            String minutesId,
            String outcome,
            String text,
            Instant at) {}

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
                version + 1,
                raisedFrom,
                reportedBack);
    }

    /** This item with what the forum it was raised to did with it, recorded in its history. */
    public AgendaItem reportedBack(ReportBack report, String by, String detail) {
        List<Change> more = new ArrayList<>(history);
        more.add(new Change(report.at(), by, "reported-back", detail));
        return new AgendaItem(
                id,
                requestId,
                structureId,
                forumId,
                meetingId,
                title,
                description,
                kind,
                link,
                submitterId,
                submittedAt,
                status,
                reason,
                more,
                version + 1,
                raisedFrom,
                report);
    }

    /** Whether the history holds a change of this kind whose detail starts so (an onward step already taken). */
    public boolean hasChange(String what, String detailPrefix) {
        return history.stream()
                .anyMatch(c -> c.what().equals(what)
                        && c.detail() != null
                        && c.detail().startsWith(detailPrefix));
    }
}
