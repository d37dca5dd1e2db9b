package se.samverkansbot.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One samverkansstruktur, e.g. HälSam or the structure in Jämtland Härjedalen. It is the aggregate that a
 * structure file describes and that is stored and replaced as a whole.
 */
public record Structure(
        String id,
        String name,
        String fullName,
        List<String> aliases,
        String county,
        String purpose,
        String goal,
        List<String> principles,
        LocalDate validFrom,
        LocalDate validTo,
        boolean consultativeOnly,
        String note,
        List<Party> parties,
        List<Body> bodies,
        List<Person> people,
        List<Forum> forums,
        List<Seat> seats,
        List<GlossaryTerm> glossary,
        List<Milestone> milestones,
        AdminSupport adminSupport,
        List<SourceDocument> documents) {

    public Structure {
        aliases = Lists.copy(aliases);
        principles = Lists.copy(principles);
        parties = Lists.copy(parties);
        bodies = Lists.copy(bodies);
        people = Lists.copy(people);
        forums = Lists.copy(forums);
        seats = Lists.copy(seats);
        glossary = Lists.copy(glossary);
        milestones = Lists.copy(milestones);
        documents = Lists.copy(documents);
    }

    public Optional<Party> party(String partyId) {
        return parties.stream().filter(p -> p.id().equals(partyId)).findFirst();
    }

    public Optional<Body> body(String bodyId) {
        return bodies.stream().filter(b -> b.id().equals(bodyId)).findFirst();
    }

    public Optional<Person> person(String personId) {
        return people.stream().filter(p -> p.id().equals(personId)).findFirst();
    }

    public Optional<Forum> forum(String forumId) {
        return forums.stream().filter(f -> f.id().equals(forumId)).findFirst();
    }

    /** Every seat of the forum, past, current and future: its history. */
    public List<Seat> seatsIn(String forumId) {
        return seats.stream().filter(s -> s.forum().equals(forumId)).toList();
    }

    /**
     * The one rule for who sits somewhere on a day: the seat's period contains the day and its forum exists that day.
     * Today's seats, or those of a meeting's day, or those of a date a question names.
     */
    public List<Seat> seatsOn(String forumId, LocalDate day) {
        return seatsIn(forumId).stream().filter(seat -> holds(seat, day)).toList();
    }

    /** Every seat of the structure held on {@code day}. */
    public List<Seat> seatsOn(LocalDate day) {
        return seats.stream().filter(seat -> holds(seat, day)).toList();
    }

    private boolean holds(Seat seat, LocalDate day) {
        return seat.period().contains(day)
                && forum(seat.forum()).map(f -> f.isActiveOn(day)).orElse(false);
    }

    public List<Forum> forumsReportingTo(String forumId) {
        return forums.stream().filter(f -> forumId.equals(f.reportsTo())).toList();
    }

    /** The preparation groups that prepare the forum's matters (officials' preparation for a political forum). */
    /**
     * Whether a forum of this structure that replaces it is active on {@code day}: LAKO has no end date of its own,
     * but ended when SVOM, which replaced it, began.
     */
    public boolean isReplacedOn(String forumId, LocalDate day) {
        return forums.stream().anyMatch(f -> forumId.equals(f.replaces()) && f.isActiveOn(day));
    }

    public List<Forum> forumsPreparing(String forumId) {
        return forums.stream().filter(f -> f.prepares().contains(forumId)).toList();
    }

    /** The forums that prepare the given forum's matters and are active on the day. */
    public List<Forum> forumsPreparingOn(String forumId, LocalDate day) {
        return forumsPreparing(forumId).stream().filter(f -> f.isActiveOn(day)).toList();
    }

    public List<Party> principals() {
        return parties.stream().filter(Party::principal).toList();
    }

    /**
     * The id's hash, not the record's: that one hashes every person, forum and document page, and a question puts
     * structures and what it names into sets (measured: four fifths of an abbreviation question's time at national
     * scale). Equal structures have equal ids, so it agrees with {@link #equals}; no set of structures is read in
     * hash order.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
