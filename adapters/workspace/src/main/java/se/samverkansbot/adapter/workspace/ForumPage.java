package se.samverkansbot.adapter.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.RegisterChange;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.Structure;
import se.samverkansbot.reminder.EndingMandates;
import se.samverkansbot.time.SwedishTime;

/** What a forum's workspace page shows, in the reader's language: built from the register, never stored. */
record ForumPage(
        String structureId,
        String structureName,
        String forumId,
        String forumName,
        List<SeatRow> seats,
        List<SeatRow> warnings,
        List<ItemRow> review,
        boolean reviews,
        List<ChangeRow> history,
        List<Option> openSeats,
        List<Option> allSeats,
        List<Option> people,
        List<Option> parties,
        List<Option> roles) {

    record SeatRow(
            String id,
            String role,
            String holder,
            String party,
            String period,
            String deputyFor,
            String status,
            boolean noSuccessor) {}

    record ItemRow(String title, String submitter, String submitted, String status) {}

    record ChangeRow(String when, String who, String what, List<String> details) {}

    record Option(String value, String label) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static ForumPage of(
            Structure structure,
            Forum forum,
            List<EndingMandates.Finding> ending,
            List<AgendaItem> review,
            boolean reviews,
            List<RegisterChange> history,
            LocalDate today,
            Language language) {
        var t = WorkspaceTexts.of(language);
        Set<String> noSuccessor = ending.stream()
                .filter(f -> f.structure().id().equals(structure.id())
                        && f.seat().forum().equals(forum.id()))
                .map(f -> f.seat().id())
                .collect(Collectors.toSet());
        List<Seat> seats = structure.seatsIn(forum.id()).stream()
                .sorted(Comparator.comparing((Seat s) -> s.period().hasEnded(today))
                        .thenComparing(s -> s.role().ordinal()))
                .toList();
        List<SeatRow> rows = seats.stream()
                .map(seat -> row(structure, seat, noSuccessor.contains(seat.id()), today, t))
                .toList();
        List<Option> open = seats.stream()
                .filter(seat -> !seat.period().hasEnded(today))
                .map(seat -> new Option(seat.id(), label(structure, seat, language)))
                .toList();
        return new ForumPage(
                structure.id(),
                structure.name(),
                forum.id(),
                forum.name(),
                rows,
                rows.stream().filter(SeatRow::noSuccessor).toList(),
                review.stream()
                        .map(item -> new ItemRow(
                                item.title(),
                                name(structure, item.submitterId()),
                                SwedishTime.at(item.submittedAt()).format(WHEN),
                                item.status().label(language)))
                        .toList(),
                reviews,
                history.stream()
                        .map(change -> new ChangeRow(
                                SwedishTime.at(change.at()).format(WHEN),
                                name(structure, change.by()),
                                change.kind().label(language),
                                change.details()))
                        .toList(),
                open,
                seats.stream()
                        .map(seat -> new Option(seat.id(), label(structure, seat, language)))
                        .toList(),
                structure.people().stream()
                        .sorted(Comparator.comparing(Person::name))
                        .map(p -> new Option(p.id(), p.name()))
                        .toList(),
                structure.parties().stream()
                        .map(p -> new Option(p.id(), p.name()))
                        .toList(),
                java.util.Arrays.stream(SeatRole.values())
                        .map(role -> new Option(
                                role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), role.label(language)))
                        .toList());
    }

    private static SeatRow row(
            Structure structure, Seat seat, boolean noSuccessor, LocalDate today, java.util.Map<String, String> t) {
        String status = seat.period().hasEnded(today)
                ? t.get("ended")
                : seat.period().hasNotStarted(today) ? t.get("future") : t.get("current");
        String deputyFor = seat.deputyFor() == null
                ? null
                : structure.seats().stream()
                        .filter(s -> s.id().equals(seat.deputyFor()))
                        .findFirst()
                        .map(s -> holder(structure, s))
                        .orElse(seat.deputyFor());
        return new SeatRow(
                seat.id(),
                seat.role().label(Language.fromTag(t.get("lang"))),
                holder(structure, seat),
                seat.party() == null
                        ? null
                        : structure.party(seat.party()).map(p -> p.name()).orElse(seat.party()),
                period(seat),
                deputyFor,
                status,
                noSuccessor);
    }

    private static String holder(Structure structure, Seat seat) {
        if (seat.person() != null) {
            String name = name(structure, seat.person());
            return seat.position() == null ? name : name + " (" + seat.position() + ")";
        }
        return seat.position();
    }

    private static String label(Structure structure, Seat seat, Language language) {
        String party = seat.party() == null
                ? ""
                : ", " + structure.party(seat.party()).map(p -> p.name()).orElse(seat.party());
        return holder(structure, seat) + " – " + seat.role().label(language) + party + " (" + period(seat) + ")";
    }

    private static String period(Seat seat) {
        LocalDate from = seat.period().from();
        LocalDate to = seat.period().to();
        return (from == null ? "" : from.toString()) + " – " + (to == null ? "" : to.toString());
    }

    private static String name(Structure structure, String personId) {
        return personId == null
                ? ""
                : structure.person(personId).map(Person::name).orElse(personId);
    }
}
