package se.samverkansbot.agenda;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.register.Bilingual;
import se.samverkansbot.reminder.TellPeople;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.wording.Wording;

/**
 * The chair, convener or secretary accepts an item for the agenda, moves it to a later meeting, or rejects it
 * with a reason. The submitter hears the outcome. Each decision applies only to the item as the reviewer saw it.
 */
public final class ReviewAgendaItems {

    private final AgendaItems items;
    private final AgendaRules rules;
    private final TellPeople tell;
    private final Clock clock;

    public ReviewAgendaItems(AgendaItems items, AgendaRules rules, TellPeople tell, Clock clock) {
        this.items = items;
        this.rules = rules;
        this.tell = tell;
        this.clock = clock;
    }

    /** Items waiting for this reviewer's decision, across the forums they review. */
    public List<AgendaItem> waitingFor(String structureId, String forumId, String reviewerId) {
        Instant now = clock.instant();
        requireReviewer(structureId, forumId, reviewerId, now);
        return rules.openMeetings(structureId, forumId, now).stream()
                .flatMap(m -> items.ofMeeting(m.id()).stream())
                .filter(item -> item.status().awaitsReview())
                .toList();
    }

    public AgendaItem accept(String itemId, String reviewerId) {
        AgendaItem item = reviewable(itemId, reviewerId);
        AgendaItem accepted = item.changed(
                clock.instant(),
                reviewerId,
                "accepted",
                null,
                ItemStatus.ACCEPTED,
                item.meetingId(),
                item.title(),
                item.description(),
                null);
        save(accepted, item);
        tellSubmitter(accepted, Wording.of("agenda.accepted", item.id(), item.title()));
        return accepted;
    }

    public AgendaItem reject(String itemId, String reviewerId, String reason) {
        String why = SubmitAgendaItem.clean(reason);
        if (why.isEmpty()) {
            throw new AgendaRefused(AgendaProblem.REASON_NEEDED, itemId);
        }
        AgendaItem item = reviewable(itemId, reviewerId);
        AgendaItem rejected = item.changed(
                clock.instant(),
                reviewerId,
                "rejected",
                why,
                ItemStatus.REJECTED,
                item.meetingId(),
                item.title(),
                item.description(),
                why);
        save(rejected, item);
        tellSubmitter(rejected, Wording.of("agenda.rejected", item.id(), item.title(), why));
        return rejected;
    }

    /** Moves the item to the meeting after its current one, where it waits for review again. */
    public AgendaItem moveToLater(String itemId, String reviewerId) {
        return move(itemId, reviewerId, "moved", null);
    }

    /**
     * Carries an item the meeting did not finish to the forum's next meeting, as the minutes record: the same move,
     * with the minutes named in the item's history.
     */
    public AgendaItem carry(String itemId, String reviewerId, String minutesId) {
        return move(itemId, reviewerId, "carried", minutesId);
    }

    private AgendaItem move(String itemId, String reviewerId, String what, String minutesId) {
        AgendaItem item = items.byId(itemId).orElseThrow(() -> new AgendaRefused(AgendaProblem.NO_SUCH_ITEM, itemId));
        Instant now = clock.instant();
        requireReviewer(item.structureId(), item.forumId(), reviewerId, now);
        if (!item.status().awaitsReview() && item.status() != ItemStatus.ACCEPTED) {
            throw new AgendaRefused(AgendaProblem.NOT_AWAITING_REVIEW, item.id(), item.status());
        }
        List<Meeting> open = rules.openMeetings(item.structureId(), item.forumId(), now);
        Instant currentStart = open.stream()
                .filter(m -> m.id().equals(item.meetingId()))
                .map(Meeting::start)
                .findFirst()
                .orElse(now);
        Meeting later = open.stream()
                .filter(m -> m.start().isAfter(currentStart))
                .findFirst()
                .orElseThrow(() -> new AgendaRefused(AgendaProblem.NO_LATER_MEETING));
        AgendaItem moved = item.changed(
                now,
                reviewerId,
                what,
                minutesId == null ? later.id() : later.id() + " (" + minutesId + ")",
                ItemStatus.SUBMITTED,
                later.id(),
                item.title(),
                item.description(),
                null);
        save(moved, item);
        tellSubmitter(
                moved,
                Wording.of("agenda.moved", item.id(), item.title(), Wording.date(SwedishTime.dateOf(later.start()))));
        return moved;
    }

    private AgendaItem reviewable(String itemId, String reviewerId) {
        AgendaItem item = items.byId(itemId).orElseThrow(() -> new AgendaRefused(AgendaProblem.NO_SUCH_ITEM, itemId));
        requireReviewer(item.structureId(), item.forumId(), reviewerId, clock.instant());
        if (!item.status().awaitsReview()) {
            throw new AgendaRefused(AgendaProblem.NOT_AWAITING_REVIEW, item.id(), item.status());
        }
        return item;
    }

    private void requireReviewer(String structureId, String forumId, String personId, Instant now) {
        if (!rules.isReviewer(structureId, forumId, personId, AgendaRules.today(now))) {
            throw new AgendaRefused(
                    AgendaProblem.NOT_A_REVIEWER,
                    rules.forum(structureId, forumId).name());
        }
    }

    private void save(AgendaItem changed, AgendaItem from) {
        if (!items.replace(changed, from.version())) {
            throw new AgendaRefused(AgendaProblem.CHANGED_MEANWHILE);
        }
    }

    private void tellSubmitter(AgendaItem item, Bilingual text) {
        tell.people(
                item.structureId(),
                item.forumId(),
                item.meetingId(),
                List.of(item.submitterId()),
                "item|" + item.id() + "|v" + item.version(),
                text);
    }
}
