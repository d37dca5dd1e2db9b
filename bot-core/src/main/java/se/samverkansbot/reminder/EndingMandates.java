package se.samverkansbot.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.register.Register;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.Structure;

/**
 * Seats whose period ends within a window and that have no successor registered (no entry for the same
 * seat starting after). The current mandate period ends 2026-12-31 and presidia made of chairs must be
 * re-formed early in 2027, so the secretary is told in time, once per seat.
 */
public final class EndingMandates {
    private static final Logger log = LoggerFactory.getLogger(EndingMandates.class);
    private static final List<SeatRole> WHO_HEARS = List.of(SeatRole.SECRETARY, SeatRole.CONVENER, SeatRole.CHAIR);

    private final Supplier<Register> register;
    private final Inbox inbox;
    private final Clock clock;
    private final Period window;

    public EndingMandates(Supplier<Register> register, Inbox inbox, Clock clock, Period window) {
        this.register = register;
        this.inbox = inbox;
        this.clock = clock;
        this.window = window;
    }

    public record Finding(Structure structure, Seat seat) {}

    public List<Finding> find() {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Stockholm")));
        LocalDate horizon = today.plus(window);
        List<Finding> findings = new ArrayList<>();
        for (Structure structure : register.get().structures()) {
            for (Seat seat : structure.seats()) {
                LocalDate ends = seat.period().to();
                if (ends == null || ends.isBefore(today) || ends.isAfter(horizon)) {
                    continue;
                }
                boolean succeeded = structure.seats().stream()
                        .anyMatch(other -> other != seat
                                && other.key().equals(seat.key())
                                && other.period().from() != null
                                && other.period().from().isAfter(ends));
                if (!succeeded) {
                    findings.add(new Finding(structure, seat));
                }
            }
        }
        return findings;
    }

    /** Tells each forum's secretary (or convener, or chair) about its ending seats; returns the number of findings. */
    public int remind() {
        List<Finding> findings = find();
        java.util.Map<String, Integer> untold = new java.util.LinkedHashMap<>();
        for (Finding finding : findings) {
            Seat seat = finding.seat();
            String forum =
                    finding.structure().forum(seat.forum()).map(f -> f.name()).orElse(seat.forum());
            String holder = seat.person() != null
                    ? finding.structure()
                            .person(seat.person())
                            .map(p -> p.name())
                            .orElse(seat.person())
                    : seat.position();
            String text =
                    "Platsen \"%s\" i %s (%s) gäller t.o.m. %s och ingen efterträdare är registrerad. Lägg in den nya mandatperiodens representant i strukturfilen."
                            .formatted(
                                    holder,
                                    forum,
                                    finding.structure().name(),
                                    seat.period().to());
            List<String> told = whoHears(finding.structure(), seat.forum());
            if (told.isEmpty()) {
                untold.merge(
                        forum + " (" + finding.structure().name() + ") t.o.m. "
                                + seat.period().to(),
                        1,
                        Integer::sum);
            }
            told.forEach(person -> inbox.deliver(new Inbox.Message(
                    "mandate|" + finding.structure().id() + "|" + seat.id() + "|"
                            + seat.period().to() + "|" + person,
                    person,
                    text,
                    clock.instant())));
        }
        untold.forEach((where, count) -> log.warn(
                "{} seats in {} end with no successor registered, and the register names no secretary, "
                        + "convener or chair to tell",
                count,
                where));
        return findings.size();
    }

    private static List<String> whoHears(Structure structure, String forumId) {
        for (SeatRole role : WHO_HEARS) {
            List<String> people = structure.seatsIn(forumId).stream()
                    .filter(s -> s.role() == role && s.person() != null)
                    .map(Seat::person)
                    .toList();
            if (!people.isEmpty()) {
                return people;
            }
        }
        return List.of();
    }
}
