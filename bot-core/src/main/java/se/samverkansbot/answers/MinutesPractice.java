package se.samverkansbot.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.register.Structure;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "Förs det protokoll på HälSams möten?", "Does HälSam take formal minutes like a municipal board does?", "are the
 * minutes public?": whether and how a forum's meetings are recorded. A forum that only prepares and recommends
 * keeps minnesanteckningar (meeting notes), not a protokoll of decisions; who writes them is in a structure's
 * administrative support where its documents say so, and how the bot has them signed off (justerade) and published is
 * how it is built. A request for one meeting's minutes ("minnesanteckningarna från senaste mötet") is no such question.
 */
final class MinutesPractice {
    private MinutesPractice() {}

    /** Words of a meeting's record, as normalized words write them. */
    private static final Set<String> MINUTES = Set.of(
            "minnesanteckningar",
            "minnesanteckningarna",
            "minnesanteckning",
            "protokoll",
            "protokollet",
            "protokollen",
            "protokollfors",
            "protokollforas",
            "minutes");

    /** Words asking whether a record is kept, by whom, and who may read it. */
    private static final Set<String> KEPT = Set.of(
            "fors",
            "fora",
            "skrivs",
            "skriver",
            "skriva",
            "tas",
            "tar",
            "finns",
            "protokollfors",
            "protokollforas",
            "offentliga",
            "offentlig",
            "publiceras",
            "publicerar",
            "lasa",
            "keep",
            "keeps",
            "kept",
            "take",
            "takes",
            "taken",
            "write",
            "writes",
            "written",
            "recorded",
            "public",
            "published",
            "read");

    /** Words of one meeting's record: the request to see it, which the minutes command answers. */
    private static final Set<String> ONE_MEETINGS =
            Set.of("visa", "show", "senaste", "senast", "latest", "last", "forra", "fran", "from", "oppna", "open");

    /** Words of the administrative support: a question of it is the support's ("har ingen som skriver …, finns det stöd?"). */
    private static final Set<String> SUPPORT =
            Set.of("stod", "stodet", "support", "administrativt", "administrativ", "administrative", "administration");

    static Optional<Reply> of(Utterance u, List<Structure> structures) {
        if (u.words().stream().noneMatch(MINUTES::contains)
                || u.words().stream().noneMatch(KEPT::contains)
                || u.words().stream().anyMatch(ONE_MEETINGS::contains)
                || u.asksWhen()
                // "Vem skriver minnesanteckningarna?" asks who, which a structure's administrative support answers.
                || u.words().stream().anyMatch(SUPPORT::contains)
                // "Var publiceras minnesanteckningar?" asks where, which the support's web publishing answers.
                || u.asksWhere()
                || u.words().contains("vem")
                || u.words().contains("who")) {
            return Optional.empty();
        }
        Phrasing say = u.say();
        List<String> lines = new ArrayList<>();
        lines.add(say.say(
                "Det som förs vid samverkansforumens möten är minnesanteckningar, inte protokoll: forumen bereder och"
                        + " rekommenderar, och besluten fattas av varje huvudman.",
                "What is kept at the forums' meetings is minnesanteckningar (meeting notes), not formal minutes of"
                        + " decisions: the forums prepare and recommend, and each principal decides."));
        // The structures of the forums or structures named ("i SVOM" is Jämtland Härjedalen's, whatever glossary word
        // of HälSam's the question also uses), else those the question is about.
        java.util.Set<Structure> named = new java.util.LinkedHashSet<>();
        u.all(Mention.OfForum.class).forEach(forum -> named.add(forum.structure()));
        u.all(Mention.OfStructure.class).forEach(structure -> named.add(structure.structure()));
        for (Structure structure : named.isEmpty() ? structures : List.copyOf(named)) {
            if (structure.adminSupport() == null) {
                continue;
            }
            structure.adminSupport().tasks().stream()
                    .filter(task -> task.toLowerCase(Locale.ROOT).contains("minnesanteckning"))
                    .findFirst()
                    .ifPresent(task -> lines.add(say.say(
                                    "I %s skriver det administrativa stödet dem: ”%s”.",
                                    "In %s the administrative support writes them: “%s” (in Swedish).")
                            .formatted(structure.name(), task)));
        }
        lines.add(say.say(
                "Med boten skriver sekreteraren minnesanteckningarna, och ordföranden och en utsedd justerare justerar"
                        + " dem innan sekreteraren publicerar dem på forumets öppna sida.",
                "With the bot, the secretary writes the minutes, and the chair and a named member sign them off"
                        + " (justering) before the secretary publishes them on the forum's public page."));
        List<Mention.OfForum> forums = u.all(Mention.OfForum.class);
        DeadlineTemplate template = forums.size() == 1
                ? DeadlineTemplate.of(forums.getFirst().forum().rhythm())
                : DeadlineTemplate.standard();
        template.rules().stream()
                .filter(rule -> rule.kind() == DeadlineKind.MINUTES)
                .findFirst()
                .ifPresent(rule -> lines.add(DeadlinePractice.line(say, rule)));
        return Optional.of(Reply.plain(String.join("\n", lines), u.language()));
    }
}
