package se.samverkansbot.agenda;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;
import se.samverkansbot.reminder.TellPeople;
import se.samverkansbot.wording.Wording;

/**
 * The secretary publishes the notice (kallelse) of a meeting: time, place or link, and the ordered agenda of
 * accepted items. It goes to the forum's channel and its members, and questions about the agenda show it from
 * then on. Items still waiting for review are not on it, and the publisher is told how many.
 */
public final class PublishNotice {

    private final Meetings meetings;
    private final AgendaItems items;
    private final AgendaRules rules;
    private final TellPeople tell;
    private final Clock clock;

    public PublishNotice(Meetings meetings, AgendaItems items, AgendaRules rules, TellPeople tell, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.rules = rules;
        this.tell = tell;
        this.clock = clock;
    }

    /** The published meeting, its notice (to be said in each reader's language) and how many items still wait. */
    public record Published(Meeting meeting, Bilingual notice, int stillWaiting) {}

    public Published publish(String meetingId, String publisherId) {
        Instant now = clock.instant();
        Meeting meeting =
                meetings.byId(meetingId).orElseThrow(() -> new AgendaRefused(AgendaProblem.NO_SUCH_ITEM, meetingId));
        if (!rules.isReviewer(meeting.structureId(), meeting.forumId(), publisherId, AgendaRules.today(now))) {
            throw new AgendaRefused(
                    AgendaProblem.NOT_A_REVIEWER,
                    rules.forum(meeting.structureId(), meeting.forumId()).name());
        }
        List<AgendaItem> ofMeeting = items.ofMeeting(meetingId);
        List<AgendaItem> accepted = ofMeeting.stream()
                .filter(item -> item.status() == ItemStatus.ACCEPTED)
                .sorted(Comparator.comparing(AgendaItem::submittedAt))
                .toList();
        int waiting = (int)
                ofMeeting.stream().filter(item -> item.status().awaitsReview()).count();
        Meeting published =
                meeting.noticeSent(accepted.stream().map(AgendaItem::title).toList());
        meetings.save(published);

        String forum = rules.forum(meeting.structureId(), meeting.forumId()).name() + " ("
                + rules.structure(meeting.structureId()).name() + ")";
        Bilingual notice = language -> notice(forum, published, accepted, language);
        List<String> members = rules.members(meeting.structureId(), meeting.forumId(), AgendaRules.today(now));
        String about = "notice|" + meeting.id();
        tell.channels(meeting.structureId(), meeting.forumId(), meeting.id(), about, notice);
        tell.people(meeting.structureId(), meeting.forumId(), meeting.id(), members, about, notice);
        return new Published(published, notice, waiting);
    }

    private static String notice(String forum, Meeting meeting, List<AgendaItem> accepted, Language language) {
        List<String> lines = new ArrayList<>();
        lines.add(Wording.text(language, "notice.title", forum, Wording.dateTime(meeting.start()), where(meeting)));
        lines.add(Wording.text(language, "notice.agenda"));
        if (accepted.isEmpty()) {
            lines.add(Wording.text(language, "notice.no-items"));
        }
        for (int i = 0; i < accepted.size(); i++) {
            AgendaItem item = accepted.get(i);
            lines.add(Wording.text(language, "notice.item", i + 1, item.title(), item.kind()));
        }
        lines.add(Wording.text(language, "notice.consultative"));
        return String.join("\n", lines);
    }

    private static String where(Meeting meeting) {
        StringBuilder where = new StringBuilder();
        if (meeting.place() != null) {
            where.append(", ").append(meeting.place());
        }
        if (meeting.link() != null) {
            where.append(", ").append(meeting.link());
        }
        return where.toString();
    }
}
