package se.samverkansbot.register.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverkansbot.register.AdminSupport;
import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Body;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Milestone;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.PartyKind;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Seat;

/** The rules that span sections of a file: references resolve, seats do not overlap, sums add up. */
final class ReferenceRules {
    private static final Bilingual PARTY = Bilingual.of("en part", "party");
    private static final Bilingual BODY = Bilingual.of("ett organ", "body");
    private static final Bilingual PERSON = Bilingual.of("en person", "person");
    private static final Bilingual FORUM = Bilingual.of("ett forum", "forum");
    private static final Bilingual SEAT = Bilingual.of("en plats", "seat");

    private final Problems problems;
    private final Map<String, Located<Party>> parties;
    private final Map<String, Located<Body>> bodies;
    private final Map<String, Located<Person>> people;
    private final Map<String, Located<Forum>> forums;
    private final Map<String, Located<Seat>> seats;
    private final List<Located<Milestone>> milestones;
    private final Located<AdminSupport> adminSupport;

    ReferenceRules(
            Problems problems,
            Map<String, Located<Party>> parties,
            Map<String, Located<Body>> bodies,
            Map<String, Located<Person>> people,
            Map<String, Located<Forum>> forums,
            Map<String, Located<Seat>> seats,
            List<Located<Milestone>> milestones,
            Located<AdminSupport> adminSupport) {
        this.problems = problems;
        this.parties = parties;
        this.bodies = bodies;
        this.people = people;
        this.forums = forums;
        this.seats = seats;
        this.milestones = milestones;
        this.adminSupport = adminSupport;
    }

    void check() {
        bodies.values().forEach(body -> refer(body, "party", body.value().party(), parties, PARTY));
        people.values().forEach(this::checkPerson);
        forums.values().forEach(this::checkForum);
        forums.values().forEach(this::checkReportingCycle);
        seats.values().forEach(this::checkSeat);
        checkSeatOverlaps();
        milestones.forEach(milestone ->
                milestone.value().forums().forEach(forum -> refer(milestone, "forums", forum, forums, FORUM)));
        if (adminSupport != null) {
            checkCostTotal(adminSupport);
        }
    }

    private void checkPerson(Located<Person> person) {
        refer(person, "party", person.value().party(), parties, PARTY);
        if (refer(person, "body", person.value().body(), bodies, BODY)) {
            bodyBelongsTo(person, person.value().body(), person.value().party());
        }
    }

    private void checkForum(Located<Forum> located) {
        Forum forum = located.value();
        if (refer(located, "municipality", forum.municipality(), parties, PARTY)) {
            Party party = parties.get(forum.municipality()).value();
            if (party.kind() != PartyKind.MUNICIPALITY) {
                problems.add(located.lineOf("municipality"), ProblemKind.NOT_A_MUNICIPALITY, party.id(), party.kind());
            }
        }
        refer(located, "reportsTo", forum.reportsTo(), forums, FORUM);
        forum.prepares().forEach(prepared -> refer(located, "prepares", prepared, forums, FORUM));
        refer(located, "replaces", forum.replaces(), forums, FORUM);
    }

    private void checkReportingCycle(Located<Forum> start) {
        Set<String> path = new LinkedHashSet<>();
        String current = start.value().id();
        while (current != null && forums.containsKey(current)) {
            if (!path.add(current)) {
                if (current.equals(start.value().id())) {
                    problems.add(
                            start.lineOf("reportsTo"), ProblemKind.REPORTING_CYCLE, current, String.join(" → ", path));
                }
                return;
            }
            current = forums.get(current).value().reportsTo();
        }
    }

    private void checkSeat(Located<Seat> located) {
        Seat seat = located.value();
        refer(located, "forum", seat.forum(), forums, FORUM);
        refer(located, "party", seat.party(), parties, PARTY);
        refer(located, "person", seat.person(), people, PERSON);
        if (refer(located, "body", seat.body(), bodies, BODY)) {
            bodyBelongsTo(located, seat.body(), seat.party());
        }
        if (seat.person() == null && seat.position() == null) {
            problems.add(located.line(), ProblemKind.SEAT_HOLDER);
        }
        if (refer(located, "deputyFor", seat.deputyFor(), seats, SEAT)) {
            Seat member = seats.get(seat.deputyFor()).value();
            if (!member.forum().equals(seat.forum())) {
                problems.add(
                        located.lineOf("deputyFor"), ProblemKind.DEPUTY_IN_OTHER_FORUM, member.id(), member.forum());
            }
        }
    }

    private void checkSeatOverlaps() {
        Map<Seat.SeatKey, List<Located<Seat>>> history = new HashMap<>();
        for (Located<Seat> located : seats.values()) {
            List<Located<Seat>> same = history.computeIfAbsent(located.value().key(), key -> new ArrayList<>());
            same.stream()
                    .filter(earlier ->
                            earlier.value().period().overlaps(located.value().period()))
                    .findFirst()
                    .ifPresent(earlier -> problems.add(
                            located.lineOf("id"),
                            ProblemKind.SEAT_OVERLAP,
                            earlier.value().id(),
                            earlier.lineOf("id")));
            same.add(located);
        }
    }

    private void checkCostTotal(Located<AdminSupport> located) {
        AdminSupport support = located.value();
        long sum = support.costs().stream()
                .mapToLong(AdminSupport.CostLine::amountSek)
                .sum();
        if (support.totalSek() != null && support.totalSek() != sum) {
            problems.add(located.lineOf("totalMnkr"), ProblemKind.COST_TOTAL, mnkr(support.totalSek()), mnkr(sum));
        }
    }

    private static String mnkr(long sek) {
        return java.math.BigDecimal.valueOf(sek)
                .movePointLeft(6)
                .stripTrailingZeros()
                .toPlainString();
    }

    private void bodyBelongsTo(Located<?> located, String bodyId, String partyId) {
        String owner = bodies.get(bodyId).value().party();
        if (partyId != null && !partyId.equals(owner)) {
            problems.add(located.lineOf("body"), ProblemKind.BODY_OF_OTHER_PARTY, bodyId, owner, partyId);
        }
    }

    /** True when {@code id} is given and known; reports it with a hint when it is given and unknown. */
    private boolean refer(Located<?> from, String key, String id, Map<String, ?> known, Bilingual noun) {
        if (id == null) {
            return false;
        }
        if (known.containsKey(id)) {
            return true;
        }
        problems.add(
                from.lineOf(key), ProblemKind.UNKNOWN_REFERENCE, key, noun, id, Suggestion.among(id, known.keySet()));
        return false;
    }
}
