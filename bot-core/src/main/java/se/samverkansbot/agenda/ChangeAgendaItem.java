package se.samverkansbot.agenda;

import java.time.Clock;
import java.time.Instant;

import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.time.SwedishTime;

/**
 * The submitter edits or withdraws their item until the cut-off of its meeting. Withdrawing is a status; the
 * item and its history stay for the record.
 */
public final class ChangeAgendaItem {
    private final AgendaItems items;
    private final Meetings meetings;
    private final Clock clock;

    public ChangeAgendaItem(AgendaItems items, Meetings meetings, Clock clock) {
        this.items = items;
        this.meetings = meetings;
        this.clock = clock;
    }

    public AgendaItem edit(String itemId, String personId, String title, String description) {
        AgendaItem item = changeable(itemId, personId);
        String newTitle = title == null ? item.title() : SubmitAgendaItem.clean(title);
        String newDescription = description == null ? item.description() : SubmitAgendaItem.clean(description);
        ItemLimits.check(newTitle, newDescription, null);
        AgendaItem edited = item.changed(
                clock.instant(),
                personId,
                "edited",
                newTitle,
                item.status(),
                item.meetingId(),
                newTitle,
                newDescription,
                item.reason());
        save(edited, item);
        return edited;
    }

    public AgendaItem withdraw(String itemId, String personId) {
        AgendaItem item = changeable(itemId, personId);
        AgendaItem withdrawn = item.changed(
                clock.instant(),
                personId,
                "withdrawn",
                null,
                ItemStatus.WITHDRAWN,
                item.meetingId(),
                item.title(),
                item.description(),
                item.reason());
        save(withdrawn, item);
        return withdrawn;
    }

    private AgendaItem changeable(String itemId, String personId) {
        AgendaItem item = items.byId(itemId).orElseThrow(() -> new AgendaRefused(AgendaProblem.NO_SUCH_ITEM, itemId));
        if (!item.submitterId().equals(personId)) {
            throw new AgendaRefused(AgendaProblem.NOT_THE_SUBMITTER);
        }
        if (item.status() == ItemStatus.WITHDRAWN || item.status() == ItemStatus.REJECTED) {
            throw new AgendaRefused(
                    AgendaProblem.NOT_AWAITING_REVIEW,
                    item.id(),
                    item.status().label(se.samverkansbot.register.Language.SWEDISH));
        }
        Instant now = clock.instant();
        meetings.byId(item.meetingId())
                .flatMap(AgendaRules::cutoff)
                .filter(cutoff -> !cutoff.isAfter(now))
                .ifPresent(cutoff -> {
                    throw new AgendaRefused(
                            AgendaProblem.TOO_LATE_TO_CHANGE,
                            cutoff.atZone(SwedishTime.ZONE).toLocalDate());
                });
        return item;
    }

    private void save(AgendaItem changed, AgendaItem from) {
        if (!items.replace(changed, from.version())) {
            throw new AgendaRefused(AgendaProblem.CHANGED_MEANWHILE);
        }
    }
}
