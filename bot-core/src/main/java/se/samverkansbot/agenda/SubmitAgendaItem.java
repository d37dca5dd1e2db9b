package se.samverkansbot.agenda;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.Meeting;

/**
 * A member submits an item to a forum. It goes to the next meeting whose cut-off has not passed. After a
 * cut-off the forum's setting decides: by default the item goes to the following meeting (marked late for the
 * chair when there is none); with {@code agenda.lateItems: chair-decides} it stays on the meeting, marked late,
 * for the chair. The submitter is told which, with the dates.
 */
public final class SubmitAgendaItem {
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 3000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final String ID_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AgendaItems items;
    private final AgendaRules rules;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SubmitAgendaItem(AgendaItems items, AgendaRules rules, Clock clock) {
        this.items = items;
        this.rules = rules;
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
        if (title.isEmpty()) {
            throw new AgendaRefused(AgendaProblem.TITLE_EMPTY);
        }
        if (title.codePointCount(0, title.length()) > MAX_TITLE) {
            throw new AgendaRefused(AgendaProblem.TITLE_TOO_LONG, title.codePointCount(0, title.length()));
        }
        if (description != null && description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
            throw new AgendaRefused(
                    AgendaProblem.DESCRIPTION_TOO_LONG, description.codePointCount(0, description.length()));
        }
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
                                                .atZone(DeadlineTemplate.SWEDEN)
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
                AgendaItem stored = items.add(item);
                boolean repeated = !stored.id().equals(item.id());
                Meeting meetingOfStored = repeated
                        ? open.stream()
                                .filter(m -> m.id().equals(stored.meetingId()))
                                .findFirst()
                                .orElse(target)
                        : target;
                return new Receipt(stored, meetingOfStored, repeated ? Optional.empty() : missed, repeated);
            } catch (RuntimeException idCollision) {
                if (attempt >= 3) {
                    throw idCollision;
                }
            }
        }
    }

    private static int indexOfDay(List<Meeting> meetings, LocalDate day) {
        for (int i = 0; i < meetings.size(); i++) {
            if (meetings.get(i)
                    .start()
                    .atZone(DeadlineTemplate.SWEDEN)
                    .toLocalDate()
                    .equals(day)) {
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
