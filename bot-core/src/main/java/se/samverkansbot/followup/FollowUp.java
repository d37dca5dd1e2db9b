package se.samverkansbot.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One principal's follow-up of one recommendation.
 *
 * @param id             {@code meetingId|itemId|partyId}: one per recommendation and principal, however often made
 * @param recommendation the recommended text, as the published minutes say it
 * @param addressees     the principal's representatives in the forum when the recommendation was published
 * @param date           decided on, or on the agenda on
 * @param body           the principal's body that decided or will deal with it (e.g. "Socialnämnden")
 * @param note           free text with the answer (e.g. why it will not be decided)
 * @param history        every answer, with who, when and the platform request
 */
public record FollowUp(
        String id,
        String structureId,
        String forumId,
        String meetingId,
        Instant meetingStart,
        String itemId,
        String title,
        String recommendation,
        String partyId,
        List<String> addressees,
        Instant createdAt,
        FollowUpStatus status,
        LocalDate date,
        String body,
        DecisionOutcome outcome,
        String link,
        String note,
        List<Change> history,
        int version) {

    public FollowUp {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        history = history == null ? List.of() : List.copyOf(history);
        status = status == null ? FollowUpStatus.OPEN : status;
    }

    public static String idOf(String meetingId, String itemId, String partyId) {
        return meetingId + "|" + itemId + "|" + partyId;
    }

    public record Change(Instant at, String by, String what, String detail, String requestId) {}

    /** A typed answer, as a form carries it. */
    public record Answer(
            FollowUpStatus status, LocalDate date, String body, DecisionOutcome outcome, String link, String note) {}

    public boolean isAnswered() {
        return status != FollowUpStatus.OPEN;
    }

    public boolean hasRequest(String requestId) {
        return requestId != null && history.stream().anyMatch(c -> requestId.equals(c.requestId()));
    }

    public FollowUp answered(Answer answer, Change change) {
        List<Change> more = new ArrayList<>(history);
        more.add(change);
        return new FollowUp(
                id,
                structureId,
                forumId,
                meetingId,
                meetingStart,
                itemId,
                title,
                recommendation,
                partyId,
                addressees,
                createdAt,
                answer.status(),
                answer.date(),
                answer.body(),
                answer.outcome(),
                answer.link(),
                answer.note(),
                more,
                version + 1);
    }
}
