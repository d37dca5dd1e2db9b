package se.samverkansbot.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.time.SwedishTime;

/**
 * Which meeting an item goes to, and who may do what with a forum's agenda: members submit, the forum's
 * administrators (as {@link ForumRoles} decides) review and publish.
 */
public final class AgendaRules {
    private final Supplier<Register> register;
    private final ForumRoles roles;
    private final Meetings meetings;

    public AgendaRules(Supplier<Register> register, ForumRoles roles, Meetings meetings) {
        this.register = register;
        this.roles = roles;
        this.meetings = meetings;
    }

    public Forum forum(String structureId, String forumId) {
        return structure(structureId).forum(forumId).orElseThrow();
    }

    public Structure structure(String structureId) {
        return register.get().structure(structureId).orElseThrow();
    }

    /** Anyone with a seat in the forum on the day, whatever the role. */
    public boolean isMember(String structureId, String forumId, String personId, LocalDate today) {
        return roles.isMember(structureId, forumId, personId, today);
    }

    public boolean isReviewer(String structureId, String forumId, String personId, LocalDate today) {
        return roles.administers(structureId, forumId, personId, today);
    }

    public List<String> reviewers(String structureId, String forumId, LocalDate today) {
        return roles.administrators(structureId, forumId, today);
    }

    /** The people with a seat in the forum on the day, who hear the notice. */
    public List<String> members(String structureId, String forumId, LocalDate today) {
        return roles.members(structureId, forumId, today);
    }

    /** The forum's coming meetings whose notice is not out yet, earliest first. */
    public List<Meeting> openMeetings(String structureId, String forumId, Instant now) {
        return meetings.upcoming(List.of(forumId), now, 20).stream()
                .filter(m -> m.structureId().equals(structureId) && m.status() == MeetingStatus.PLANNED)
                .toList();
    }

    public static Optional<Instant> cutoff(Meeting meeting) {
        return meeting.deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.AGENDA_CUTOFF)
                .map(Deadline::due)
                .findFirst();
    }

    public static boolean cutoffPassed(Meeting meeting, Instant now) {
        return cutoff(meeting).map(due -> !due.isAfter(now)).orElse(false);
    }

    static LocalDate today(Instant now) {
        return SwedishTime.dateOf(now);
    }
}
