package se.samverkansbot.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.Structure;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.wording.Wording;

/**
 * Seats whose period ends within a window and that have no successor registered (no entry for the same
 * seat starting after). The current mandate period ends 2026-12-31 and presidia made of chairs must be
 * re-formed early in 2027, so the secretary is told in time, once per seat.
 */
public final class EndingMandates {
    private static final Logger log = LoggerFactory.getLogger(EndingMandates.class);

    private final Supplier<Register> register;
    private final ForumRoles roles;
    private final TellPeople tell;
    private final Clock clock;
    private final Period window;

    public EndingMandates(Supplier<Register> register, ForumRoles roles, TellPeople tell, Clock clock, Period window) {
        this.register = register;
        this.roles = roles;
        this.tell = tell;
        this.clock = clock;
        this.window = window;
    }

    public record Finding(Structure structure, Seat seat) {}

    public List<Finding> find() {
        LocalDate today = SwedishTime.today(clock);
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
            List<String> told =
                    roles.whoHearsProblems(finding.structure().id(), seat.forum(), SwedishTime.today(clock));
            if (told.isEmpty()) {
                untold.merge(
                        forum + " (" + finding.structure().name() + ") t.o.m. "
                                + seat.period().to(),
                        1,
                        Integer::sum);
            }
            tell.people(
                    finding.structure().id(),
                    seat.forum(),
                    null,
                    told,
                    "mandate|" + finding.structure().id() + "|" + seat.id() + "|"
                            + seat.period().to(),
                    Wording.of(
                            "report.seat-ending",
                            holder,
                            forum,
                            finding.structure().name(),
                            Wording.date(seat.period().to())));
        }
        untold.forEach((where, count) -> log.warn(
                "{} seats in {} end with no successor registered, and the register names no secretary, "
                        + "convener or chair to tell",
                count,
                where));
        return findings.size();
    }
}
