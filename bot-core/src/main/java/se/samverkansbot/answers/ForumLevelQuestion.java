package se.samverkansbot.answers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;

/**
 * "Är länsledningen ett politiskt organ?", "Is Fredaggruppen political?": whether one forum is of the political level
 * or of the officials' levels, which the register holds as its level. A passage that mentions the forum near the words
 * "politisk nivå" (the levels its work serves) reads as a yes; the level itself says yes or no.
 */
public final class ForumLevelQuestion {
    private ForumLevelQuestion() {}

    /** Words for the political side and for the officials' side, each written once. */
    private static final String POLITICAL_WORDS = "politisk\\p{L}*|political|politiker\\p{L}*|politicians?";

    private static final String OFFICIALS_WORDS = "tjänsteperson\\p{L}*|tjansteperson\\p{L}*|tjänstem[aä]n\\p{L}*"
            + "|tjanstem[aä]n\\p{L}*|officials?|civil\\s+servants?";

    /** A yes-or-no question on whether something is political, or of officials. */
    private static final Pattern ASKS_IF_POLITICAL_OR_OFFICIALS =
            Pattern.compile("(?iuU)^\\W*(är|ar|is|are)\\b.*?\\b(" + POLITICAL_WORDS + "|" + OFFICIALS_WORDS + ")\\b");

    private static final Pattern POLITICAL = Pattern.compile("(?iuU)\\b(" + POLITICAL_WORDS + ")\\b");

    private static final Pattern OFFICIALS = Pattern.compile("(?iuU)\\b(" + OFFICIALS_WORDS + ")\\b");

    private static boolean asksBoth(String text) {
        return POLITICAL.matcher(text).find() && OFFICIALS.matcher(text).find();
    }

    public static Optional<Reply> answer(Utterance u) {
        Matcher asked = ASKS_IF_POLITICAL_OR_OFFICIALS.matcher(u.text());
        List<Mention.OfForum> forums = u.all(Mention.OfForum.class).stream()
                .filter(m -> m.forum().level() != null)
                .toList();
        if (!asked.find()
                || forums.stream().map(m -> m.forum().id()).distinct().count() != 1
                || !u.all(Mention.OfPerson.class).isEmpty()
                // "Is Fredaggruppen part of HälSam's officials' level?": the forum belongs to the other structure,
                // which is the answer; its own level would read as a yes.
                || ForumOfAnotherStructure.said(u).isPresent()) {
            return Optional.empty();
        }
        Mention.OfForum mention = forums.getFirst();
        Forum forum = mention.forum();
        boolean askedPolitical =
                asked.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("politi");
        boolean political = forum.level() == ForumLevel.POLITICAL;
        // "Är det politiker eller tjänstepersoner i Fredaggruppen?" is no yes-or-no question.
        boolean eitherOr = asksBoth(u.text());
        String name = forum.name() + " (" + mention.structure().name() + ")";
        String yesOrNo = eitherOr
                ? ""
                : askedPolitical == political
                        ? u.say().say("Ja.", "Yes.")
                        : u.say().say("Nej.", "No.");
        String text = political
                ? u.say()
                        .say("%s %s hör till den politiska nivån.", "%s %s belongs to the political level.")
                        .formatted(yesOrNo, name)
                        .strip()
                : u.say()
                        .say(
                                "%s %s är ingen politisk grupp: den hör till %s, tjänstepersonernas del av strukturen.",
                                "%s %s is not a political group: it belongs to the %s, the officials' part of the"
                                        + " structure.")
                        .formatted(yesOrNo, name, forum.level().label(u.language()))
                        .strip();
        if (political && forum.composition() != null) {
            // Who sits there, officials' support included ("are officials at the SVOM meetings or just politicians?").
            text += "\n" + u.say().say("Sammansättning: %s", "Composition: %s").formatted(forum.composition());
        } else if (forum.mandate() != null && forum.mandate().summary() != null) {
            text += "\n"
                    + u.say()
                            .say("Uppdrag: %s", "Mandate: %s")
                            .formatted(forum.mandate().summary());
        }
        return Optional.of(Reply.plain(text, u.language()));
    }
}
