package se.samverkansbot.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.samverkansbot.register.Party;
import se.samverkansbot.register.PartyKind;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.Structure;
import se.samverkansbot.wording.Phrasing;

/** How a seat is described: who or what holds it, for which party or body, in which role, for how long. */
final class Seats {
    private Seats() {}

    /**
     * How many people the seats are for: a seat for several counts them all. A convener's seat that names nobody,
     * in a forum with chairs, is a task of one of them ("en av presidiets tre ordförande"), not one more person;
     * officials who support the meetings hold no seat. A representation whose number the documents do not state
     * counts as one and makes the total a lower bound ({@link Headcount#unstated()}).
     */
    static Headcount headcount(List<Seat> seats) {
        boolean chairs = seats.stream().anyMatch(seat -> seat.role() == SeatRole.CHAIR);
        List<Seat> counted = seats.stream()
                .filter(seat -> !(chairs && seat.role() == SeatRole.CONVENER && seat.person() == null))
                .filter(seat -> seat.role() != SeatRole.OFFICIAL_SUPPORT)
                .toList();
        return new Headcount(
                counted.stream().mapToInt(seat -> Math.max(1, seat.count())).sum(),
                counted.stream().filter(seat -> !seat.countStated()).toList());
    }

    /**
     * "Tre av dem är regionens och fjorton kommunernas": how a forum's seats divide between the region and the
     * municipalities, where both sit there and every seat is one of theirs, each number stated. A count of seventeen
     * alone leaves "hur många kommer från regionen resp. kommunerna?" to be worked out from the list.
     */
    static Optional<ByKindOfParty> byKindOfParty(Structure structure, List<Seat> seats, Headcount total) {
        if (!total.exact()) {
            return Optional.empty();
        }
        List<Seat> region = ofKind(structure, seats, PartyKind.REGION);
        List<Seat> municipalities = ofKind(structure, seats, PartyKind.MUNICIPALITY);
        Headcount ofRegion = headcount(region);
        Headcount ofMunicipalities = headcount(municipalities);
        if (region.isEmpty()
                || municipalities.isEmpty()
                || ofRegion.seats() + ofMunicipalities.seats() != total.seats()) {
            return Optional.empty();
        }
        return Optional.of(new ByKindOfParty(ofRegion.seats(), ofMunicipalities.seats()));
    }

    private static List<Seat> ofKind(Structure structure, List<Seat> seats, PartyKind kind) {
        return seats.stream()
                .filter(seat -> Optional.ofNullable(seat.party())
                        .flatMap(structure::party)
                        .map(Party::kind)
                        .filter(kind::equals)
                        .isPresent())
                .toList();
    }

    /** A forum's seats as the region's and the municipalities'. */
    record ByKindOfParty(int region, int municipalities) {
        /** " Tre av dem är regionens och fjorton kommunernas." */
        String said(Phrasing say) {
            return say.say(
                            " %s av dem är regionens och %s kommunernas.",
                            region == 1
                                    ? " %s of them is the region's and %s the municipalities'."
                                    : " %s of them are the region's and %s the municipalities'.")
                    .formatted(Phrasing.capitalize(say.number(region)), say.number(municipalities));
        }
    }

    /** A number of seats, and the seats among them whose number is not stated (each counted as one). */
    record Headcount(int seats, List<Seat> unstated) {
        boolean exact() {
            return unstated.isEmpty();
        }

        /** "tio", or "minst nio" when a representation's number is not stated. */
        String said(Phrasing say) {
            return exact() ? say.number(seats) : say.say("minst ", "at least ") + say.number(seats);
        }

        /** After the number: " Registret anger inte hur många … ", or nothing when every number is stated. */
        String unstatedSaid(Phrasing say) {
            if (exact()) {
                return "";
            }
            return " "
                    + say.say(
                                    "Registret anger inte hur många som ingår i: %s.",
                                    "The register does not state how many there are in: %s.")
                            .formatted(say.join(unstated.stream()
                                    .map(seat -> seat.position() == null ? seat.id() : seat.position())
                                    .toList()));
        }
    }

    static String describe(Structure structure, Seat seat, Phrasing say) {
        List<String> parts = new ArrayList<>();
        if (seat.person() != null) {
            structure.person(seat.person()).ifPresent(person -> {
                parts.add(person.name());
                if (person.title() != null) {
                    parts.add(person.title());
                }
            });
        } else {
            parts.add((seat.count() > 1 ? seat.count() + " × " : "") + seat.position());
        }
        structure
                .party(seat.party())
                .filter(party -> seat.position() == null || !seat.position().contains(party.name()))
                .ifPresent(party -> parts.add(party.name()));
        StringBuilder text =
                new StringBuilder(String.join(", ", parts)).append(" – ").append(say.label(seat.role()));
        if (seat.area() != null) {
            text.append(", ").append(say.label(seat.area()));
        }
        String period = say.period(seat.period());
        if (!period.isEmpty()) {
            text.append(" (").append(period).append(')');
        }
        if (seat.note() != null) {
            text.append(". ").append(seat.note());
        }
        return text.toString();
    }
}
