package se.samverkansbot.register;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import se.samverkansbot.register.ImportStructureFiles.SourceFile;
import se.samverkansbot.register.file.InvalidStructureFile;
import se.samverkansbot.register.file.Problem;
import se.samverkansbot.register.file.ProblemKind;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.register.file.StructureFileWriter;
import se.samverkansbot.time.SwedishTime;

/**
 * The register kept in the app: a forum's administrators (or the structure's) add and change people, add seats, end
 * seats and register successors; a structure's administrators import a whole structure file. Each change is checked
 * by the structure file's own rules — the changed structure is written as a structure file and must read back — so a
 * change the file would refuse is refused here with the same problems, and nothing is stored. An accepted change is
 * stored as the structure's next revision, kept in the history with who, when and what, and takes effect at once: the
 * register every reader sees is replaced, as after an import. Nothing is deleted: an ended seat keeps its period.
 */
public final class EditRegister {
    /** The name problems of a change carry; their lines mean nothing in a form. */
    public static final String IN_APP = "(ändring i appen)";

    private final Structures structures;
    private final RegisterChanges history;
    private final Consumer<Register> publish;
    private final RegisterAdministrators administrators;
    private final Clock clock;
    private final StructureFileWriter writer = new StructureFileWriter();
    private final StructureFileReader reader = new StructureFileReader();

    public EditRegister(
            Structures structures,
            RegisterChanges history,
            Consumer<Register> publish,
            RegisterAdministrators administrators,
            Clock clock) {
        this.structures = structures;
        this.history = history;
        this.publish = publish;
        this.administrators = administrators;
        this.clock = clock;
    }

    /** A person as a form gives it; {@code id} null for a new person. */
    public record PersonDetails(
            String id,
            String name,
            String title,
            String party,
            String body,
            String email,
            String slackUserId,
            String teamsAadObjectId) {}

    /** A new seat as a form gives it: held by a person or defined by a position. */
    public record SeatDetails(
            String forum,
            SeatRole role,
            String party,
            String body,
            String person,
            String position,
            LocalDate from,
            LocalDate to,
            String deputyFor) {}

    /** What became of a change. */
    public sealed interface Outcome {
        /** Stored and in effect. */
        record Done(RegisterChange change) implements Outcome {}

        /** Refused by the structure file's rules; nothing was stored. */
        record Refused(List<Problem> problems) implements Outcome {}

        /** The person may not change this part of the register; nothing was stored. */
        record NotAllowed() implements Outcome {}
    }

    /** Adds a person (no id) or changes one, from a forum whose register {@code by} keeps. */
    public Outcome savePerson(String by, String structureId, String forumId, PersonDetails details) {
        if (!mayChangePerson(by, structureId, forumId, details.id())) {
            return new Outcome.NotAllowed();
        }
        boolean added = blank(details.id());
        return change(by, structureId, forumId, structure -> {
            Optional<Person> before = added ? Optional.empty() : structure.person(details.id());
            if (!added && before.isEmpty()) {
                throw refusal(ProblemKind.UNKNOWN_PERSON, details.id());
            }
            if (!added
                    && changesIdentities(before.get(), details)
                    && !administrators.administersStructure(structureId, by)) {
                // Who a person is in chat and at sign-in is the structure administrators' to change: a forum's
                // secretary changing an address could take over someone's identity, or become an administrator.
                throw new NotAllowedHere();
            }
            // A field the form leaves empty keeps what the register holds: the form is not a full copy of the person.
            Person person = added
                    ? newPerson(details, structure)
                    : new Person(
                            details.id(),
                            orElse(details.name(), before.get().name()),
                            orElse(details.title(), before.get().title()),
                            orElse(details.party(), before.get().party()),
                            orElse(details.body(), before.get().body()),
                            new ContactIdentities(
                                    orElse(
                                            details.email(),
                                            before.get().contacts().email()),
                                    orElse(
                                            details.slackUserId(),
                                            before.get().contacts().slackUserId()),
                                    orElse(
                                            details.teamsAadObjectId(),
                                            before.get().contacts().teamsAadObjectId())),
                            before.get().note(),
                            before.get().language());
            List<Person> people = new ArrayList<>(structure.people());
            if (added) {
                people.add(person);
            } else {
                people.replaceAll(p -> p.id().equals(person.id()) ? person : p);
            }
            Map<String, String> was = before.map(writer::keys).orElse(Map.of());
            return new Edited(
                    with(structure, people, structure.seats()),
                    added ? RegisterChange.Kind.PERSON_ADDED : RegisterChange.Kind.PERSON_CHANGED,
                    person.id(),
                    differences(was, writer.keys(person)));
        });
    }

    /** Adds a seat to a forum whose register {@code by} keeps. */
    public Outcome addSeat(String by, String structureId, SeatDetails details) {
        return addSeat(by, structureId, details, null);
    }

    /**
     * Adds a seat held by someone new to the register: the person is added in the same change, so a refused seat
     * adds nobody. {@code newPerson} (no id) is used when the seat names no person.
     */
    public Outcome addSeat(String by, String structureId, SeatDetails details, PersonDetails newPerson) {
        if (!administrators.keeps(structureId, details.forum(), by, today())) {
            return new Outcome.NotAllowed();
        }
        return change(by, structureId, details.forum(), structure -> {
            String holder = details.person();
            List<Person> people = new ArrayList<>(structure.people());
            List<String> lines = new ArrayList<>();
            if (blank(holder) && newPerson != null && !blank(newPerson.name())) {
                Person added = newPerson(newPerson, structure);
                people.add(added);
                holder = added.id();
                lines.addAll(differences(Map.of(), writer.keys(added)));
            }
            Seat seat = new Seat(
                    seatId(structure, details.forum(), holder, details.position(), details.party(), details.from()),
                    details.forum(),
                    details.role(),
                    details.party(),
                    details.body(),
                    holder,
                    details.position(),
                    null,
                    1,
                    new Period(details.from(), details.to()),
                    details.deputyFor(),
                    null);
            List<Seat> seats = new ArrayList<>(structure.seats());
            seats.add(seat);
            lines.addAll(differences(Map.of(), writer.keys(seat)));
            return new Edited(with(structure, people, seats), RegisterChange.Kind.SEAT_ADDED, seat.id(), lines);
        });
    }

    /** Ends a seat on {@code lastDay} (inclusive); the seat and its period stay in the register. */
    public Outcome endSeat(String by, String structureId, String seatId, LocalDate lastDay) {
        Optional<Seat> found = seat(structureId, seatId);
        if (found.isEmpty()
                ? !administrators.administersStructure(structureId, by)
                : !administrators.keeps(structureId, found.get().forum(), by, today())) {
            return new Outcome.NotAllowed();
        }
        String forum = found.map(Seat::forum).orElse(null);
        return change(by, structureId, forum, structure -> {
            Seat before = structure.seats().stream()
                    .filter(s -> s.id().equals(seatId))
                    .findFirst()
                    .orElseThrow(() -> refusal(ProblemKind.UNKNOWN_SEAT, seatId));
            if (lastDay == null) {
                throw refusal(ProblemKind.MISSING, "to");
            }
            Seat ended = ended(before, lastDay);
            return new Edited(
                    with(structure, structure.people(), replaced(structure.seats(), ended)),
                    RegisterChange.Kind.SEAT_ENDED,
                    seatId,
                    differences(writer.keys(before), writer.keys(ended)));
        });
    }

    /**
     * Registers who holds a seat from {@code from}: the seat ends the day before (if it ran longer), and a new entry
     * for the same seat — forum, role, party, body, area, position — starts, held by {@code personId}.
     */
    public Outcome registerSuccessor(String by, String structureId, String seatId, String personId, LocalDate from) {
        return registerSuccessor(by, structureId, seatId, personId, null, from);
    }

    /**
     * Registers a successor who is new to the register: the person is added in the same change, so a refused
     * successor adds nobody. {@code newPerson} (no id) is used when {@code personId} is blank.
     */
    public Outcome registerSuccessor(
            String by, String structureId, String seatId, String personId, PersonDetails newPerson, LocalDate from) {
        Optional<Seat> found = seat(structureId, seatId);
        // A seat the current register does not show is only the structure administrators' to look for (they are
        // told it is unknown); anyone else is refused, even while a change is being swapped in.
        if (found.isEmpty()
                ? !administrators.administersStructure(structureId, by)
                : !administrators.keeps(structureId, found.get().forum(), by, today())) {
            return new Outcome.NotAllowed();
        }
        String forum = found.map(Seat::forum).orElse(null);
        return change(by, structureId, forum, structure -> {
            Seat before = structure.seats().stream()
                    .filter(s -> s.id().equals(seatId))
                    .findFirst()
                    .orElseThrow(() -> refusal(ProblemKind.UNKNOWN_SEAT, seatId));
            if (from == null) {
                throw refusal(ProblemKind.MISSING, "from");
            }
            String holder = personId;
            List<Person> people = new ArrayList<>(structure.people());
            List<String> details = new ArrayList<>();
            if (blank(holder) && newPerson != null && !blank(newPerson.name())) {
                Person added = newPerson(newPerson, structure);
                people.add(added);
                holder = added.id();
                details.addAll(differences(Map.of(), writer.keys(added)));
            }
            if (blank(holder)) {
                throw refusal(ProblemKind.MISSING, "person");
            }
            List<Seat> seats = new ArrayList<>(structure.seats());
            LocalDate dayBefore = from.minusDays(1);
            boolean runsLonger =
                    before.period().to() == null || before.period().to().isAfter(dayBefore);
            if (runsLonger) {
                seats = replaced(seats, ended(before, dayBefore));
            }
            Seat successor = new Seat(
                    seatId(structure, before.forum(), holder, null, before.party(), from),
                    before.forum(),
                    before.role(),
                    before.party(),
                    before.body(),
                    holder,
                    before.position(),
                    before.area(),
                    before.count(),
                    new Period(from, null),
                    before.deputyFor(),
                    null);
            seats.add(successor);
            details.add("seat: " + seatId);
            if (runsLonger) {
                details.add("to: " + text(before.period().to()) + " → " + dayBefore);
            }
            details.addAll(differences(Map.of(), writer.keys(successor)));
            return new Edited(
                    with(structure, people, seats), RegisterChange.Kind.SUCCESSOR_REGISTERED, successor.id(), details);
        });
    }

    /**
     * Replaces a structure with an uploaded structure file, all or nothing, as at start: refused with every problem
     * and its line. Only the structure's administrators import; the structure must already exist.
     */
    public Outcome importFile(String by, SourceFile file) {
        Structure uploaded;
        try {
            uploaded = reader.read(file.name(), file.content());
        } catch (InvalidStructureFile e) {
            return new Outcome.Refused(e.problems());
        }
        if (!administrators.administersStructure(uploaded.id(), by)) {
            return new Outcome.NotAllowed();
        }
        Optional<Structures.Changed> changed = structures.change(uploaded.id(), current -> uploaded, by);
        if (changed.isEmpty()) {
            return new Outcome.Refused(
                    List.of(new Problem(file.name(), 0, ProblemKind.UNKNOWN_STRUCTURE, uploaded.id())));
        }
        return done(new RegisterChange(
                uploaded.id(),
                null,
                by,
                Instant.now(clock),
                RegisterChange.Kind.FILE_IMPORTED,
                file.name(),
                List.of("file: " + file.name()),
                changed.get().revision()));
    }

    /** The structure's register as a structure file, for those who keep a forum of it. */
    public Optional<String> export(String by, String structureId) {
        if (!administrators.keepsAnyForumOf(structureId, by, today())) {
            return Optional.empty();
        }
        return administrators.register().structure(structureId).map(writer::write);
    }

    public List<RegisterChange> history(String structureId, String forumId, int limit) {
        return history.ofForum(structureId, forumId, limit);
    }

    public RegisterAdministrators administrators() {
        return administrators;
    }

    /** A change, its new structure, and what the history says of it. */
    private record Edited(Structure structure, RegisterChange.Kind kind, String subject, List<String> details) {}

    /** A change refused before the file's rules are asked: an unknown seat, a missing date. */
    /** The change would touch what its editor may not change; nothing is stored. */
    private static final class NotAllowedHere extends RuntimeException {
        NotAllowedHere() {
            super(null, null, false, false);
        }
    }

    private static final class Refusal extends RuntimeException {
        private final transient List<Problem> problems;

        Refusal(List<Problem> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    private static Refusal refusal(ProblemKind kind, Object... arguments) {
        return new Refusal(List.of(new Problem(IN_APP, 0, kind, arguments)));
    }

    private Outcome change(
            String by, String structureId, String forumId, java.util.function.Function<Structure, Edited> edit) {
        Edited[] made = new Edited[1];
        UnaryOperator<Structure> checked = current -> {
            Edited edited = edit.apply(current);
            // The file's own rules: what the file would refuse, the app refuses, with the same words.
            Structure read = reader.read(IN_APP, writer.write(edited.structure()));
            made[0] = new Edited(read, edited.kind(), edited.subject(), edited.details());
            return read;
        };
        Optional<Structures.Changed> changed;
        try {
            changed = structures.change(structureId, checked, by);
        } catch (InvalidStructureFile e) {
            return new Outcome.Refused(e.problems());
        } catch (Refusal e) {
            return new Outcome.Refused(e.problems);
        } catch (NotAllowedHere e) {
            return new Outcome.NotAllowed();
        }
        if (changed.isEmpty()) {
            return new Outcome.Refused(List.of(new Problem(IN_APP, 0, ProblemKind.UNKNOWN_STRUCTURE, structureId)));
        }
        return done(new RegisterChange(
                structureId,
                forumId,
                by,
                Instant.now(clock),
                made[0].kind(),
                made[0].subject(),
                made[0].details(),
                changed.get().revision()));
    }

    private Outcome done(RegisterChange change) {
        // The change is stored: it takes effect before anything else can fail, so a retry never repeats it.
        publish.accept(new Register(structures.all()));
        history.record(change);
        return new Outcome.Done(change);
    }

    /** Whether the form changes one of the identities the person is recognised by in chat and at sign-in. */
    private static boolean changesIdentities(Person before, PersonDetails details) {
        ContactIdentities was = before.contacts();
        return changes(details.email(), was.email())
                || changes(details.slackUserId(), was.slackUserId())
                || changes(details.teamsAadObjectId(), was.teamsAadObjectId());
    }

    private static boolean changes(String given, String held) {
        return !blank(given) && !given.strip().equalsIgnoreCase(held == null ? "" : held.strip());
    }

    private static String orElse(String given, String held) {
        return blank(given) ? held : given;
    }

    /**
     * A person may be changed from a forum its editor keeps when they are new, hold or held a seat there, or hold
     * none at all; the structure's administrators change anyone.
     */
    private boolean mayChangePerson(String by, String structureId, String forumId, String personId) {
        if (forumId == null || !administrators.keeps(structureId, forumId, by, today())) {
            return false;
        }
        if (blank(personId) || administrators.administersStructure(structureId, by)) {
            return true;
        }
        Register register = administrators.register();
        List<Seat> theirs = register.structure(structureId).stream()
                .flatMap(s -> s.seats().stream())
                .filter(seat -> personId.equals(seat.person()))
                .toList();
        return theirs.isEmpty() || theirs.stream().anyMatch(seat -> seat.forum().equals(forumId));
    }

    private Optional<Seat> seat(String structureId, String seatId) {
        return administrators
                .register()
                .structure(structureId)
                .flatMap(s -> s.seats().stream()
                        .filter(seat -> seat.id().equals(seatId))
                        .findFirst());
    }

    private static Person newPerson(PersonDetails details, Structure structure) {
        return new Person(
                freeId(
                        slug(details.name()),
                        structure.people().stream().map(Person::id).toList()),
                details.name(),
                details.title(),
                details.party(),
                details.body(),
                new ContactIdentities(details.email(), details.slackUserId(), details.teamsAadObjectId()),
                null,
                null);
    }

    private static Seat ended(Seat seat, LocalDate lastDay) {
        return new Seat(
                seat.id(),
                seat.forum(),
                seat.role(),
                seat.party(),
                seat.body(),
                seat.person(),
                seat.position(),
                seat.area(),
                seat.count(),
                new Period(seat.period().from(), lastDay),
                seat.deputyFor(),
                seat.note());
    }

    private static List<Seat> replaced(List<Seat> seats, Seat replacement) {
        List<Seat> copy = new ArrayList<>(seats);
        copy.replaceAll(s -> s.id().equals(replacement.id()) ? replacement : s);
        return copy;
    }

    private static Structure with(Structure s, List<Person> people, List<Seat> seats) {
        return new Structure(
                s.id(),
                s.name(),
                s.fullName(),
                s.aliases(),
                s.county(),
                s.purpose(),
                s.goal(),
                s.principles(),
                s.validFrom(),
                s.validTo(),
                s.consultativeOnly(),
                s.note(),
                s.parties(),
                s.bodies(),
                people,
                s.forums(),
                seats,
                s.glossary(),
                s.milestones(),
                s.adminSupport(),
                s.documents());
    }

    /** "key: before → after" for each key that differs, in the file's order. */
    private static List<String> differences(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            String was = before.get(key);
            String is = after.get(key);
            if (Objects.equals(was, is)) {
                continue;
            }
            lines.add(was == null ? key + ": " + is : key + ": " + was + " → " + text(is));
        }
        return lines;
    }

    private static String text(Object value) {
        return value == null ? "–" : value.toString();
    }

    private String seatId(
            Structure structure, String forum, String person, String position, String party, LocalDate from) {
        String holder = !blank(person) ? person : !blank(party) ? party : position;
        String base =
                slug(forum + "-" + (holder == null ? "plats" : holder) + (from == null ? "" : "-" + from.getYear()));
        return freeId(base, structure.seats().stream().map(Seat::id).toList());
    }

    /** An id the file accepts: lower case a–z and digits, words joined by '-', accents dropped. */
    static String slug(String text) {
        if (text == null) {
            return "ny";
        }
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return plain.isEmpty() ? "ny" : plain;
    }

    private static String freeId(String base, List<String> taken) {
        Set<String> used = new java.util.HashSet<>(taken);
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private LocalDate today() {
        return SwedishTime.today(clock);
    }
}
