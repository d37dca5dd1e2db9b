package se.samverkansbot.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who may do what in a forum, decided here and nowhere else. Members are those with a seat on the day; the forum's
 * chair, convener and secretary administer it (review agenda items, change meetings, publish the notice, link
 * channels, export); its leadership (those three and the vice chair) hear the administrative reminders; problems
 * (failed deliveries, ending seats) go to its secretary, else its convener, else its chair. After a meeting: the
 * administrators record the minutes, the forum's members read the draft, the chair and the named adjuster sign off,
 * and a principal's follow-up is answered by that principal's representatives in the forum or the forum's secretary.
 * All on current seats, so a former seat holder may do none of it.
 */
public final class ForumRoles {
    /** Who administers a forum. */
    public static final Set<SeatRole> ADMINISTRATORS = Set.of(SeatRole.CHAIR, SeatRole.CONVENER, SeatRole.SECRETARY);
    /** Who hears the administrative reminders (notice, material, minutes). */
    public static final Set<SeatRole> LEADERSHIP =
            Set.of(SeatRole.CHAIR, SeatRole.VICE_CHAIR, SeatRole.CONVENER, SeatRole.SECRETARY);
    /** Who hears of problems, in this order: the first role that someone holds. */
    private static final List<SeatRole> PROBLEMS_GO_TO = List.of(SeatRole.SECRETARY, SeatRole.CONVENER, SeatRole.CHAIR);

    private final Supplier<Register> register;

    public ForumRoles(Supplier<Register> register) {
        this.register = register;
    }

    /** Anyone with a seat in the forum on the day, whatever the role. */
    public boolean isMember(String structureId, String forumId, String personId, LocalDate day) {
        return seats(structureId, forumId, day).stream().anyMatch(seat -> personId.equals(seat.person()));
    }

    public boolean administers(String structureId, String forumId, String personId, LocalDate day) {
        return seats(structureId, forumId, day).stream()
                .anyMatch(seat -> personId.equals(seat.person()) && ADMINISTRATORS.contains(seat.role()));
    }

    /** The people who administer the forum on the day. */
    public List<String> administrators(String structureId, String forumId, LocalDate day) {
        return holders(structureId, forumId, day, ADMINISTRATORS);
    }

    /** The people with a seat on the day (named seats only; a seat defined by position reaches nobody). */
    public List<String> members(String structureId, String forumId, LocalDate day) {
        return seats(structureId, forumId, day).stream()
                .filter(seat -> seat.person() != null)
                .map(Seat::person)
                .distinct()
                .toList();
    }

    /** The people who hold one of these roles on the day. */
    public List<String> holders(String structureId, String forumId, LocalDate day, Set<SeatRole> roles) {
        return seats(structureId, forumId, day).stream()
                .filter(seat -> roles.contains(seat.role()) && seat.person() != null)
                .map(Seat::person)
                .distinct()
                .toList();
    }

    /** Who is told of the forum's problems: its secretary, else convener, else chair; empty if none is named. */
    public List<String> whoHearsProblems(String structureId, String forumId, LocalDate day) {
        for (SeatRole role : PROBLEMS_GO_TO) {
            List<String> people = holders(structureId, forumId, day, Set.of(role));
            if (!people.isEmpty()) {
                return people;
            }
        }
        return List.of();
    }

    private List<Seat> seats(String structureId, String forumId, LocalDate day) {
        return register.get()
                .structure(structureId)
                .map(s -> s.seatsOn(forumId, day))
                .orElse(List.of());
    }

    /** Who records a meeting's minutes, names its adjuster, publishes and corrects them: the administrators. */
    public boolean recordsMinutes(String structureId, String forumId, String personId, LocalDate day) {
        return administers(structureId, forumId, personId, day);
    }

    /** Who reads draft minutes: a member today, or a member on the meeting's day. */
    public boolean readsDraftMinutes(
            String structureId, String forumId, String personId, LocalDate today, LocalDate meetingDay) {
        return isMember(structureId, forumId, personId, today) || isMember(structureId, forumId, personId, meetingDay);
    }

    /** The chair today, if {@code personId} holds that seat. */
    public boolean chairs(String structureId, String forumId, String personId, LocalDate day) {
        return holders(structureId, forumId, day, Set.of(SeatRole.CHAIR)).contains(personId);
    }

    /** Who may be named adjuster (justerare): a member of the forum today. */
    public boolean mayAdjust(String structureId, String forumId, String personId, LocalDate day) {
        return isMember(structureId, forumId, personId, day);
    }

    /** A principal's representatives in the forum on the day: the named people whose seat is that party's. */
    public List<String> representatives(String structureId, String forumId, String partyId, LocalDate day) {
        return seats(structureId, forumId, day).stream()
                .filter(seat -> partyId.equals(seat.party()) && seat.person() != null)
                .map(Seat::person)
                .distinct()
                .toList();
    }

    /** Who answers a principal's follow-up: its representatives in the forum and the forum's secretary. */
    public boolean answersFollowUp(String structureId, String forumId, String partyId, String personId, LocalDate day) {
        return representatives(structureId, forumId, partyId, day).contains(personId)
                || holders(structureId, forumId, day, Set.of(SeatRole.SECRETARY))
                        .contains(personId);
    }
}
