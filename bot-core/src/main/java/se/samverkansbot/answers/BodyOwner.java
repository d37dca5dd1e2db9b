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

    /** "Vad är RUN?", "vad står HOSPA för?", "what is RUN in halsam", "VVU meaning": what a body is. */
    private static final Pattern WHAT_IT_IS = Pattern.compile(
            "(?iuU)^\\W*(vad (är|ar|e|betyder|menas med|står|star)|what('s|s| is| does| are)|whats)\\b|\\b(betyder|står för|star for"
                    + "|stands? for|meaning|means)\\b");

    /** How far into the question the body may be named: "what is RUN", "vad står HOSPA för", "what does VVU …". */
    private static final int MAX_WORDS_BEFORE = 2;

    private BodyOwner() {}

    /**
     * "what is RUN in halsam", "vad är VVU?": a board, committee or administration the register knows, said with its
     * kind and whose it is. Its seats (what it was answered with) say where it sits, not what it is.
     */
    static Optional<Reply> whatItIs(Utterance u) {
        // "hospa?": the name alone, asked.
        boolean nameAlone = u.words().size() == 1 && u.text().strip().endsWith("?");
        // The body right after the words asking what: "whats the phone number to HOSPA?" asks for something of it.
        boolean namedFirst = u.matches().stream()
                .filter(match -> match.mentions().stream().anyMatch(Mention.OfBody.class::isInstance))
                .anyMatch(match -> match.start() <= MAX_WORDS_BEFORE);
        Optional<Mention.OfBody> named = theOneBody(u);
        if (named.isEmpty()
                || !WHAT_IT_IS.matcher(u.text()).find() && !nameAlone
                || !namedFirst
                || !u.roles().isEmpty()
                || !u.all(Mention.OfForum.class).isEmpty()
                || !u.all(Mention.OfParty.class).isEmpty()
                || !u.all(Mention.OfPerson.class).isEmpty()) {
            return Optional.empty();
        }
        Body body = named.get().body();
        Optional<Party> owner = named.get().structure().party(body.party());
        if (owner.isEmpty() || body.kind() == null) {
            return Optional.empty();
        }
        // In English, the board's English name beside its Swedish one: "Regionala utvecklingsnämnden (regional
        // development board)".
        String english = u.language() == se.samverkansbot.register.Language.ENGLISH
                ? body.aliases().stream()
                        .filter(alias -> alias.contains(" ") && alias.equals(alias.toLowerCase(java.util.Locale.ROOT)))
                        .findFirst()
                        .map(alias -> " (" + alias + ")")
                        .orElse("")
                : "";
        return Optional.of(Reply.plain(
                u.say()
                        // No article: "nämnd" takes "en", "utskott" "ett".
                        .say("%s är %s%s – %s i %s.", "%s is %s%s – %s of %s.")
                        .formatted(
                                abbreviation(body).orElse(body.name()),
                                body.name(),
                                english,
                                body.kind().label(u.language()),
                                owner.get().name()),
                u.language()));
    }

    /**
     * The one body the words name, if they name one: "socialnämnden" is every municipality's, and neither whose it is
     * nor what it is has one answer.
     */
    private static Optional<Mention.OfBody> theOneBody(Utterance u) {
        List<Mention.OfBody> named = u.all(Mention.OfBody.class);
        return named.stream().map(Mention.OfBody::body).distinct().count() == 1
                ? Optional.of(named.getFirst())
                : Optional.empty();
    }

    /** The body's abbreviation, when it has one: a short alias in capitals ("RUN", "HOSPA"). */
    private static Optional<String> abbreviation(Body body) {
        return body.aliases().stream()
                .filter(alias -> alias.length() <= 6 && alias.equals(alias.toUpperCase(java.util.Locale.ROOT)))
                .findFirst();
    }

    static Optional<Reply> answer(Utterance u) {
        Optional<Mention.OfBody> named = theOneBody(u);
        if (named.isEmpty()
                || !BELONGS.matcher(u.text()).find()
                || !u.all(Mention.OfForum.class).isEmpty()
                || !u.all(Mention.OfStructure.class).isEmpty()
                || !u.all(Mention.OfPerson.class).isEmpty()) {
            return Optional.empty();
        }
        Body body = named.get().body();
        Optional<Party> owner = named.get().structure().party(body.party());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        String called = abbreviation(body)
                .map(letters -> letters + " (" + body.name() + ")")
                .orElse(body.name());
        return Optional.of(Reply.plain(
                u.say()
                        .say("%s hör till %s (%s).", "%s belongs to %s (%s).")
                        .formatted(
                                called, owner.get().name(), owner.get().kind().label(u.language())),
                u.language()));
    }
}
