package se.samverkansbot.register;

import java.time.LocalDate;
import java.util.List;
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
        AdminSupport adminSupport) {

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

    public List<Seat> seatsIn(String forumId) {
        return seats.stream().filter(s -> s.forum().equals(forumId)).toList();
    }

    public List<Forum> forumsReportingTo(String forumId) {
        return forums.stream().filter(f -> forumId.equals(f.reportsTo())).toList();
    }

    public List<Party> principals() {
        return parties.stream().filter(Party::principal).toList();
    }
}
