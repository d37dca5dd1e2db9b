package se.samverkansbot.answers;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Structure;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "Är skolnämndernas ordförande med i SVOM?", "ingår jag i HälSams politiska samverkan?" from a board's chair: whether a
 * kind of board sits in a forum, yes or no first, from the forum's seats by board. The yes-or-no about a party is
 * {@link Membership}'s; this one is about a board, with or without its municipality.
 */
final class BoardMembership {
    private BoardMembership() {}

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
    static Optional<Reply> answer(Utterance u, List<ForumRef> named) {
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
                || !Membership.OPENS_YES_OR_NO.contains(question.getFirst())
                || u.words().stream()
                        .noneMatch(w -> Membership.TAKING_PART_OR_BELONGING.contains(w) || INCLUDING.contains(w))
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
        Set<String> boardsSeated = new java.util.HashSet<>();
        boolean othersSeated = false;
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
                        && asked.stream().anyMatch(a -> a.isOfTheKindOf(body.get()))
                        && party.map(p -> p.id().equals(seat.party())).orElse(true)) {
                    board = board == null ? body.get().name() : board;
                    boardsSeated.add(body.get().id());
                    // The seat's position beside the forum: the seat is the board's chair's, not every member's.
                    String held = (seat.position() == null ? body.get().name() : seat.position())
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
                } else {
                    othersSeated = true;
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
            return Optional.of(Reply.plain(withTheSeatsThere(no, " ", where, say), u.language()));
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
        if (party.isEmpty() && ALL.matcher(u.text()).find()) {
            // "Sitter alla socialnämndsordförande i länet med i Barnarenan, eller bara några?": one municipality's
            // board there is no "yes" for all of them.
            long ofTheKind = forums.stream()
                    .map(ForumRef::structure)
                    .distinct()
                    .flatMap(structure -> structure.bodies().stream())
                    .filter(body -> asked.stream().anyMatch(a -> a.isOfTheKindOf(body)))
                    .count();
            if (boardsSeated.size() < ofTheKind) {
                String notAll = say.say(
                                        "Nej, inte alla: enligt registret har bara %s av %d sådana nämnder plats i %s%s:",
                                        "No, not all: in the register only %s of the %d such boards have a seat in %s%s:")
                                .formatted(boardsSeated.size(), ofTheKind, place, PeopleAnswers.on(u))
                        + "\n"
                        + Guidance.bullets(seatedHere);
                return Optional.of(Reply.plain(withTheSeatsThere(notAll, "\n", where, say), u.language()));
            }
        }
        if (party.isEmpty()
                && othersSeated
                && forums.size() == 1
                && ONLY.matcher(u.text()).find()) {
            // "Sitter bara socialnämndernas ordförande i HälSams politiska samverkan?": they sit there, but not alone.
            // After "alla" (above): "sitter alla …, eller bara några?" asks about all.
            String notOnly = say.say(
                            "Nej, inte bara: %s har plats i %s%s enligt registret, men där sitter också fler.",
                            "No, not only: %s has a seat in %s%s in the register, but others sit there too.")
                    .formatted(kind, place, PeopleAnswers.on(u));
            return Optional.of(Reply.plain(withTheSeatsThere(notOnly, "\n", where, say), u.language()));
        }
        return Optional.of(Reply.plain(
                say.say("Ja, enligt registret har %s plats i %s%s:", "Yes, in the register %s has a seat in %s%s:")
                                .formatted(kind, place, PeopleAnswers.on(u))
                        + "\n"
                        + Guidance.bullets(seatedHere),
                u.language()));
    }

    /** What was said, then the forum's seats ("Platserna där:"), when the forum's seats are listed. */
    private static String withTheSeatsThere(String said, String separator, List<String> where, Phrasing say) {
        return where.isEmpty()
                ? said
                : said + separator + say.say("Platserna där:", "The seats there:") + "\n" + Guidance.bullets(where);
    }

    /**
     * "Sitter bara …", "do only the chairs of … sit": whether the board's seats are the forum's only ones. Asked first:
     * "… eller är det bara regionens folk som sitter där?" is about others.
     */
    private static final java.util.regex.Pattern ONLY = java.util.regex.Pattern.compile(
            "(?iuU)^\\W*(sitter|ingår|ingar|är|ar|do|does|are|is)\\s+(det\\s+)?(bara|endast|enbart|only)\\b");

    /** "Sitter alla …", "do all the chairs …": the question asks about every board of the kind. */
    private static final java.util.regex.Pattern ALL =
            java.util.regex.Pattern.compile("(?iuU)\\b(alla|samtliga|varje|all|every|each)\\b");

    /** A seat held by a board's chair: "Ordförande i socialnämnden", "Chair of …". */
    private static final java.util.regex.Pattern CHAIRS_SEAT =
            java.util.regex.Pattern.compile("(?iu)^\\s*(ordförande|chair)");

    /** The asker is on the board but not its chair: "ledamot (inte ordförande)", "not the chair", "vice ordförande". */
    private static final java.util.regex.Pattern NOT_THE_CHAIR = java.util.regex.Pattern.compile(
            "(?iuU)\\b((inte|ej|not)\\s+(the\\s+)?(ordförande|ordforande|ordf|chair)|vice\\s+(ordförande|ordforande|ordf|chair)"
                    + "|ersättare|ersattare|deputy)\\b");

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
