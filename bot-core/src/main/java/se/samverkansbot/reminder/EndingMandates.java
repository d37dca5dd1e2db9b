package se.samverkansbot.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisterAdministrators;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.Structure;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.wording.Wording;

/**
 * The term change. Seats whose period ends within a window and that have no successor registered: a successor is a
 * later entry for the same seat — the same forum, role, party, body and strategic area — whoever holds it, since a
 * new term usually brings a new person. The forum's secretary (else convener, else chair; where the register names
 * none, the structure's administrators from configuration) is told of the forum's such seats in one message that
 * lists them, again every week until they are resolved. A person whose seat starts is told on the day it starts (or
 * at the next run within a week).
 */
public final class EndingMandates {
    private static final Logger log = LoggerFactory.getLogger(EndingMandates.class);
    /** A seat that started this many days ago or less is still announced, so a missed night loses nothing. */
    private static final int STARTED_WITHIN_DAYS = 7;

    private final Supplier<Register> register;
    private final ForumRoles roles;
    private final TellPeople tell;
    private final Clock clock;
    private final Period window;
    private final RegisterAdministrators administrators;

    public EndingMandates(Supplier<Register> register, ForumRoles roles, TellPeople tell, Clock clock, Period window) {
        this(register, roles, tell, clock, window, new RegisterAdministrators(register, roles, List.of()));
    }

    /**
     * @param administrators who hear of a structure's ending seats where a forum names no secretary, convener or
     *     chair: the structure's administrators, as the register edits know them
     */
    public EndingMandates(
            Supplier<Register> register,
            ForumRoles roles,
            TellPeople tell,
            Clock clock,
            Period window,
            RegisterAdministrators administrators) {
        this.register = register;
        this.roles = roles;
        this.tell = tell;
        this.clock = clock;
        this.window = window;
        this.administrators = administrators;
    }

    public record Finding(Structure structure, Seat seat) {}

    public List<Finding> find() {
        LocalDate today = SwedishTime.today(clock);
        LocalDate horizon = today.plus(window);
        List<Finding> findings = new ArrayList<>();
        for (Structure structure : register.get().structures()) {
            List<Seat> ending = structure.seats().stream()
                    .filter(seat -> {
                        LocalDate ends = seat.period().to();
                        return ends != null && !ends.isBefore(today) && !ends.isAfter(horizon);
                    })
                    .toList();
            if (ending.isEmpty()) {
                continue;
            }
            // Each later entry succeeds one ending seat: first one with the same holder, then any of the same seat.
            Set<Seat> used = new HashSet<>();
            Map<Seat, Seat> successor = new LinkedHashMap<>();
            for (boolean sameHolder : new boolean[] {true, false}) {
                for (Seat seat : ending) {
                    if (successor.containsKey(seat)) {
                        continue;
                    }
                    structure.seats().stream()
                            .filter(other -> other != seat
                                    && !used.contains(other)
                                    && other.sameSeatAs(seat)
                                    && (!sameHolder || other.key().equals(seat.key()))
                                    && other.period().from() != null
                                    && other.period()
                                            .from()
                                            .isAfter(seat.period().to()))
                            .findFirst()
                            .ifPresent(next -> {
                                used.add(next);
                                successor.put(seat, next);
                            });
                }
            }
            ending.stream()
                    .filter(seat -> !successor.containsKey(seat))
                    .forEach(seat -> findings.add(new Finding(structure, seat)));
        }
        return findings;
    }

    /**
     * Tells each forum's secretary (or convener, or chair, or else the structure's administrators) about its ending
     * seats in one message a week that lists them all, and tells people whose seats start; returns the number of
     * ending seats found.
     */
    public int remind() {
        LocalDate today = SwedishTime.today(clock);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        List<Finding> findings = find();
        Map<List<String>, List<Finding>> byForum = new LinkedHashMap<>();
        findings.forEach(finding -> byForum.computeIfAbsent(
                        List.of(finding.structure().id(), finding.seat().forum()), key -> new ArrayList<>())
                .add(finding));
        Map<String, Integer> untold = new LinkedHashMap<>();
        byForum.forEach((key, ending) -> {
            Structure structure = ending.getFirst().structure();
            String forumId = key.get(1);
            String forum = structure.forum(forumId).map(f -> f.name()).orElse(forumId);
            List<String> told = roles.whoHearsProblems(structure.id(), forumId, today);
            if (told.isEmpty()) {
                told = administrators.of(structure);
            }
            if (told.isEmpty()) {
                untold.merge(forum + " (" + structure.name() + ")", ending.size(), Integer::sum);
                return;
            }
            tell.people(
                    structure.id(),
                    forumId,
                    null,
                    told,
                    "mandate|" + structure.id() + "|" + forumId + "|" + week,
                    ending.size() == 1
                            ? Wording.of(
                                    "report.seat-ending",
                                    holder(structure, ending.getFirst().seat()),
                                    forum,
                                    structure.name(),
                                    Wording.date(
                                            ending.getFirst().seat().period().to()))
                            : Wording.of(
                                    "report.seats-ending",
                                    ending.size(),
                                    forum,
                                    structure.name(),
                                    seatList(structure, ending)));
        });
        untold.forEach((where, count) -> log.warn(
                "{} seats in {} end with no successor registered, and neither the register nor the configuration "
                        + "(samverkan.administrators) names anyone to tell",
                count,
                where));
        tellStartingSeats();
        return findings.size();
    }

    /** One line per seat: who holds it (or its position, or its role) and when it ends. */
    private static Bilingual seatList(Structure structure, List<Finding> ending) {
        return language -> ending.stream()
                .map(finding -> Wording.text(
                        language,
                        "report.seat-ending-line",
                        holder(structure, finding.seat()),
                        Wording.date(finding.seat().period().to())))
                .collect(Collectors.joining("\n"));
    }

    private static Object holder(Structure structure, Seat seat) {
        String holder = seat.person() != null
                ? structure.person(seat.person()).map(p -> p.name()).orElse(seat.person())
                : seat.position();
        return holder == null ? seat.role() : holder;
    }

    /** Tells each person whose seat started within the last week that it has, once per seat. */
    public void tellStartingSeats() {
        LocalDate today = SwedishTime.today(clock);
        for (Structure structure : register.get().structures()) {
            for (Seat seat : structure.seats()) {
                LocalDate from = seat.period().from();
                if (seat.person() == null
                        || from == null
                        || from.isAfter(today)
                        || from.isBefore(today.minusDays(STARTED_WITHIN_DAYS))
                        || structure.person(seat.person()).isEmpty()) {
                    continue;
                }
                boolean continues = structure.seats().stream()
                        .anyMatch(before -> before != seat
                                && Objects.equals(before.person(), seat.person())
                                && before.sameSeatAs(seat)
                                && before.period().to() != null
                                && before.period().to().equals(from.minusDays(1)));
                if (continues) {
                    continue; // the same person goes on in the same seat: nothing new to tell
                }
                String forum = structure.forum(seat.forum()).map(f -> f.name()).orElse(seat.forum());
                String forWhom = seat.party() == null
                        ? ""
                        : structure.party(seat.party()).map(p -> p.name()).orElse("");
                tell.people(
                        structure.id(),
                        seat.forum(),
                        null,
                        List.of(seat.person()),
                        "seat-start|" + structure.id() + "|" + seat.id() + "|" + from,
                        Wording.of(
                                forWhom.isEmpty() ? "report.seat-starting" : "report.seat-starting-for",
                                Wording.date(from),
                                forum,
                                structure.name(),
                                seat.role(),
                                forWhom));
            }
        }
    }
}
