package se.samverkansbot.answers;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Structure;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "Är Bräcke med i HälSam?", "is Kramfors part of HälSam?", "har Ånge en plats i SVOM?": a yes-or-no question
 * about one party and one structure or forum is answered yes or no first, from the register's parties and seats,
 * then with what the register holds. A list of parties or seats alone leaves the asker to work out the answer, and
 * a party of the other structure ("Bräcke" is in Jämtland Härjedalen) had been answered with its seats there.
 */
final class Membership {
    /** Words a yes-or-no question about taking part opens with. */
    static final Set<String> OPENS_YES_OR_NO =
            Set.of("ar", "ingar", "sitter", "har", "deltar", "finns", "is", "are", "does", "do", "has");

    /**
     * Words of taking part, one of which the question must use: "har Timrå antagit rekommendationen om HälSam?"
     * opens the same way and asks something else.
     */
    private static final Set<String> TAKING_PART = Set.of(
            "med",
            "ingar",
            "sitter",
            "deltar",
            "plats",
            "platser",
            "part",
            "parter",
            "representerad",
            "representerat",
            "foretradd",
            "member",
            "members",
            "seat",
            "seats",
            "sit",
            "sits",
            "belong",
            "belongs",
            "represented",
            "included",
            "participate",
            "participates");

    private Membership() {}

    /** Whether the question is put as a yes-or-no about taking part: a cheap look before any forum is resolved. */
    static boolean mayAsk(Utterance u) {
        return !u.words().isEmpty()
                && OPENS_YES_OR_NO.contains(u.words().getFirst())
                && u.words().stream().anyMatch(TAKING_PART::contains)
                && !u.asksHowMany()
                && !u.all(Mention.OfParty.class).isEmpty()
                && opensWithTheParty(u);
    }

    /**
     * The party is what the question is about: it follows the opening word ("är Bräcke med …", "is the region part
     * of …"). "Är alla parter fullvärdiga medlemmar i HälSam eller har regionen mer att säga till om?" names the
     * region later, about something else.
     */
    private static boolean opensWithTheParty(Utterance u) {
        return u.matches().stream()
                .filter(m -> m.mentions().stream().anyMatch(Mention.OfParty.class::isInstance))
                .anyMatch(m -> m.start() <= 2);
    }

    /**
     * @param seats the party's seats in the forums, as the register answers "vem representerar X i Y?"
     */
    static Optional<Reply> answer(
            Utterance u, List<ForumRef> named, java.util.function.Function<Mention.OfParty, Reply> seats) {
        if (!mayAsk(u)) {
            return Optional.empty();
        }
        List<Mention.OfParty> parties = u.all(Mention.OfParty.class);
        Set<String> partyNames = parties.stream().map(p -> p.party().name()).collect(Collectors.toSet());
        List<Structure> structures = u.all(Mention.OfStructure.class).stream()
                .map(Mention.OfStructure::structure)
                .distinct()
                .toList();
        if (partyNames.size() != 1 || !u.all(Mention.OfBody.class).isEmpty()) {
            return Optional.empty();
        }
        if (named.size() == 1
                && structures.stream()
                        .allMatch(
                                s -> s.id().equals(named.getFirst().structure().id()))) {
            return Optional.of(inForum(u, parties, named.getFirst(), seats));
        }
        if (named.isEmpty() && structures.size() == 1) {
            return Optional.of(inStructure(u, parties, structures.getFirst(), seats));
        }
        return Optional.empty();
    }

    private static Reply inStructure(
            Utterance u,
            List<Mention.OfParty> parties,
            Structure structure,
            java.util.function.Function<Mention.OfParty, Reply> seats) {
        Phrasing say = u.say();
        Optional<Mention.OfParty> there = partyOf(parties, structure);
        if (there.isEmpty()) {
            return Reply.plain(notThere(u, parties, structure), u.language());
        }
        Party party = there.get().party();
        Reply details = seats.apply(there.get());
        // Without seats the details already say that a party that is no principal only supports.
        String yes = party.principal()
                ? say.say("Ja, %s är part och huvudman i %s.", "Yes, %s is a party and principal of %s.")
                // A supporting organisation listed with the parties is no party ("Parterna i denna samverkan är Region
                // Västernorrland och länets sju kommuner"): "Ja" read as Kommunförbundet being one.
                : say.say("Nej, %s är inte part i %s.", "No, %s is not a party to %s.");
        return details.after(yes.formatted(party.name(), structure.name()));
    }

    private static Reply inForum(
            Utterance u,
            List<Mention.OfParty> parties,
            ForumRef forum,
            java.util.function.Function<Mention.OfParty, Reply> seats) {
        Phrasing say = u.say();
        Optional<Mention.OfParty> there = partyOf(parties, forum.structure());
        if (there.isEmpty()) {
            return Reply.plain(notThere(u, parties, forum.structure()), u.language());
        }
        Party party = there.get().party();
        List<se.samverkansbot.register.Seat> inForum =
                forum.structure().seatsOn(forum.forum().id(), u.asOf());
        if (inForum.isEmpty()) {
            // No seats registered is not "no seat": the register does not know who sits there.
            return Reply.plain(
                    say.say(
                                    "Det vet jag inte: registret anger inte vilka som sitter i %s%s.",
                                    "I don't know: the register does not say who sits in %s%s.")
                            .formatted(say.forum(forum), PeopleAnswers.on(u)),
                    u.language());
        }
        boolean seated = inForum.stream().anyMatch(seat -> party.id().equals(seat.party()));
        if (!seated) {
            // A seat for another forum's presidium ("SocSam:s presidium") may be held by the party's own chair:
            // then the party has no seat of its own, which is not the same as taking no part.
            List<String> shared = inForum.stream()
                    .filter(seat -> seat.party() == null
                            && seat.role() != se.samverkansbot.register.SeatRole.OFFICIAL_SUPPORT
                            && seat.position() != null)
                    .map(se.samverkansbot.register.Seat::position)
                    .distinct()
                    .toList();
            String answer = shared.isEmpty()
                    ? say.say(
                                    "Nej, %s har ingen plats i %s%s enligt registret.",
                                    "No, %s has no seat in %s%s in the register.")
                            .formatted(party.name(), say.forum(forum), PeopleAnswers.on(u))
                    : say.say(
                                    "%s har ingen egen plats i %s%s enligt registret, men kan vara med genom %s: registret anger inte vilka som har de platserna.",
                                    "%s has no seat of its own in %s%s in the register, but may take part through %s: the register does not say who holds those seats.")
                            .formatted(party.name(), say.forum(forum), PeopleAnswers.on(u), say.join(shared));
            return Reply.plain(answer, u.language());
        }
        return seats.apply(there.get())
                .after(say.say("Ja, %s har plats i %s%s.", "Yes, %s has a seat in %s%s.")
                        .formatted(party.name(), say.forum(forum), PeopleAnswers.on(u)));
    }

    /** The party as a party of that structure, if it is one ("Bräcke" is a party of Jämtland Härjedalen only). */
    private static Optional<Mention.OfParty> partyOf(List<Mention.OfParty> parties, Structure structure) {
        return parties.stream()
                .filter(p -> p.structure().id().equals(structure.id()))
                .findFirst();
    }

    /**
     * "Jag jobbar i Härjedalens kommun – tillhör vi HälSam?", "Ånge ligger nära Jämtland – sitter vår
     * socialnämndsordförande i SVOM?": a municipality of one structure asked about as part of the other, or as sitting
     * in one of its forums, however the question opens. The answer is no whatever else it asks; the other structure's
     * parties or seats alone leave the asker to notice the municipality is not among them, and a passage that shares
     * "socialnämnd" reads as a yes. Municipalities only: "regionen" asked with SVOM means the region of SVOM's
     * structure, whichever region the word was linked to.
     */
    static Optional<String> ofAnotherStructure(Utterance u) {
        List<Mention.OfParty> parties = u.all(Mention.OfParty.class);
        if (parties.isEmpty()
                || parties.stream().anyMatch(p -> p.party().kind() != se.samverkansbot.register.PartyKind.MUNICIPALITY)
                || parties.stream().map(p -> p.structure().id()).distinct().count() > 1
                || u.words().stream().noneMatch(TAKING_PART_OR_BELONGING::contains)
                // Yes or no only: "hur många platser har Sundsvall i SVOM?" is answered with a count, not "Nej".
                || u.words().stream().anyMatch(ASKS_MORE_THAN_YES_OR_NO::contains)) {
            return Optional.empty();
        }
        String own = parties.getFirst().structure().id();
        List<Structure> others = java.util.stream.Stream.concat(
                        u.all(Mention.OfStructure.class).stream().map(Mention.OfStructure::structure),
                        u.all(Mention.OfForum.class).stream().map(Mention.OfForum::structure))
                .filter(s -> !s.id().equals(own))
                .distinct()
                .toList();
        return others.size() == 1 ? Optional.of(notThere(u, parties, others.getFirst())) : Optional.empty();
    }

    /**
     * Question words that ask for more than yes or no. Not the understanding's full list of question words: folded,
     * its "var" (where) is also "vår" ("sitter vår socialnämndsordförande i SVOM?").
     */
    private static final Set<String> ASKS_MORE_THAN_YES_OR_NO =
            Set.of("vem", "vilka", "vilken", "vilket", "vad", "hur", "who", "which", "what", "how");

    /** Words of taking part, and of belonging: "tillhör vi HälSam?". */
    static final Set<String> TAKING_PART_OR_BELONGING = java.util.stream.Stream.concat(
                    TAKING_PART.stream(), java.util.stream.Stream.of("tillhor", "hor", "del", "sitta", "satt"))
            .collect(Collectors.toUnmodifiableSet());

    /** No: the party belongs to another structure, or to none the register holds. */
    private static String notThere(Utterance u, List<Mention.OfParty> parties, Structure structure) {
        Phrasing say = u.say();
        Mention.OfParty elsewhere = parties.getFirst();
        return say.say("Nej, %s ingår inte i %s; %s är part i %s.", "No, %s is not part of %s; %s is a party to %s.")
                .formatted(
                        elsewhere.party().name(),
                        structure.name(),
                        elsewhere.party().name(),
                        elsewhere.structure().name());
    }
}
