package se.samverkansbot.answers;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.Structure;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * What to say when a question about a later day finds no seat: the seats held today end before then and nobody
 * is registered after them. Saying so, with the end date and who registers successors, is the honest answer;
 * "no current seat" would hide that the seats exist today, and today's holders would be wrong.
 */
final class Successors {
    private Successors() {}

    /** @param who the party or body asked about; null when the question is about the whole forum */
    static String noneRegistered(
            Utterance u, Structure structure, List<ForumRef> forums, String who, Predicate<Seat> whose) {
        Phrasing say = u.say();
        String where = forums.size() == 1 ? say.forum(forums.getFirst()) : structure.name();
        List<Seat> ending = structure.seatsOn(u.today()).stream()
                .filter(whose)
                .filter(seat -> forums.isEmpty()
                        || forums.stream().anyMatch(f -> f.forum().id().equals(seat.forum())))
                .filter(seat -> seat.period().to() != null && seat.period().to().isBefore(u.asOf()))
                .sorted(Comparator.comparing(seat -> seat.period().to()))
                .toList();
        Optional<Seat> endingFirst = ending.stream().findFirst();
        String none = who == null
                ? say.say("Registret har inga platser i %s den %s.", "The register has no seats in %s on %s.")
                        .formatted(where, say.date(u.asOf()))
                : say.say(
                                "Registret har ingen plats för %s i %s den %s.",
                                "The register has no seat for %s in %s on %s.")
                        .formatted(who, where, say.date(u.asOf()));
        // Who will sit there by role, as the documents put it: what a question about the next term can be told.
        String composition = who == null
                        && forums.size() == 1
                        && forums.getFirst().forum().composition() != null
                ? "\n"
                        + say.say("Sammansättning enligt underlaget: ", "Composition according to the documents: ")
                        + forums.getFirst().forum().composition()
                : "";
        if (endingFirst.isEmpty()) {
            return none + composition;
        }
        LocalDate end = endingFirst.get().period().to();
        String until = TermOfOffice.endsOn(end)
                ? say.say("mandatperioden ut, till och med %s", "for the rest of the term of office, until %s")
                        .formatted(say.date(end))
                : say.say("till och med %s", "until %s").formatted(say.date(end));
        // Who holds the seat today tells the asker what to expect: a seat held by a position ("Ordförande i HSN")
        // goes to whoever holds that position in the new term.
        String today = who == null || ending.size() > MAX_LISTED
                ? ""
                : "\n"
                        + say.say("I dag: %s.", "Today: %s.")
                                .formatted(String.join(
                                        "; ",
                                        ending.stream()
                                                .map(seat -> Seats.describe(structure, seat, say))
                                                .toList()));
        return none + " "
                + say.say(
                                "De nuvarande platserna gäller %s, och ingen efterträdare är registrerad ännu. Forumets"
                                        + " sekreterare registrerar efterträdarna.",
                                "The current seats run %s, and no successor has been registered yet. The forum's"
                                        + " secretary registers the successors.")
                        .formatted(until)
                + today
                + composition;
    }

    /** More current seats than this are not read out: the question was about a later day. */
    private static final int MAX_LISTED = 4;
}
