package se.samverkansbot.answers;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.AdminSupport;
import se.samverkansbot.register.Structure;
import se.samverkansbot.text.Words;
import se.samverkansbot.understanding.Utterance;

/**
 * "Vad får översynen kosta?": a cost asked of something the documents speak of but price nowhere. The only money the
 * register and the documents hold is the administrative support's cost table; given here, it reads as the cost of
 * what was asked. So the reply says that this cost is not given, and what is.
 */
final class CostNotGiven {
    /**
     * Words that ask how much, or what an amount is made of, not of what: "vad kostar det totalt per år?" and "do the
     * cost figures include overhead?" ask of the support's table.
     */
    private static final Set<String> AMOUNT_WORDS = Set.of(
            "figure",
            "figures",
            "numbers",
            "amount",
            "amounts",
            "estimate",
            "siffror",
            "siffrorna",
            "belopp",
            "beloppet",
            "berakning",
            "berakningen",
            "kalkyl",
            "kalkylen",
            "include",
            "includes",
            "included",
            "including",
            "inkluderar",
            "inkluderas",
            "inkluderad",
            "omfattar",
            "innefattar",
            "contain",
            "contains",
            "consist",
            "consists",
            "mycket",
            "totalt",
            "sammanlagt",
            "ungefar",
            "arligen",
            "pengar",
            "kronor",
            "miljoner",
            "annual",
            "annually",
            "yearly",
            "overall",
            "approximately",
            "roughly",
            "altogether",
            "money",
            "million",
            "millions");

    private CostNotGiven() {}

    /**
     * Whether a word of the question's subject is one of the documents' that the cost table never uses, in any of its
     * Swedish words: the table is not what was asked about.
     */
    static boolean asksOfSomethingElse(
            Utterance u, List<Structure> about, Function<String, List<String>> documentsWords) {
        String costed = Words.normalize(about.stream()
                .map(Structure::adminSupport)
                .filter(Objects::nonNull)
                .map(CostNotGiven::whatIsCosted)
                .collect(Collectors.joining(" ")));
        Set<String> costedWords = Set.copyOf(Words.tokens(costed));
        // With no table, the reply already says the register has none.
        return !costed.isEmpty()
                && MissingAnswer.subjectWords(u).stream()
                        .filter(word -> !isAboutMoney(word) && !AMOUNT_WORDS.contains(word))
                        .map(documentsWords)
                        .anyMatch(swedish -> !swedish.isEmpty()
                                && swedish.stream()
                                        .map(Words::normalize)
                                        .filter(w -> !isAboutMoney(w))
                                        .noneMatch(w -> w.length() < SWEDISH_WORD
                                                // A short word is the table's only as a word of its own: "OH"
                                                // (overhead) is, the "över" of "se över" (review) is not.
                                                ? costedWords.contains(w)
                                                : costed.contains(MissingAnswer.stem(w))));
    }

    /** A Swedish word from this length on is matched less its inflected ending; a shorter one only whole. */
    private static final int SWEDISH_WORD = 5;

    /**
     * What the table puts a cost on: the levels it serves, each line's level and post, and what its total is made of
     * ("lönekostnader"); not the support's tasks, whose "möten" would answer "what does the joint meeting cost?".
     */
    private static String whatIsCosted(AdminSupport support) {
        StringBuilder text = new StringBuilder("administrativt stöd administrative support ");
        support.covers().forEach(level -> text.append(level).append(' '));
        support.costs()
                .forEach(line -> text.append(line.level())
                        .append(' ')
                        .append(line.resource())
                        .append(' '));
        return text.append(support.comment() == null ? "" : support.comment()).toString();
    }

    /** Whether the word speaks of money: "kostar", "costs", "budgeten", "avsatt". */
    static boolean isAboutMoney(String word) {
        return word.startsWith("kost")
                || word.startsWith("cost")
                || word.startsWith("budget")
                || word.startsWith("avsat");
    }

    /** That the documents give no cost for what was asked, and that the support's cost is what they do give. */
    static Reply reply(Utterance u) {
        return Reply.plain(
                u.say()
                        .say(
                                "Det vet jag inte: dokumenten anger ingen kostnad för det du frågar om. Det enda de har"
                                        + " om pengar är en beräkning av vad samverkans administrativa stöd kostar per år;"
                                        + " fråga om stödets kostnad så visar jag den.",
                                "I don't know: the documents give no cost for what you ask about. All they have on money"
                                        + " is an estimate of what the collaboration's administrative support costs a"
                                        + " year; ask about the support's cost and I will show it."),
                u.language());
    }
}
