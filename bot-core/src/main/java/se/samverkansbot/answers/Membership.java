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
    private static final Set<String> OPENS_YES_OR_NO =
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

    /** Verbs of a forum including someone: "does SVOM include the chairs of the school boards?". */
    private static final Set<String> INCLUDING = Set.of("include", "includes", "inkluderar", "inkludera", "omfattar");

    /**
     * "Är skolnämndernas ordförande med i SVOM?", "does SVOM include the chairs of the school boards?": whether a kind
     * of board sits in a forum (or in a structure's forums), yes or no first, from the forum's seats by board. Not the
     * forum's own chair: "the register names no chair for SVOM" answered another question, and HälSam's presidium
     * was listed for "är socialnämndens ordförande med i HälSam?". A board is of the kind asked when it is the one
     * named, or shares its name or a name it is also called by ("school board" is HälSam's skolnämnd and Jämtland's
     * barn- och utbildningsnämnd).
     */
    static Optional<Reply> ofABoard(Utterance u, List<ForumRef> named) {
        // "Jag är ordförande i socialnämnden i Kramfors – ingår jag i HälSams politiska samverkan?": the question
        // after the introduction is the yes or no; the introduction names the board and the party.
        List<String> question =
                se.samverkansbot.text.Words.tokens(se.samverkansbot.understanding.SelfIntroduction.in(u.text())
                        .map(se.samverkansbot.understanding.SelfIntroduction::question)
                        .orElse(u.text()));
        // Municipalities only: "regionens folk" beside SVOM is no party the asker's board belongs to.
        List<Party> partiesNamed = u.all(Mention.OfParty.class).stream()
                .map(Mention.OfParty::party)
                .filter(p -> p.kind() == se.samverkansbot.register.PartyKind.MUNICIPALITY)
                .distinct()
                .toList();
        if (question.isEmpty()
                || !OPENS_YES_OR_NO.contains(question.getFirst())
                || u.words().stream().noneMatch(w -> TAKING_PART_OR_BELONGING.contains(w) || INCLUDING.contains(w))
                || u.asksHowMany()
                || u.all(Mention.OfBody.class).isEmpty()
                || partiesNamed.size() > 1
                || !u.all(Mention.OfPerson.class).isEmpty()) {
            return Optional.empty();
        }
        Optional<Party> party = partiesNamed.stream().findFirst();
        List<se.samverkansbot.register.Body> asked = u.all(Mention.OfBody.class).stream()
                .map(Mention.OfBody::body)
                .distinct()
                .toList();
        List<Structure> structures = u.all(Mention.OfStructure.class).stream()
                .map(Mention.OfStructure::structure)
                .distinct()
                .toList();
        List<ForumRef> forums = named.size() == 1
                ? named
                : named.isEmpty() && structures.size() == 1
                        ? structures.getFirst().forums().stream()
                                .map(f -> new ForumRef(structures.getFirst(), f))
                                .toList()
                        : List.of();
        if (party.isPresent()
                && forums.stream()
                        .anyMatch(f -> f.structure().party(party.get().id()).isEmpty())) {
            // A party of the other structure is told so where it is asked about (ofAnotherStructure).
            return Optional.empty();
        }
        Phrasing say = u.say();
        List<String> where = new java.util.ArrayList<>();
        List<String> seatedHere = new java.util.ArrayList<>();
        String board = null;
        boolean anySeats = false;
        boolean everySeatIsABoards = true;
        boolean chairsOnly = true;
        List<String> noBoards = new java.util.ArrayList<>();
        for (ForumRef forum : forums) {
            List<se.samverkansbot.register.Seat> seats =
                    forum.structure().seatsOn(forum.forum().id(), u.asOf()).stream()
                            .filter(seat -> seat.role() != se.samverkansbot.register.SeatRole.OFFICIAL_SUPPORT)
                            .toList();
            anySeats |= !seats.isEmpty();
            everySeatIsABoards &= seats.stream().allMatch(seat -> seat.body() != null);
            seats.stream()
                    .filter(seat -> seat.body() == null && seat.position() != null)
                    .map(se.samverkansbot.register.Seat::position)
                    .filter(position -> !noBoards.contains(position))
                    .forEach(noBoards::add);
            for (se.samverkansbot.register.Seat seat : seats) {
                Optional<se.samverkansbot.register.Body> body = seat.body() == null
                        ? Optional.empty()
                        : forum.structure().body(seat.body());
                if (body.isPresent()
                        && asked.stream().anyMatch(a -> sameKind(a, body.get()))
                        && party.map(p -> p.id().equals(seat.party())).orElse(true)) {
                    board = board == null ? body.get().name() : board;
                    // The seat's position beside the forum: the seat is the board's chair's, not every member's.
                    String held = seat.position()
                            + forum.structure()
                                    .party(seat.party() == null ? "" : seat.party())
                                    .map(holder -> ", " + holder.name())
                                    .orElse("");
                    String line = forums.size() == 1 ? held : say.forum(forum) + ": " + held;
                    if (!seatedHere.contains(line)) {
                        seatedHere.add(line);
                    }
                    chairsOnly &= seat.position() != null
                            && CHAIRS_SEAT.matcher(seat.position()).find();
                }
            }
            if (forums.size() == 1) {
                seats.stream()
                        .map(se.samverkansbot.register.Seat::position)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .forEach(where::add);
            }
        }
        if (!anySeats) {
            // No seats registered is not "no seat": the register does not know who sits there.
            return Optional.empty();
        }
        String kind = lowerFirst(board == null ? asked.getFirst().name() : board)
                + party.map(p -> ", " + p.name()).orElse("");
        String place = forums.size() == 1
                ? say.forum(forums.getFirst())
                : forums.getFirst().structure().name();
        if (seatedHere.isEmpty() && !everySeatIsABoards) {
            // A seat that is no board's ("vald bland ordförandena i HälSam", "BUZ:s presidium") may be held by a chair
            // of the board asked about: no seat of its own is not "no".
            if (forums.size() != 1) {
                return Optional.empty();
            }
            return Optional.of(Reply.plain(
                    say.say(
                                            "%s har ingen egen plats i %s%s enligt registret, men kan vara med genom:",
                                            "%s has no seat of its own in %s%s in the register, but may take part through:")
                                    .formatted(Phrasing.capitalize(kind), place, PeopleAnswers.on(u))
                            + "\n"
                            + Guidance.bullets(noBoards),
                    u.language()));
        }
        if (seatedHere.isEmpty()) {
            String no = say.say(
                            "Nej, enligt registret har %s ingen plats i %s%s.",
                            "No, in the register %s has no seat in %s%s.")
                    .formatted(kind, place, PeopleAnswers.on(u));
            return Optional.of(Reply.plain(
                    where.isEmpty()
                            ? no
                            : no + " " + say.say("Platserna där:", "The seats there:") + "\n" + Guidance.bullets(where),
                    u.language()));
        }
        if (chairsOnly && NOT_THE_CHAIR.matcher(u.text()).find()) {
            // "Jag är ledamot (inte ordförande) i socialnämnden – har jag en egen plats i HälSam?": the board's seat
            // is its chair's.
            return Optional.of(Reply.plain(
                    say.say(
                                            "Nej, inte enligt registret: platserna för %s i %s%s är ordförandens:",
                                            "No, not in the register: the seats of %s in %s%s are the chair's:")
                                    .formatted(kind, place, PeopleAnswers.on(u))
                            + "\n"
                            + Guidance.bullets(seatedHere),
                    u.language()));
        }
        return Optional.of(Reply.plain(
                say.say("Ja, enligt registret har %s plats i %s%s:", "Yes, in the register %s has a seat in %s%s:")
                                .formatted(kind, place, PeopleAnswers.on(u))
                        + "\n"
                        + Guidance.bullets(seatedHere),
                u.language()));
    }

    /** A seat held by a board's chair: "Ordförande i socialnämnden", "Chair of …". */
    private static final java.util.regex.Pattern CHAIRS_SEAT =
            java.util.regex.Pattern.compile("(?iu)^\\s*(ordförande|chair)");

    /** The asker is on the board but not its chair: "ledamot (inte ordförande)", "not the chair", "vice ordförande". */
    private static final java.util.regex.Pattern NOT_THE_CHAIR = java.util.regex.Pattern.compile(
            "(?iuU)\\b((inte|ej|not)\\s+(the\\s+)?(ordförande|ordforande|ordf|chair)|vice\\s+(ordförande|ordforande|ordf|chair)"
                    + "|ersättare|ersattare|deputy)\\b");

    private static boolean sameKind(se.samverkansbot.register.Body asked, se.samverkansbot.register.Body seated) {
        if (asked.id().equals(seated.id()) || unqualified(asked.name()).equals(unqualified(seated.name()))) {
            return true;
        }
        Set<String> aliases = asked.aliases().stream()
                .map(se.samverkansbot.text.Words::normalize)
                .collect(Collectors.toSet());
        return seated.aliases().stream()
                .map(se.samverkansbot.text.Words::normalize)
                .anyMatch(aliases::contains);
    }

    /** "Skolnämnden (eller motsvarande)" as "skolnämnden". */
    private static String unqualified(String name) {
        return se.samverkansbot.text.Words.normalize(name.replaceAll("\\s*\\(.*\\)", ""));
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
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
    private static final Set<String> TAKING_PART_OR_BELONGING = java.util.stream.Stream.concat(
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
