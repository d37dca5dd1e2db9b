package se.samverkansbot.answers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.PartialDate;
import se.samverkansbot.register.Structure;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "Fanns HälSam 2022?", "does LAKO still exist?": whether a structure or a forum existed in the year asked (or
 * exists today), answered yes or no from its period, with what came before or after it. An overview would leave the
 * reader to work out the answer from a date somewhere in it.
 */
final class Existence {
    private static final Pattern ASKS_IF_IT_EXISTED =
            Pattern.compile("(?iU)\\b(fanns|existerade|existerar|finns\\b.*\\b(kvar|fortfarande|idag|i dag|längre)"
                    + "|finnas\\b.*\\bkvar|fortfarande (kvar|finns)|existed|exist"
                    + "|exists|still around|still be around)\\b");

    /** "Vilka forum fanns …?", "finns det något möte kvar?": asks for things, not whether the one named exists. */
    private static final Pattern ASKS_FOR_SOMETHING_ELSE = Pattern.compile(
            "(?iU)\\b(vilka|vilken|vilket|which|what|hur|how|finns det|fanns det|is there|are there|was there"
                    + "|were there|några|något|någon|nåt|nån|any)\\b");

    private static final Set<String> STILL =
            Set.of("kvar", "fortfarande", "längre", "still", "today", "idag", "dag", "nu", "now");

    private Existence() {}

    static Optional<Reply> answer(Utterance u) {
        if (!ASKS_IF_IT_EXISTED.matcher(u.text()).find()
                || ASKS_FOR_SOMETHING_ELSE.matcher(u.text()).find()
                || !u.all(Mention.OfPerson.class).isEmpty()
                || !u.namesADay() && u.words().stream().noneMatch(STILL::contains)) {
            return Optional.empty();
        }
        List<Mention.OfForum> forums = u.all(Mention.OfForum.class);
        List<Mention.OfStructure> structures = u.all(Mention.OfStructure.class);
        // "Finns LAKO kvar?" asks about today, not the last day of the forum it names.
        LocalDate from = u.namesADay() ? u.asOf() : u.today();
        LocalDate to = from;
        if (u.year().isPresent() && u.dates().isEmpty()) {
            // "Fanns HälSam 2022?": any day of that year.
            from = LocalDate.of(u.year().get(), 1, 1);
            to = LocalDate.of(u.year().get(), 12, 31);
        }
        if (forums.size() == 1) {
            return Optional.of(forum(u.say(), forums.getFirst(), from, to, u));
        }
        if (forums.isEmpty() && structures.size() == 1) {
            return Optional.of(structure(u.say(), structures.getFirst().structure(), from, to, u));
        }
        return Optional.empty();
    }

    private static Reply forum(Phrasing say, Mention.OfForum mention, LocalDate from, LocalDate to, Utterance u) {
        Forum forum = mention.forum();
        Structure structure = mention.structure();
        PartialDate start = forum.validFrom();
        Optional<Forum> successor = structure.forums().stream()
                .filter(f -> forum.id().equals(f.replaces()))
                .findFirst();
        // "LAKO: Ersattes av SVOM" has no end of its own: it ended when its successor began.
        Optional<LocalDate> end = Optional.ofNullable(forum.validTo())
                .map(PartialDate::end)
                .or(() -> successor.map(Forum::validFrom).map(d -> d.start().minusDays(1)));
        boolean replaced = successor.isPresent() && (end.isEmpty() || end.get().isBefore(from));
        String replacedBy = successor
                .map(f -> say.say(" %s ersattes av %s%s.", " %s was replaced by %s%s.")
                        .formatted(
                                forum.name(),
                                f.name(),
                                f.validFrom() == null
                                        ? ""
                                        : say.say(" (sedan %s)", " (since %s)")
                                                .formatted(f.validFrom().display(say.language()))))
                .orElse("");
        StringBuilder text = new StringBuilder();
        if (start != null && start.start().isAfter(to)) {
            text.append(say.say("Nej. %s finns sedan %s.", "No. %s has existed since %s.")
                    .formatted(forum.name(), start.display(say.language())));
            structure
                    .forum(forum.replaces())
                    .ifPresent(before -> text.append(' ')
                            .append(say.say("Före det fanns %s.", "Before it there was %s.")
                                    .formatted(before.name())));
        } else if (end.isPresent() && end.get().isBefore(from) || replaced) {
            text.append(
                            forum.validTo() == null
                                    ? say.say("Nej.", "No.")
                                    : say.say("Nej. %s upphörde %s.", "No. %s ended %s.")
                                            .formatted(
                                                    forum.name(),
                                                    forum.validTo().display(say.language())))
                    .append(replacedBy);
        } else if (from.isAfter(u.today()) && end.isEmpty()) {
            text.append(
                    aheadWithoutAnEnd(say, forum.name(), start == null ? null : start.display(say.language()), from));
        } else {
            text.append(
                    u.namesADay()
                            ? say.say("Ja, %s fanns då", "Yes, %s existed then").formatted(forum.name())
                            : say.say("Ja, %s finns", "Yes, %s exists").formatted(forum.name()));
            if (start != null) {
                text.append(say.say(": sedan %s", ": since %s").formatted(start.display(say.language())));
            }
            if (forum.validTo() != null) {
                text.append(say.say(", till och med %s", ", until %s")
                        .formatted(forum.validTo().display(say.language())));
            }
            text.append('.');
        }
        return Reply.plain(text.toString().strip() + " (" + structure.name() + ")", u.language());
    }

    /**
     * "Kommer SVOM att finnas kvar 2027?": the register holds no end for it, which is not the same as knowing it will
     * go on (a review may change the structure). What it knows, and that it cannot say.
     */
    private static String aheadWithoutAnEnd(Phrasing say, String name, String since, LocalDate asked) {
        String known = since == null
                ? say.say("registret anger inget slut för %s", "the register gives no end for %s")
                        .formatted(name)
                : say.say(
                                "registret anger inget slut för %s, som finns sedan %s",
                                "the register gives no end for %s, which has existed since %s")
                        .formatted(name, since);
        return say.say(
                        "Det vet jag inte säkert: %s, men det kan inte säga vad som gäller %d.",
                        "I don't know for sure: %s, but it cannot say what will apply in %d.")
                .formatted(known, asked.getYear());
    }

    private static Reply structure(Phrasing say, Structure structure, LocalDate from, LocalDate to, Utterance u) {
        StringBuilder text = new StringBuilder();
        if (structure.validFrom() != null && structure.validFrom().isAfter(to)) {
            text.append(say.say("Nej. %s gäller från och med %s.", "No. %s has applied since %s.")
                    .formatted(structure.name(), say.date(structure.validFrom())));
            List<String> before = structure.forums().stream()
                    .filter(f -> f.validTo() != null
                            && !f.validTo().end().isAfter(structure.validFrom())
                            && structure.forums().stream().anyMatch(g -> f.id().equals(g.replaces())))
                    .map(f -> f.name()
                            + say.say(" (upphörde %s)", " (ended %s)")
                                    .formatted(f.validTo().display(say.language())))
                    .toList();
            if (!before.isEmpty()) {
                text.append(' ')
                        .append(say.say("Före det fanns %s.", "Before it there was %s.")
                                .formatted(say.join(before)));
            }
        } else if (structure.validTo() != null && structure.validTo().isBefore(from)) {
            text.append(say.say("Nej. %s gällde till och med %s.", "No. %s applied until %s.")
                    .formatted(structure.name(), say.date(structure.validTo())));
        } else if (from.isAfter(u.today()) && structure.validTo() == null) {
            text.append(aheadWithoutAnEnd(
                    say,
                    structure.name(),
                    structure.validFrom() == null ? null : say.date(structure.validFrom()),
                    from));
        } else if (structure.validFrom() != null) {
            text.append(say.say("Ja. %s gäller från och med %s.", "Yes. %s has applied since %s.")
                    .formatted(structure.name(), say.date(structure.validFrom())));
        } else {
            return Reply.plain(
                    say.say(
                                    "Det vet jag inte säkert: registret anger inte sedan när %s finns.",
                                    "I don't know for sure: the register does not say since when %s exists.")
                            .formatted(structure.name()),
                    u.language());
        }
        return Reply.plain(text.toString(), u.language());
    }
}
