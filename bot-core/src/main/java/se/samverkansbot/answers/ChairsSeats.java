package se.samverkansbot.answers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.Body;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.Structure;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.understanding.WhetherItDecides;
import se.samverkansbot.wording.Phrasing;

/**
 * "Im the new RUN chair from January, do I get a seat in HälSam?", "blir ny ordf i socialnämnden i Timrå 2027, vad
 * innebär det för HälSam?": someone about to chair a board asks what seats come with it. The forums' seats are the
 * boards' chairs' (the chairs represent their boards for the term), so the answer is the seats that go with the role,
 * yes or no first, and who registers the new holder; the seats of the day asked about would be none, the new term's
 * holders not being registered yet, which answered a question nobody asked.
 */
final class ChairsSeats {
    /** Words of someone taking up a role: "ny ordförande", "blir", "tillträder", "new", "becoming". */
    private static final Pattern TAKING_UP = Pattern.compile(
            "(?iuU)\\b(ny|nya|nyvald|nyvalda|blir|tillträder|tar över|new|newly|becoming|become|becomes|incoming|take over"
                    + "|taking over|takes over)\\b");

    /**
     * "Jag är ordförande i socialnämnden i Krokom, vilka forum ingår jag i?": which forums the role sits in, asked by a
     * chair who is not new as well. Without it the word "forum" made this a question of the structure's levels.
     */
    private static final Pattern WHICH_FORUMS = Pattern.compile(
            "(?iuU)\\b(vilka|vilket|which|what)\\s+(politiska\\s+|political\\s+)?(forum|forumen|grupper|samverkansforum"
                    + "|samverkansgrupper|forums|groups)\\b");

    /** "Sitter jag redan i HälSam?", "am I already on …": whether the seat is the asker's now. */
    private static final Pattern ALREADY = Pattern.compile("(?iuU)\\b(redan|already)\\b");

    private static final Pattern CHAIRS = Pattern.compile("(?iu)^ordförande");

    private ChairsSeats() {}

    static Optional<Reply> answer(Utterance u, List<Structure> structures) {
        List<Mention.OfBody> bodies = boardsAsked(u);
        boolean takingUp = TAKING_UP.matcher(u.text()).find();
        boolean whichForums = WHICH_FORUMS.matcher(u.text()).find();
        if (!u.roles().contains(SeatRole.CHAIR)
                || bodies.isEmpty()
                || !u.all(Mention.OfPerson.class).isEmpty()
                // "Vem blir ny ordförande i socialnämnden?" asks who, which the register does not hold yet.
                || u.asksWho() && !whichForums
                // "Ny som ordförande i socialnämnden i Timrå. Kan HälSam fatta beslut som blir bindande för vår
                // kommun?" asks what the forum may do, not whether the chair sits there: a "Ja" read as yes to it.
                || WhetherItDecides.asked(u.text())
                || !takingUp && !whichForums) {
            return Optional.empty();
        }
        Set<String> forumsNamed =
                u.all(Mention.OfForum.class).stream().map(f -> f.forum().id()).collect(Collectors.toSet());
        Set<String> structuresNamed = u.all(Mention.OfStructure.class).stream()
                .map(s -> s.structure().id())
                .collect(Collectors.toSet());
        Set<String> boards = bodies.stream().map(b -> b.body().id()).collect(Collectors.toSet());
        Phrasing say = u.say();
        // Forum by forum, the chair's seats of the term that holds today, else the latest term the register has.
        Map<String, List<String>> seatsByForum = new LinkedHashMap<>();
        List<String> elsewhere = new ArrayList<>();
        java.time.LocalDate until = null;
        for (Structure structure : structures) {
            List<Seat> chairs = latestTerm(
                    structure.seats().stream()
                            .filter(seat -> boards.contains(seat.body()))
                            .filter(seat -> seat.position() != null
                                    && CHAIRS.matcher(seat.position()).find())
                            .toList(),
                    u.today());
            for (Seat seat : chairs) {
                String forum = structure.forum(seat.forum()).map(Forum::name).orElse(seat.forum()) + " ("
                        + structure.name() + ")";
                boolean asked = forumsNamed.isEmpty() && structuresNamed.isEmpty()
                        || forumsNamed.contains(seat.forum())
                        || forumsNamed.isEmpty() && structuresNamed.contains(structure.id());
                if (asked) {
                    seatsByForum
                            .computeIfAbsent(forum, f -> new ArrayList<>())
                            .add(Seats.describe(structure, seat, say));
                    if (seat.period().to() != null
                            && (until == null || seat.period().to().isAfter(until))) {
                        until = seat.period().to();
                    }
                } else if (!elsewhere.contains(forum)) {
                    elsewhere.add(forum);
                }
            }
        }
        String chair = say.say("ordföranden i %s", "the chair of %s").formatted(boardNames(say, bodies));
        if (seatsByForum.isEmpty() && elsewhere.isEmpty()) {
            // No seat is the chair's own; the board may still be represented ("Representation från hälso- och
            // sjukvårdsnämnden" in SVOM): that is where a new chair may sit, and "no" would be wrong.
            List<String> represented = boardsForums(structures, boards, forumsNamed, structuresNamed, u.today());
            if (!represented.isEmpty()) {
                return Optional.of(Reply.plain(
                        say.say(
                                        "Registret har ingen plats just för %s, men nämnden är representerad i %s; vem som"
                                                + " representerar den anges inte.",
                                        "The register has no seat for %s as such, but the board is represented in %s;"
                                                + " who represents it is not stated.")
                                .formatted(chair, say.join(represented)),
                        u.language()));
            }
        }
        if (seatsByForum.isEmpty()) {
            boolean somewhereNamed = !forumsNamed.isEmpty() || !structuresNamed.isEmpty();
            String no = (!takingUp
                            ? say.say(
                                    "Registret har ingen plats för %s i de forum du frågar om.",
                                    "The register has no seat for %s in the forums you ask about.")
                            : somewhereNamed
                                    ? say.say(
                                            "Nej: registret har ingen plats för %s där.",
                                            "No: the register has no seat there for %s.")
                                    : say.say(
                                            "Nej: registret har ingen plats för %s i samverkansforumen.",
                                            "No: the register has no seat in the forums for %s."))
                    .formatted(chair);
            return Optional.of(Reply.plain(
                    elsewhere.isEmpty()
                            ? no
                            : no + " "
                                    + say.say("Uppdraget ger plats i %s.", "The role comes with a seat in %s.")
                                            .formatted(say.join(elsewhere)),
                    u.language()));
        }
        // A chair who is not new asks which forums, not whether the seat comes along: no "yes" to give.
        // "Blir ordförande i skolnämnden … Sitter jag redan i HälSam nu?": not yet, the seat is the sitting chair's
        // until the term ends; "yes" read as already.
        boolean notYet = takingUp && until != null && ALREADY.matcher(u.text()).find();
        StringBuilder text = new StringBuilder(
                notYet
                        ? say.say(
                                        "Inte än: platsen hör till uppdraget, och den nuvarande ordföranden har den till och med"
                                                + " %s. Den nya ordföranden får den från %s. %s har plats i:",
                                        "Not yet: the seat goes with the role, and the sitting chair holds it until %s. The"
                                                + " new chair takes it from %s. %s has a seat in:")
                                .formatted(say.date(until), say.date(until.plusDays(1)), capitalised(chair))
                        : (takingUp
                                        ? say.say(
                                                "Ja: platsen hör till uppdraget, inte till personen. %s har plats i:",
                                                "Yes: the seat goes with the role, not the person. %s has a seat in:")
                                        : say.say("%s har plats i:", "%s has a seat in:"))
                                .formatted(capitalised(chair)));
        seatsByForum.forEach((forum, lines) -> text.append("\n• ")
                .append(forum)
                .append(
                        lines.size() == 1
                                ? ": " + lines.getFirst()
                                : ": " + lines.size() + " " + say.say("platser", "seats")));
        if (until != null) {
            text.append('\n')
                    .append((takingUp
                                    ? say.say(
                                            "Platserna i registret gäller mandatperioden ut, till %s; den nya ordföranden registreras av forumets sekreterare.",
                                            "The register's seats run for the term of office, until %s; the forum's secretary registers the new chair.")
                                    : say.say(
                                            "Platserna i registret gäller mandatperioden ut, till %s.",
                                            "The register's seats run for the term of office, until %s."))
                            .formatted(say.date(until)));
        }
        return Optional.of(Reply.plain(text.toString(), u.language()));
    }

    /** The forums (with their structure) where the boards hold a seat that has not ended by the day, where asked. */
    private static List<String> boardsForums(
            List<Structure> structures,
            Set<String> boards,
            Set<String> forumsNamed,
            Set<String> structuresNamed,
            java.time.LocalDate day) {
        List<String> forums = new ArrayList<>();
        for (Structure structure : structures) {
            if (!structuresNamed.isEmpty() && !structuresNamed.contains(structure.id())) {
                continue;
            }
            structure.seats().stream()
                    .filter(seat -> boards.contains(seat.body()))
                    .filter(seat -> forumsNamed.isEmpty() || forumsNamed.contains(seat.forum()))
                    .filter(seat ->
                            seat.period().to() == null || !seat.period().to().isBefore(day))
                    .map(seat -> structure.forum(seat.forum()).map(Forum::name).orElse(seat.forum()) + " ("
                            + structure.name() + ")")
                    .distinct()
                    .forEach(forums::add);
        }
        return forums;
    }

    /**
     * The boards asked about: those of the party named when one is ("socialnämnden i Timrå"), else every board the
     * words name ("socialnämnden" is each municipality's). A party named whose board goes by another name has its
     * board of that kind: "barn- och utbildningsnämnden i Sollefteå" is Sollefteå's skolnämnd "eller motsvarande", not
     * the Jämtland municipalities' barn- och utbildningsnämnder, which gave a new chair there BUZ's seats.
     */
    private static List<Mention.OfBody> boardsAsked(Utterance u) {
        List<Mention.OfParty> parties = u.all(Mention.OfParty.class);
        Set<String> partyIds = parties.stream().map(p -> p.party().id()).collect(Collectors.toSet());
        List<Mention.OfBody> bodies = u.all(Mention.OfBody.class);
        List<Mention.OfBody> ofParty =
                bodies.stream().filter(b -> partyIds.contains(b.body().party())).toList();
        if (!ofParty.isEmpty()) {
            return ofParty;
        }
        if (parties.isEmpty()) {
            return bodies;
        }
        List<Mention.OfBody> equivalents = parties.stream()
                .flatMap(party -> party.structure().bodies().stream()
                        .filter(body -> body.party().equals(party.party().id()))
                        .filter(body -> bodies.stream().anyMatch(b -> b.body().isOfTheKindOf(body)))
                        .map(body -> new Mention.OfBody(party.structure(), body)))
                .distinct()
                .toList();
        return equivalents.isEmpty() ? bodies : equivalents;
    }

    /** The seats of the term that holds on the day, else those of the latest term registered. */
    private static List<Seat> latestTerm(List<Seat> seats, java.time.LocalDate today) {
        List<Seat> now =
                seats.stream().filter(seat -> seat.period().contains(today)).toList();
        if (!now.isEmpty() || seats.isEmpty()) {
            return now;
        }
        java.time.LocalDate latest = seats.stream()
                .map(seat -> seat.period().from())
                .filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return seats.stream()
                .filter(seat -> java.util.Objects.equals(seat.period().from(), latest))
                .toList();
    }

    private static String boardNames(Phrasing say, List<Mention.OfBody> bodies) {
        List<Body> distinct =
                bodies.stream().map(Mention.OfBody::body).distinct().toList();
        if (distinct.size() == 1) {
            return withItsParty(bodies.getFirst());
        }
        // The same board in several municipalities: "Socialnämnden (eller motsvarande)" once, in every one. A region's
        // board is no municipality's: "Hälso- och sjukvårdsnämnden" of two regions is named with each region.
        boolean municipalities = bodies.stream()
                .allMatch(b -> b.structure()
                        .party(b.body().party())
                        .filter(p -> p.kind() == se.samverkansbot.register.PartyKind.MUNICIPALITY)
                        .isPresent());
        if (!municipalities) {
            return say.join(
                    bodies.stream().map(ChairsSeats::withItsParty).distinct().toList());
        }
        return say.join(distinct.stream().map(Body::name).distinct().toList())
                + say.say(" i var och en av kommunerna", " in each municipality");
    }

    /** "Hälso- och sjukvårdsnämnden, Region Västernorrland". */
    private static String withItsParty(Mention.OfBody board) {
        return board.body().name()
                + board.structure()
                        .party(board.body().party())
                        .map(p -> ", " + p.name())
                        .orElse("");
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
