package se.samverkansbot.answers;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.understanding.Intent;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;

/**
 * A reply that does not hold what its question asks for: "när bildades LAKO?" answered with what the register knows
 * of LAKO, which has no date, or "hur många …?" answered without a number. What is known nearby is still worth
 * giving, but read alone it looks like an answer; so such a reply first says that the asked-for date or number is
 * not known. A reply that already says so, or asks back, is left as it is.
 */
public final class MissingAnswer {
    /**
     * "När …?", "vilket datum …", "is there a date for …": the question opens by asking when (not "vem kontaktar jag
     * när …") or asks for a date anywhere.
     */
    private static final Pattern OPENS_WITH_WHEN =
            Pattern.compile("(?U)^\\W*(?:\\p{L}+\\W+)?(när|nar|when)\\b|\\b(vilket datum|vilken dag|vilket år|what date"
                    + "|which date|what year|which year|datum|datumet|date|dates)\\b");

    /** A date, a year, a month or a time of day, in any of the ways the register and documents write them. */
    private static final Pattern A_DATE = Pattern.compile(
            "(?iuU)\\b(1[89]\\d\\d|20\\d\\d|\\d{6}|\\d{1,2}/\\d{1,2}|kl\\.?\\s?\\d|januari|februari|mars|april|maj|juni"
                    + "|juli|augusti|september|oktober|november|december|january|february|march|june|july|august"
                    + "|october|måndag|tisdag|onsdag|torsdag|fredag|monday|tuesday|wednesday|thursday|friday|våren"
                    + "|hösten|spring|autumn|idag|i dag|today|tomorrow|imorgon|i morgon)\\b");

    private static final Pattern A_NUMBER = Pattern.compile(
            "(?iuU)\\b(\\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo|inga|ingen|two|three|four|five|six"
                    + "|seven|eight|nine|ten|eleven|twelve|twenty|none)\\b");

    /**
     * "Hur mycket …?", "vad kostade …?", "how much did … charge?": the question asks for an amount. Not "charge" alone:
     * "who's in charge of …" asks for a person.
     */
    private static final Pattern ASKS_HOW_MUCH = Pattern.compile(
            "(?iuU)\\b(hur mycket|how much|vad kostar|vad kostade|what does .{1,40} cost|what did .{1,40}"
                    + " cost|what is the cost|what was the cost)\\b");

    /** An amount, as the documents write sums ("0,9", "3,4 mnkr", "30%"): a number, once the dates are taken out. */
    private static final Pattern AN_AMOUNT = Pattern.compile("\\d");

    /** How replies already say that something is not known or not registered. */
    private static final List<String> ALREADY_HONEST = List.of(
            "vet inte",
            "vet jag inte",
            "har ingen uppgift",
            "har inga uppgifter",
            "inga kommande möten",
            "inga hållna möten",
            "anger inte",
            "framgår inte",
            "säger inte",
            "känner inte till",
            "don't know",
            "do not know",
            "has no",
            "no upcoming meetings",
            "does not say",
            "do not say",
            "not in the register");

    private MissingAnswer() {}

    /**
     * "Vem skrev …?", "who wrote …": the question opens by asking who made a document, which no overview says ("vem
     * äger HälSam?" is answered by the principals the overview names).
     */
    private static final Pattern OPENS_WITH_WHO = Pattern.compile(
            "(?U)^\\W*(?:\\p{L}+\\W+)?(vem|who)\\b.*\\b(skrev|skrivit|skrevs|författade|undertecknade|tog fram"
                    + "|tagit fram|wrote|written|authored|signed|drew up|drafted)\\b");

    /** Whether the question asks who wrote or made something ("vem skrev översynsdokumentet?"). */
    static boolean asksWhoMadeIt(Utterance u) {
        return OPENS_WITH_WHO.matcher(u.text().toLowerCase(Locale.ROOT)).find();
    }

    /** What an answer says first when the question asks who and nobody is named for it. */
    static String nobodyNamed(Utterance u) {
        return u.say()
                .say(
                        "Det vet jag inte säkert: jag hittar ingen som namnges för det. Det här vet jag:",
                        "I don't know for sure: I find nobody named for that. This is what I know:");
    }

    /**
     * An overview given for want of anything closer ("vem skrev översynsdokumentet i JH?" got what Jämtland
     * Härjedalen is) names no author: it first says that it does not know who.
     */
    public static Reply admitted(Intent intent, Utterance u, Reply reply) {
        if (intent instanceof Intent.About
                && u.all(Mention.OfForum.class).isEmpty()
                && u.all(Mention.OfPerson.class).isEmpty()
                && asksWhoMadeIt(u)
                && !asksBack(reply)
                && !alreadyHonest(reply)) {
            return prefixed(reply, nobodyNamed(u));
        }
        if ((intent instanceof Intent.About || intent instanceof Intent.PersonInfo)
                && u.namesStructureOnly()
                // A count of the structure's parties answers "hur många kommuner deltog …" whatever else it names.
                && !u.asksHowMany()
                && !asksBack(reply)
                && !alreadyHonest(reply)
                && asksBeyond(u, reply)) {
            return prefixed(reply, nothingAnswersJustThat(u));
        }
        return admitted(u, reply);
    }

    /** A word of the question is a word of its subject from this length on; shorter ones are mostly grammar. */
    static final int SUBJECT_WORD = 6;

    /**
     * Words of this length or longer that say how or what is asked, not what about ("berätta om HälSam" asks for
     * the overview).
     */
    private static final java.util.Set<String> ASKING_WORDS = java.util.Set.of(
            "beratta",
            "beskriv",
            "beskriva",
            "forklara",
            "describe",
            "explain",
            "overview",
            "oversikt",
            "information",
            "introduktion",
            "introduction",
            "summary",
            "sammanfattning",
            "egentligen",
            "ungefar",
            "eventuellt",
            "actually",
            "exactly",
            "please",
            "snalla",
            "undrar",
            "wondering",
            "hittar",
            "samverkan",
            "samverkansstruktur",
            "samverkansstrukturen",
            "collaboration",
            "structure",
            "strukturen",
            "struktur");

    /**
     * "Vem är samverkanskoordinator för HälSam?" answered with the overview of HälSam, for want of anything closer:
     * a word of the question's subject that the reply never uses says the overview is not the answer.
     */
    private static boolean asksBeyond(Utterance u, Reply reply) {
        return !unanswered(u, reply.text()).isEmpty();
    }

    /** The words of the question's subject that the text never uses, each less an inflected ending. */
    static List<String> unanswered(Utterance u, String text) {
        String replied = se.samverkansbot.text.Words.normalize(text);
        return subjectWords(u).stream()
                .map(MissingAnswer::stem)
                .filter(stem -> !replied.contains(stem))
                .toList();
    }

    /** The words no name took that say what the question is about, not how it asks. */
    static List<String> subjectWords(Utterance u) {
        return u.unnamedWords().stream()
                .filter(word -> word.length() >= SUBJECT_WORD && !ASKING_WORDS.contains(word))
                .toList();
    }

    /**
     * The word less an inflected ending ("presidiet", "presidium"), not a prefix: a compound ("samverkanskoordinator")
     * is not answered by a reply that uses its first part.
     */
    static String stem(String word) {
        return word.substring(0, Math.min(word.length(), Math.max(SUBJECT_WORD - 1, word.length() - 3)));
    }

    /**
     * Whether a register answer says the register names no one for what was asked ("Registret anger ingen ordförande
     * för SVOM"), read from the wording PeopleAnswers gives it, as the other checks here read replies.
     */
    static boolean namesNone(Reply reply) {
        String text = reply.text();
        return text.startsWith("Registret anger ingen ") || text.startsWith("The register names no ");
    }

    /** Whether the reply asks back (a choice) or already says what it does not know: no answer to extend. */
    public static boolean asksBackOrAdmits(Reply reply) {
        return asksBack(reply) || alreadyHonest(reply);
    }

    /**
     * "Får man arvode för HälSam-mötena?": a question about meetings in general, answered with the forum's calendar
     * and rhythm, which never use the word asked about. Saying first that nothing answers just that keeps the calendar
     * from reading as the answer ("no upcoming meetings" is true, and no answer about fees).
     */
    public static Reply admittedAboutMeetings(Utterance u, Reply reply) {
        String text = reply.text().toLowerCase(Locale.ROOT);
        // Narrower than alreadyHonest: "inga kommande möten" is honest about the calendar, not about what was asked.
        if (asksBack(reply)
                || text.contains("vet inte")
                || text.contains("vet jag inte")
                || text.contains("know")
                || !asksBeyond(u, reply)) {
            return reply;
        }
        return prefixed(reply, nothingAnswersJustThat(u));
    }

    /** The admission before what is known nearby, when what was asked for (a date, a number …) is not in it. */
    private static String noneFound(Utterance u, String swedish, String english) {
        return u.say()
                .say(
                        "Det vet jag inte säkert: jag hittar %s för det. Det här vet jag:",
                        "I don't know for sure: I find %s for that. This is what I know:")
                .formatted(u.say().say(swedish, english));
    }

    /** The admission before what is known nearby, when nothing answers what was asked. */
    private static String nothingAnswersJustThat(Utterance u) {
        return u.say()
                .say(
                        "Det vet jag inte säkert: jag hittar inget som svarar på just det. Det här vet jag:",
                        "I don't know for sure: I find nothing that answers just that. This is what I know:");
    }

    /** The reply, first saying that the date or number asked for is not known when it holds none. */
    public static Reply admitted(Utterance u, Reply reply) {
        if (asksBack(reply) || alreadyHonest(reply)) {
            return reply;
        }
        String question = u.text().toLowerCase(Locale.ROOT);
        if (OPENS_WITH_WHEN.matcher(question).find()
                && !A_DATE.matcher(reply.text()).find()
                // "… så snart som möjligt in på den nya mandatperioden": a time without a date answers "when".
                && !se.samverkansbot.sources.SourceSearch.holdsADate(reply.text())) {
            return prefixed(reply, noneFound(u, "ingen tidpunkt", "no date"));
        }
        // A date is no count: "den 3 juni 2022" answers no "hur många".
        if (u.asksHowMany()
                && !A_NUMBER.matcher(A_DATE.matcher(reply.text()).replaceAll(" "))
                        .find()) {
            return prefixed(reply, noneFound(u, "inget antal", "no number"));
        }
        if (ASKS_HOW_MUCH.matcher(question).find()
                && !AN_AMOUNT
                        .matcher(A_DATE.matcher(reply.text()).replaceAll(" "))
                        .find()) {
            return prefixed(reply, noneFound(u, "inget belopp", "no amount"));
        }
        return placeAdmitted(u, reply);
    }

    /**
     * "Var hölls det gemensamma mötet 3 juni 2022?": neither the register's events nor the documents' passages say
     * where a meeting was held; the date and what was decided there are said after "I find no place".
     */
    public static Reply placeAdmitted(Utterance u, Reply reply) {
        if (asksBack(reply)
                || alreadyHonest(reply)
                || !u.asksWhere()
                || !WAS_HELD.matcher(u.text()).find()
                || TO_COME.matcher(u.text()).find()) {
            return reply;
        }
        return prefixed(reply, noneFound(u, "ingen plats", "no place"));
    }

    /** A meeting that was held: "hölls", "took place", "was … held" (not "will be held", "is held next"). */
    private static final Pattern WAS_HELD =
            Pattern.compile("(?iuU)\\b(hölls|holls|ägde rum|agde rum|took place|träffades|traffades|held)\\b");

    private static final Pattern TO_COME =
            Pattern.compile("(?iuU)\\b(will|is|are|next|upcoming|nästa|nasta|kommande|hålls|halls)\\b");

    private static boolean asksBack(Reply reply) {
        return reply.parts().stream().anyMatch(ReplyPart.Choices.class::isInstance);
    }

    private static boolean alreadyHonest(Reply reply) {
        String text = reply.text().toLowerCase(Locale.ROOT);
        return ALREADY_HONEST.stream().anyMatch(text::contains);
    }

    private static Reply prefixed(Reply reply, String admission) {
        return reply.after(admission);
    }
}
