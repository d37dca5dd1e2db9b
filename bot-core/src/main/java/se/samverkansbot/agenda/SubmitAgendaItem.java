package se.samverkansbot.agenda;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import se.samverkansbot.chat.UnknownOutcome;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.reminder.TellPeople;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.wording.Wording;

/**
 * A member submits an item to a forum. It goes to the next meeting whose cut-off has not passed. After a
 * cut-off the forum's setting decides: by default the item goes to the following meeting (marked late for the
 * chair when there is none); with {@code agenda.lateItems: chair-decides} it stays on the meeting, marked late,
 * for the chair. The submitter is told which, with the dates; the forum's administrators are told of the new item.
 * Submitting the same request again (a retried platform request) stores nothing new and tells nobody twice.
 */
public final class SubmitAgendaItem {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final String ID_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AgendaItems items;
    private final AgendaRules rules;
    private final TellPeople tell;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SubmitAgendaItem(AgendaItems items, AgendaRules rules, TellPeople tell, Clock clock) {
        this.items = items;
        this.rules = rules;
        this.tell = tell;
        this.clock = clock;
    }

    public record Request(
            String requestId,
            String structureId,
            String forumId,
            String submitterId,
            String title,
            String description,
            ItemKind kind,
            String link,
            LocalDate preferredMeetingDay) {}

    /** The stored item, the meeting it went to, and whether it was moved on or marked late because of a cut-off. */
    public record Receipt(AgendaItem item, Meeting meeting, Optional<Meeting> missed, boolean repeated) {}

    public Receipt submit(Request request) {
        Instant now = clock.instant();
        String title = clean(request.title());
        String description = request.description() == null ? null : clean(request.description());
        if (!rules.isMember(request.structureId(), request.forumId(), request.submitterId(), AgendaRules.today(now))) {
            throw new AgendaRefused(
                    AgendaProblem.NOT_A_MEMBER,
                    rules.forum(request.structureId(), request.forumId()).name());
        }
        ItemLimits.check(title, description, request.link());
        String forumName = rules.forum(request.structureId(), request.forumId()).name();
        if (request.preferredMeetingDay() != null
                && request.preferredMeetingDay().isBefore(AgendaRules.today(now))) {
            throw new AgendaRefused(AgendaProblem.MEETING_IN_PAST, request.preferredMeetingDay());
        }
        List<Meeting> open = rules.openMeetings(request.structureId(), request.forumId(), now);
        if (open.isEmpty()) {
            throw new AgendaRefused(AgendaProblem.NO_MEETINGS, forumName);
        }
        int wanted = 0;
        if (request.preferredMeetingDay() != null) {
            wanted = indexOfDay(open, request.preferredMeetingDay());
            if (wanted < 0) {
                throw new AgendaRefused(
                        AgendaProblem.NO_SUCH_MEETING,
                        forumName,
                        request.preferredMeetingDay(),
                        String.join(
                                ", ",
                                open.stream()
                                        .map(m -> m.start()
                                                .atZone(SwedishTime.ZONE)
                                                .toLocalDate()
                                                .toString())
                                        .toList()));
            }
        }
        Meeting target = open.get(wanted);
        Optional<Meeting> missed = Optional.empty();
        ItemStatus status = ItemStatus.SUBMITTED;
        boolean chairDecides =
                rules.forum(request.structureId(), request.forumId()).lateItems()
                        == se.samverkansbot.register.Forum.LateItems.CHAIR_DECIDES;
        if (AgendaRules.cutoffPassed(target, now)) {
            missed = Optional.of(target);
            if (!chairDecides && wanted + 1 < open.size()) {
                target = open.get(wanted + 1);
            } else {
                status = ItemStatus.LATE;
            }
        }
        for (int attempt = 0; ; attempt++) {
            AgendaItem item = new AgendaItem(
                    newId(),
                    request.requestId(),
                    request.structureId(),
                    request.forumId(),
                    target.id(),
                    title,
                    description,
                    request.kind() == null ? ItemKind.INFORMATION : request.kind(),
                    request.link(),
                    request.submitterId(),
                    now,
                    status,
                    null,
                    List.of(new AgendaItem.Change(now, request.submitterId(), "submitted", title)),
                    1);
            try {
                AgendaItem stored =
                        UnknownOutcome.reconciled(() -> items.add(item), () -> items.byRequestId(item.requestId()));
                boolean repeated = !stored.id().equals(item.id());
                Meeting meetingOfStored = repeated
                        ? open.stream()
                                .filter(m -> m.id().equals(stored.meetingId()))
                                .findFirst()
                                .orElse(target)
                        : target;
                tellAdministratorsOf(stored, now);
                return new Receipt(stored, meetingOfStored, repeated ? Optional.empty() : missed, repeated);
            } catch (AgendaItems.IdTaken idCollision) {
                if (attempt >= 3) {
                    throw idCollision;
                }
            }
        }
    }

    /**
     * Another forum's minutes raise an item here: a new item for this forum's next meeting whose cut-off has not
     * passed (else the next meeting, marked late for the chair), waiting for this forum's review, linked to the
     * original item and the minutes. Keyed by the original item and this forum, so a retry or a corrected edition
     * of the minutes raises nothing twice.
     */
    public Receipt raise(AgendaItem original, String minutesId, String toForumId, String raisedBy) {
        Instant now = clock.instant();
        String forumName = rules.forum(original.structureId(), toForumId).name();
        List<Meeting> open = rules.openMeetings(original.structureId(), toForumId, now);
        if (open.isEmpty()) {
            throw new AgendaRefused(AgendaProblem.NO_MEETINGS, forumName);
        }
        Meeting target = open.stream()
                .filter(m -> !AgendaRules.cutoffPassed(m, now))
                .findFirst()
                .orElse(open.getFirst());
        ItemStatus status = AgendaRules.cutoffPassed(target, now) ? ItemStatus.LATE : ItemStatus.SUBMITTED;
        String fromForum =
                rules.forum(original.structureId(), original.forumId()).name();
        for (int attempt = 0; ; attempt++) {
            AgendaItem item = new AgendaItem(
                    newId(),
                    "raised|" + original.id() + "|" + toForumId,
                    original.structureId(),
                    toForumId,
                    target.id(),
                    original.title(),
                    original.description(),
                    original.kind(),
                    original.link(),
                    original.submitterId(),
                    now,
                    status,
                    null,
                    List.of(new AgendaItem.Change(now, raisedBy, "raised-from", fromForum + " " + original.id())),
                    1,
                    new AgendaItem.Origin(original.id(), original.forumId(), original.meetingId(), minutesId),
                    null);
            try {
                AgendaItem stored =
                        UnknownOutcome.reconciled(() -> items.add(item), () -> items.byRequestId(item.requestId()));
                boolean repeated = !stored.id().equals(item.id());
                Meeting meetingOfStored = open.stream()
                        .filter(m -> m.id().equals(stored.meetingId()))
                        .findFirst()
                        .orElse(target);
                tellAdministratorsOf(stored, now);
                return new Receipt(stored, meetingOfStored, Optional.empty(), repeated);
            } catch (AgendaItems.IdTaken idCollision) {
                if (attempt >= 3) {
                    throw idCollision;
                }
            }
        }
    }

    /**
     * The item is stored: a failure now must not read as "nothing was saved"; the retry finds the item and tells
     * whoever was not told.
     */
    private void tellAdministratorsOf(AgendaItem stored, Instant now) {
        UnknownOutcome.afterStored("item " + stored.id(), () -> tellAdministrators(stored, now));
    }

    /** Keyed by the item, so telling again after a retry or a crash tells nobody twice. */
    private void tellAdministrators(AgendaItem item, Instant now) {
        String submitter = rules.structure(item.structureId())
                .person(item.submitterId())
                .map(p -> p.name())
                .orElse(item.submitterId());
        List<String> administrators =
                rules.reviewers(item.structureId(), item.forumId(), AgendaRules.today(now)).stream()
                        .filter(person -> !person.equals(item.submitterId()))
                        .toList();
        tell.people(
                item.structureId(),
                item.forumId(),
                item.meetingId(),
                administrators,
                "item|" + item.id() + "|new",
                Wording.of(
                        "agenda.new-item",
                        rules.forum(item.structureId(), item.forumId()).name(),
                        item.id(),
                        item.title(),
                        submitter,
                        item.id(),
                        item.id(),
                        item.id()));
    }

    private static int indexOfDay(List<Meeting> meetings, LocalDate day) {
        for (int i = 0; i < meetings.size(); i++) {
            if (meetings.get(i).start().atZone(SwedishTime.ZONE).toLocalDate().equals(day)) {
                return i;
            }
        }
        return -1;
    }

    static String clean(String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll("").strip();
    }

    private String newId() {
        StringBuilder id = new StringBuilder("A-");
        for (int i = 0; i < 5; i++) {
            id.append(ID_LETTERS.charAt(random.nextInt(ID_LETTERS.length())));
        }
        return id.toString();
    }
}
