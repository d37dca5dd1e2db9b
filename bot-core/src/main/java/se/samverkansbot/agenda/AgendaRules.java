package se.samverkansbot.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.Structure;

/** Who may do what with a forum's agenda, and which meeting an item goes to. */
public final class AgendaRules {
    static final Set<SeatRole> REVIEWERS = Set.of(SeatRole.CHAIR, SeatRole.CONVENER, SeatRole.SECRETARY);

    private final Supplier<Register> register;
    private final Meetings meetings;

    public AgendaRules(Supplier<Register> register, Meetings meetings) {
        this.register = register;
        this.meetings = meetings;
    }

    public Forum forum(String structureId, String forumId) {
        return structure(structureId).forum(forumId).orElseThrow();
    }

    public Structure structure(String structureId) {
        return register.get().structure(structureId).orElseThrow();
    }

    /** Anyone with a current seat in the forum, whatever the role. */
    public boolean isMember(String structureId, String forumId, String personId, LocalDate today) {
        return currentSeats(structureId, forumId, today).stream().anyMatch(seat -> personId.equals(seat.person()));
    }

    public boolean isReviewer(String structureId, String forumId, String personId, LocalDate today) {
        return currentSeats(structureId, forumId, today).stream()
                .anyMatch(seat -> personId.equals(seat.person()) && REVIEWERS.contains(seat.role()));
    }

    public List<String> reviewers(String structureId, String forumId, LocalDate today) {
        return currentSeats(structureId, forumId, today).stream()
                .filter(seat -> REVIEWERS.contains(seat.role()) && seat.person() != null)
                .map(Seat::person)
                .distinct()
                .toList();
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
        return now.atZone(DeadlineTemplate.SWEDEN).toLocalDate();
    }

    private List<Seat> currentSeats(String structureId, String forumId, LocalDate today) {
        return register.get().structure(structureId).map(s -> s.seatsIn(forumId)).orElse(List.of()).stream()
                .filter(seat -> seat.period().contains(today))
                .toList();
    }
}
