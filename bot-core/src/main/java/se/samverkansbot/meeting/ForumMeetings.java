package se.samverkansbot.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One forum's meetings as its secretariat sees them: those to come (cancelled ones included, so a cancellation is
 * visible) and the last ones held, newest first. Read-only.
 */
public final class ForumMeetings {
    /** How far either way the forum's meetings are looked for: a year covers every schedule the register plans. */
    private static final Duration SPAN = Duration.ofDays(400);

    private final Meetings meetings;
    private final Clock clock;

    public ForumMeetings(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The forum's meetings from now on, earliest first, at most {@code limit}. */
    public List<Meeting> coming(String structureId, String forumId, int limit) {
        Instant now = clock.instant();
        return ofForum(structureId, forumId, now, now.plus(SPAN)).stream()
                .limit(limit)
                .toList();
    }

    /** The forum's meetings that have started and were not cancelled, newest first, at most {@code limit}. */
    public List<Meeting> past(String structureId, String forumId, int limit) {
        Instant now = clock.instant();
        return ofForum(structureId, forumId, now.minus(SPAN), now).stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .sorted(Comparator.comparing(Meeting::start).reversed())
                .limit(limit)
                .toList();
    }

    private List<Meeting> ofForum(String structureId, String forumId, Instant from, Instant to) {
        return meetings.ofStructure(structureId, from, to).stream()
                .filter(m -> m.forumId().equals(forumId))
                .toList();
    }
}
