package se.samverkansbot.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.Structure;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "Har Sundsvall fler platser i HälSam än Ånge eftersom de är så mycket större?", "does Sundsvall get more seats than
 * Ånge?": two parties' seats side by side, forum by forum, with the yes or no the comparison asks for first. Read as
 * one party's representation, the question got Sundsvall's seats and never said how they compare.
 */
final class SeatsCompared {
    private SeatsCompared() {}

    /** Words of a comparison of amounts. */
    private static final Pattern COMPARES = Pattern.compile(
            "(?iuU)\\b(fler|färre|farre|lika många|lika manga|samma antal|more|fewer|as many|the same number)\\b");

    /** Asks whether the first party named has more: "Har Sundsvall fler …", "does Sundsvall get more …". */
    private static final Pattern MORE = Pattern.compile("(?iuU)\\b(fler|more)\\b");

    static Optional<Reply> answer(Utterance u) {
        List<Mention.OfParty> named = u.all(Mention.OfParty.class);
        if (named.size() != 2
                || u.ambiguous(Mention.OfParty.class).isPresent()
                || named.get(0).party().id().equals(named.get(1).party().id())
                || named.get(0).structure() != named.get(1).structure()
                || !COMPARES.matcher(u.text()).find()) {
            return Optional.empty();
        }
        Structure structure = named.get(0).structure();
        Party first = named.get(0).party();
        Party second = named.get(1).party();
        List<String> forumsNamed =
                u.all(Mention.OfForum.class).stream().map(f -> f.forum().id()).toList();
        // Forum by forum, each party's seats of the day asked about, in the forums of that day (not the working group
        // of 2022), counted as every headcount is; a representation of no stated size is no count to compare.
        Map<Forum, List<List<Seat>>> seats = new LinkedHashMap<>();
        for (Seat seat : structure.seats()) {
            int side = first.id().equals(seat.party()) ? 0 : second.id().equals(seat.party()) ? 1 : -1;
            Optional<Forum> forum = structure.forum(seat.forum());
            if (side < 0
                    || seat.period() != null && !seat.period().contains(u.asOf())
                    || !forumsNamed.isEmpty() && !forumsNamed.contains(seat.forum())
                    || forum.isEmpty()
                    || !forum.get().isActiveOn(u.asOf())) {
                continue;
            }
            seats.computeIfAbsent(forum.get(), f -> List.of(new ArrayList<>(), new ArrayList<>()))
                    .get(side)
                    .add(seat);
        }
        Map<Forum, int[]> counts = new LinkedHashMap<>();
        for (Map.Entry<Forum, List<List<Seat>>> forum : seats.entrySet()) {
            Seats.Headcount one = Seats.headcount(forum.getValue().get(0));
            Seats.Headcount other = Seats.headcount(forum.getValue().get(1));
            if (!one.exact() || !other.exact()) {
                return Optional.empty();
            }
            counts.put(forum.getKey(), new int[] {one.seats(), other.seats()});
        }
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        Phrasing say = u.say();
        boolean asksMore = MORE.matcher(u.text()).find();
        List<String> lines = new ArrayList<>();
        counts.forEach((forum, count) -> {
            String where = forum.name() + " (" + structure.name() + ")";
            if (count[0] == count[1]) {
                lines.add(say.say(
                                "%s%s och %s har lika många platser i %s: %s var.",
                                "%s%s and %s have the same number of seats in %s: %s each.")
                        .formatted(
                                asksMore ? say.say("Nej: ", "No: ") : "",
                                first.name(),
                                second.name(),
                                where,
                                say.number(count[0])));
            } else {
                lines.add(say.say("%s%s har %s %s och %s %s i %s.", "%s%s has %s %s and %s %s in %s.")
                        .formatted(
                                asksMore
                                        ? (count[0] > count[1] ? say.say("Ja: ", "Yes: ") : say.say("Nej: ", "No: "))
                                        : "",
                                first.name(),
                                say.number(count[0]),
                                seats(say, count[0]),
                                second.name(),
                                say.number(count[1]),
                                where));
            }
        });
        return Optional.of(Reply.plain(String.join("\n", lines), u.language()));
    }

    private static String seats(Phrasing say, int n) {
        return n == 1 ? say.say("plats", "seat") : say.say("platser", "seats");
    }
}
