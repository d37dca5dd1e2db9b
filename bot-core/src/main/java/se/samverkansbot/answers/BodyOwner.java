package se.samverkansbot.answers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.Body;
import se.samverkansbot.register.Party;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;

/**
 * "HOSPA – is that a unit of a municipality or of the region?", "vilken region tillhör HOSPA?": which party a board,
 * committee or administration belongs to, from the register. The words "municipality" and "region" made it a question
 * for the structure's parties, whose list named every municipality as if one of them held it.
 */
final class BodyOwner {
    /** Words asking whose something is: "tillhör", "hör till", "belongs to", "a unit of", "part of", "whose". */
    private static final Pattern BELONGS = Pattern.compile(
            "(?iuU)\\b(tillhör|tillhor|hör till|hor till|hör hemma|vems|belongs?|belonging|unit of|part of|del av"
                    + "|whose|sorterar under|ligger under|run by|drivs av)\\b");

    private BodyOwner() {}

    static Optional<Reply> answer(Utterance u) {
        List<Body> bodies = u.all(Mention.OfBody.class).stream()
                .map(Mention.OfBody::body)
                .distinct()
                .toList();
        // One body, or one name of one party's: "socialnämnden" is every municipality's, and whose is not one answer.
        if (bodies.size() != 1
                || !BELONGS.matcher(u.text()).find()
                || !u.all(Mention.OfForum.class).isEmpty()
                || !u.all(Mention.OfStructure.class).isEmpty()
                || !u.all(Mention.OfPerson.class).isEmpty()) {
            return Optional.empty();
        }
        Body body = bodies.getFirst();
        Optional<Party> owner =
                u.all(Mention.OfBody.class).getFirst().structure().party(body.party());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        String called = body.aliases().stream()
                .filter(alias -> alias.length() <= 6 && alias.equals(alias.toUpperCase(java.util.Locale.ROOT)))
                .findFirst()
                .map(abbreviation -> abbreviation + " (" + body.name() + ")")
                .orElse(body.name());
        return Optional.of(Reply.plain(
                u.say()
                        .say("%s hör till %s (%s).", "%s belongs to %s (%s).")
                        .formatted(
                                called, owner.get().name(), owner.get().kind().label(u.language())),
                u.language()));
    }
}
