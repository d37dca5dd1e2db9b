package se.samverkansbot.answers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.StrategicArea;
import se.samverkansbot.register.Structure;
import se.samverkansbot.text.Words;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "Vilket forum är för vuxna i Jämtland?", "where do I raise school absence among kids?": a question for the forum
 * of a strategic area, which names the area and no forum. The forums whose area it is answer, each with its
 * mandate; a forum for all areas is not one of them, and a municipality's local group only where the question
 * names the municipality.
 */
final class AreaForums {

    /** Asks which forum, or where to turn (normalised text: no diacritics, lower case). */
    private static final Pattern ASKS_FOR_A_FORUM =
            Pattern.compile("(?U)\\b(vilket|vilka|vilken|which)( av| of)?( the| de)?"
                    + "( \\w+){0,2} (forum\\w*|grupp\\w*|organ\\w*|groups?|bodies|body)\\b"
                    + "|\\bvart (vander|vand|ska|kan|gar|tar)\\b"
                    + "|\\bvar (tar|lyfter|tas|lyfts|ska|kan|hor)\\b.*\\b(upp|lyft\\w*|hemma)\\b"
                    + "|\\bwhere (do|should|can|would|could) (i|we|you|one)\\b"
                    + "|\\bwho (deals|handles) with\\b");

    private AreaForums() {}

    /** The forums of the area the question names, where it asks for a forum and names none; else none. */
    static List<ForumRef> of(Utterance u, List<Structure> structures) {
        if (!namesOnlyAnArea(u)
                || !ASKS_FOR_A_FORUM.matcher(Words.normalize(u.text())).find()) {
            return List.of();
        }
        return inTheAreasNamed(u, structures);
    }

    /** Whether the question names a strategic area, and no forum or level to narrow it. */
    private static boolean namesOnlyAnArea(Utterance u) {
        return !u.areas().isEmpty()
                && u.levels().isEmpty()
                && u.all(Mention.OfForum.class).isEmpty();
    }

    /**
     * The one forum of the area a question names, when it names no forum and no level: "How do I submit an item for
     * the next HälSam Vuxna meeting?" is about Länssamordningsgrupp Vuxna, the area's only forum that is not local.
     */
    static java.util.Optional<ForumRef> theOne(Utterance u, List<Structure> structures) {
        if (!namesOnlyAnArea(u)) {
            return java.util.Optional.empty();
        }
        List<ForumRef> forums = inTheAreasNamed(u, structures);
        return forums.size() == 1 ? java.util.Optional.of(forums.getFirst()) : java.util.Optional.empty();
    }

    private static List<ForumRef> inTheAreasNamed(Utterance u, List<Structure> structures) {
        List<ForumRef> forums = new ArrayList<>();
        for (Structure structure : structures) {
            for (Forum forum : structure.forums()) {
                if (forum.isActiveOn(u.asOf())
                        && forum.area() != null
                        && forum.area() != StrategicArea.ALL
                        && u.areas().contains(forum.area())
                        && (forum.level() != ForumLevel.LOCAL
                                || u.municipalities().contains(forum.municipality()))) {
                    forums.add(new ForumRef(structure, forum));
                }
            }
        }
        forums.sort(Comparator.comparing((ForumRef ref) -> ref.forum().level()));
        return forums;
    }

    /** The forums, each with its level and mandate; with one forum, and if asked, how to raise a matter there. */
    static Reply described(Utterance u, List<ForumRef> forums, boolean withExample) {
        Phrasing say = u.say();
        List<String> lines = new ArrayList<>();
        lines.add(say.say("Forum för området %s:", "Forums for the area %s:")
                .formatted(say.join(u.areas().stream()
                        .sorted()
                        .map(area -> say.label(area).toLowerCase(java.util.Locale.ROOT))
                        .toList())));
        for (ForumRef ref : forums) {
            Forum forum = ref.forum();
            String mandate = forum.mandate() == null || forum.mandate().summary() == null
                    ? ""
                    : " " + forum.mandate().summary().strip();
            lines.add("• %s – %s.%s".formatted(say.forum(ref), say.label(forum.level()), mandate));
        }
        if (withExample && forums.size() == 1) {
            lines.add(say.say(
                            "Vill du lyfta en fråga där, skriv till exempel \"nytt ärende till %s: Rubrik\".",
                            "To raise a matter there, write for example \"new item for %s: Title\".")
                    .formatted(forums.getFirst().forum().name()));
        }
        return Reply.plain(String.join("\n", lines), u.language());
    }
}
