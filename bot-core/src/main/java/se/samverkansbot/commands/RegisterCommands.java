package se.samverkansbot.commands;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.EditRegister;
import se.samverkansbot.register.EditRegister.Outcome;
import se.samverkansbot.register.EditRegister.PersonDetails;
import se.samverkansbot.register.EditRegister.SeatDetails;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.Structure;
import se.samverkansbot.text.WhenParser;
import se.samverkansbot.text.Words;
import se.samverkansbot.understanding.Intent;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * The common register changes in chat: "ny ledamot i länsledningen från 2027-01-01: Nora Nyström, Sundsvalls kommun"
 * and "efterträdare för Mats Ledamot i länsledningen från 2027-01-01: Nora Nyström". Those who keep the forum's
 * register may; nothing changes until they confirm, and the change goes through {@link EditRegister}, so the
 * structure file's rules, the history and who-may-change-what are the workspace's own.
 */
public final class RegisterCommands {
    static final String NEW_MEMBER = "register.member";
    static final String SUCCESSOR = "register.successor";

    private final Confirmations confirmations;
    /** Set where the app keeps the register ({@code Core.editRegister}); without it the register is read-only. */
    private final AtomicReference<EditRegister> edit = new AtomicReference<>();

    public RegisterCommands(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    /** The register these commands change from now on. */
    public void keptBy(EditRegister editRegister) {
        edit.set(editRegister);
    }

    /** Proposes a new member or a successor in the one forum named, if the asker keeps its register. */
    public Reply propose(Intent intent, Utterance u, List<ForumRef> named, RegisteredPerson asker) {
        Phrasing say = u.say();
        EditRegister editing = edit.get();
        if (editing == null) {
            return plain(
                    say.say(
                            "Registret kan inte ändras i chatten här; ändra det i strukturfilen.",
                            "The register cannot be changed in chat here; change it in the structure file."),
                    say);
        }
        boolean successor = intent instanceof Intent.Successor;
        if (named.size() != 1) {
            return plain(example(successor, say), say);
        }
        ForumRef forum = named.getFirst();
        String structureId = forum.structure().id();
        if (!editing.administrators().keeps(structureId, forum.forum().id(), asker.id(), u.today())) {
            return plain(
                    say.say(
                                    "Bara forumets sekreterare, sammankallande eller ordförande (eller en administratör) "
                                            + "kan ändra registret för %s. Inget är ändrat.",
                                    "Only the forum's secretary, convener or chair (or an administrator) can change the "
                                            + "register of %s. Nothing was changed.")
                            .formatted(say.forum(forum)),
                    say);
        }
        String text = u.text();
        int colon = text.indexOf(':');
        String head = text.substring(0, colon);
        String[] who = text.substring(colon + 1).split(",", 2);
        String name = who[0].strip();
        String partyText = who.length > 1 ? who[1].strip() : "";
        Optional<LocalDate> from = WhenParser.dates(head, u.today()).stream()
                .map(WhenParser.Found::value)
                .findFirst();
        if (from.isEmpty() || name.isEmpty()) {
            return plain(example(successor, say), say);
        }
        Optional<Party> party = party(forum.structure(), partyText);
        if (!partyText.isEmpty() && party.isEmpty()) {
            return plain(
                    say.say(
                                    "Jag känner inte till \"%s\" som part i %s. Inget är ändrat.",
                                    "I do not know \"%s\" as a party in %s. Nothing was changed.")
                            .formatted(partyText, forum.structure().name()),
                    say);
        }
        Optional<Person> known = person(forum.structure(), name);
        if (known.isPresent() && holdsSeatIn(forum, known.get(), from.get())) {
            return plain(
                    say.say(
                                    "%s har redan en plats i %s %s. Inget är ändrat.",
                                    "%s already holds a seat in %s on %s. Nothing was changed.")
                            .formatted(known.get().name(), say.forum(forum), say.date(from.get())),
                    say);
        }
        Map<String, String> data = new HashMap<>();
        data.put("structureId", structureId);
        data.put("forumId", forum.forum().id());
        data.put("from", from.get().toString());
        data.put("name", name);
        data.put("personId", known.map(Person::id).orElse(""));
        data.put("party", party.map(Party::id).orElse(""));
        String holder = name + known.map(p -> "").orElse(say.say(" (ny i registret)", " (new to the register)"));
        if (!successor) {
            String summary = say.say(
                            "Ska jag registrera %s som ledamot i %s från %s%s?",
                            "Shall I register %s as a member of %s from %s%s?")
                    .formatted(
                            holder,
                            say.forum(forum),
                            say.date(from.get()),
                            party.map(p -> ", " + p.name()).orElse(""));
            return confirmations.propose(
                    asker, NEW_MEMBER, data, summary, say.say("Ja, registrera", "Yes, register"), say);
        }
        List<Seat> seats = seatsNamed(forum, head, from.get());
        if (seats.size() != 1) {
            return plain(
                    say.say(
                                    "Jag hittar %s plats i %s som stämmer; skriv namnet på den som har platsen nu, till "
                                            + "exempel: efterträdare för Lena Ledamot i %s från 2027-01-01: Nora Nyström.",
                                    "I find %s seat of %s that fits; write the name of who holds it now, for example: "
                                            + "successor for Lena Ledamot in %s from 2027-01-01: Nora Nyström.")
                            .formatted(
                                    seats.isEmpty() ? say.say("ingen", "no") : say.say("mer än en", "more than one"),
                                    say.forum(forum),
                                    forum.forum().name()),
                    say);
        }
        Seat seat = seats.getFirst();
        data.put("seatId", seat.id());
        String summary = say.say(
                        "Ska jag registrera %s som efterträdare till %s i %s från %s?",
                        "Shall I register %s as successor to %s in %s from %s?")
                .formatted(holder, holderName(forum.structure(), seat), say.forum(forum), say.date(from.get()));
        return confirmations.propose(asker, SUCCESSOR, data, summary, say.say("Ja, registrera", "Yes, register"), say);
    }

    /** Carries out a confirmed register change; the use case checks again who may and what the file allows. */
    public Reply execute(String action, Map<String, String> data, String by, Phrasing say) {
        EditRegister editing = edit.get();
        LocalDate from = LocalDate.parse(data.get("from"));
        String personId = data.get("personId");
        String party = data.get("party").isEmpty() ? null : data.get("party");
        PersonDetails newPerson = personId.isEmpty()
                ? new PersonDetails(null, data.get("name"), null, party, null, null, null, null)
                : null;
        Outcome outcome = SUCCESSOR.equals(action)
                ? editing.registerSuccessor(by, data.get("structureId"), data.get("seatId"), personId, newPerson, from)
                : editing.addSeat(
                        by,
                        data.get("structureId"),
                        new SeatDetails(
                                data.get("forumId"),
                                SeatRole.MEMBER,
                                party,
                                null,
                                personId.isEmpty() ? null : personId,
                                null,
                                from,
                                null,
                                null),
                        newPerson);
        return switch (outcome) {
            case Outcome.Done done ->
                plain(
                        say.say("Klart: %s är registrerad från %s.", "Done: %s is registered from %s.")
                                .formatted(data.get("name"), say.date(from)),
                        say);
            case Outcome.NotAllowed notAllowed ->
                plain(
                        say.say(
                                "Du får inte längre ändra det här forumets register; inget är ändrat.",
                                "You may no longer change this forum's register; nothing was changed."),
                        say);
            case Outcome.Refused refused ->
                plain(
                        say.say(
                                        "Registret tar inte emot ändringen; inget är ändrat:\n%s",
                                        "The register does not accept the change; nothing was changed:\n%s")
                                .formatted(String.join(
                                        "\n",
                                        refused.problems().stream()
                                                .map(p -> "• " + p.text(say.language()))
                                                .toList())),
                        say);
        };
    }

    private static String example(boolean successor, Phrasing say) {
        return successor
                ? say.say(
                        "Skriv forum, datum och vem, till exempel: efterträdare för Lena Ledamot i länsledningen från "
                                + "2027-01-01: Nora Nyström.",
                        "Give the forum, the date and who, for example: successor for Lena Ledamot in länsledningen "
                                + "from 2027-01-01: Nora Nyström.")
                : say.say(
                        "Skriv forum, datum och vem, till exempel: ny ledamot i länsledningen från 2027-01-01: "
                                + "Nora Nyström, Sundsvalls kommun.",
                        "Give the forum, the date and who, for example: new member of länsledningen from 2027-01-01: "
                                + "Nora Nyström, Sundsvalls kommun.");
    }

    /** The party written after the name, by its name, id or an alias. */
    private static Optional<Party> party(Structure structure, String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String wanted = Words.normalize(text);
        return structure.parties().stream()
                .filter(p -> Stream.concat(Stream.of(p.id(), p.name()), p.aliases().stream())
                        .anyMatch(n -> Words.normalize(n).equals(wanted)))
                .findFirst();
    }

    /** A person the register already knows by exactly this name. */
    private static Optional<Person> person(Structure structure, String name) {
        String wanted = Words.normalize(name);
        List<Person> same = structure.people().stream()
                .filter(p -> Words.normalize(p.name()).equals(wanted))
                .toList();
        return same.size() == 1 ? Optional.of(same.getFirst()) : Optional.empty();
    }

    /** The forum's seats held on the day before {@code from} whose holder's name the message gives. */
    private static List<Seat> seatsNamed(ForumRef forum, String head, LocalDate from) {
        String text = " " + Words.normalize(head) + " ";
        Structure structure = forum.structure();
        return structure.seatsOn(forum.forum().id(), from.minusDays(1)).stream()
                .filter(seat -> seat.person() != null)
                .filter(seat -> structure
                        .person(seat.person())
                        .map(p -> text.contains(" " + Words.normalize(p.name()) + " "))
                        .orElse(false))
                .toList();
    }

    private static boolean holdsSeatIn(ForumRef forum, Person person, LocalDate day) {
        return forum.structure().seatsOn(forum.forum().id(), day).stream()
                .anyMatch(seat -> person.id().equals(seat.person()));
    }

    private static String holderName(Structure structure, Seat seat) {
        return structure.person(seat.person()).map(Person::name).orElse(seat.person());
    }

    private static Reply plain(String text, Phrasing say) {
        return Reply.plain(text, say.language());
    }
}
