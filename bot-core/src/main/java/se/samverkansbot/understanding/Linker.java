package se.samverkansbot.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.samverkansbot.register.Language;
import se.samverkansbot.text.Words;

/**
 * Finds what a question names: at each word the longest known phrase that starts there, forgiving
 * inflection and small typos. When several phrases of that length match, the closest ones win; all their
 * mentions are kept, to be narrowed by what the question asks.
 */
public final class Linker {
    private static final int MAX_PHRASE_WORDS = 10;

    /**
     * The words from {@code start} (inclusive) to {@code end} (exclusive) name one of {@code mentions}; a description
     * when every phrase it matched is one ("den politiska samverkan" may be any structure's own).
     */
    public record Match(int start, int end, Set<Mention> mentions, boolean description) {
        public Match(int start, int end, Set<Mention> mentions) {
            this(start, end, mentions, false);
        }

        /**
         * Whether the match only describes or speaks a structure's words ("den politiska samverkan", "kallelserna")
         * rather than names something: it says which structure is meant only where no name does.
         */
        public boolean weak() {
            return description || mentions.stream().allMatch(m -> m instanceof Mention.OfTerm);
        }
    }

    /**
     * English words that never start a name in an English question, unless written as one: folded, "are" is Åre and
     * "berg" is a Swedish word, so an English "who are …" must not be read as a question about Åre kommun. Mostly
     * function words; "run" is the verb ("until when do the seats run?"), where "RUN" is Regionala
     * utvecklingsnämnden.
     */
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "run", "runs", "a", "an", "the", "and", "or", "are", "is", "was", "were", "be", "been", "in", "on", "at",
            "to", "of", "for", "by", "with", "from", "as", "it", "its", "do", "does", "did", "has", "have", "had",
            "who", "what", "when", "where", "which", "why", "how", "many", "much", "there", "this", "that", "these",
            "those", "will", "can", "may", "must", "should", "would", "could", "me", "my", "i", "you", "we", "our",
            "their", "they", "he", "she", "his", "her", "them", "about", "into", "after", "before", "any", "all",
            "some", "not", "no", "up", "out", "if", "so", "than", "then", "also", "just", "only", "each", "per");

    List<Match> link(List<String> words, RegisterIndex index) {
        return link(words, index, Language.SWEDISH, Set.of());
    }

    /**
     * The names the words link to; in an English question an English function word links to nothing.
     *
     * @param writtenAsNames words written with å, ä or ö, or in capitals, folded: none of them is the English word
     *     ("Åre", "RUN")
     */
    List<Match> link(List<String> words, RegisterIndex index, Language language, Set<String> writtenAsNames) {
        List<Match> matches = new ArrayList<>();
        List<String> stems = words.stream().map(Words::stem).toList();
        int i = 0;
        while (i < words.size()) {
            Match best = longestAt(words, stems, i, index);
            if (best != null
                    && language == Language.ENGLISH
                    && ENGLISH_WORDS.contains(words.get(i))
                    && !writtenAsNames.contains(words.get(i))
                    && !(beforeARole(words, i) && namesABody(best))
                    && best.end() - best.start() == 1) {
                // Alone it is the English word; "are kommun" still names Åre kommun.
                best = null;
            }
            if (best == null) {
                i++;
            } else {
                matches.add(best);
                i = best.end();
            }
        }
        return withoutAnotherStructuresPresidium(words, matches);
    }

    /** Words after a board's name that make it one: "the run chair" is RUN's chair. */
    private static final Set<String> ROLES_OF_A_BOARD =
            Set.of("chair", "chairs", "chairman", "chairperson", "board", "committee", "member", "members", "seat");

    /**
     * Whether the match names a board, which a role after it may belong to: "the run chair" is RUN's, but "which of
     * the region's chairs are members" is the verb, not Åre kommun's members.
     */
    private static boolean namesABody(Match match) {
        return match.mentions().stream().anyMatch(mention -> mention instanceof Mention.OfBody);
    }

    private static boolean beforeARole(List<String> words, int i) {
        return i + 1 < words.size() && ROLES_OF_A_BOARD.contains(words.get(i + 1));
    }

    /** Words for a forum's own presidium, which one structure's register names as a forum of its own. */
    static final Set<String> PRESIDIUM_WORDS = Set.of("presidium", "presidiet", "presidiets", "presidie");

    /**
     * "SocSam presidiet", "BUZ:s presidium", "presidiet i SocSam": the presidium of the forum named beside it, not
     * the forum another structure calls "Presidiet" (HälSams presidium). Answering about that one was a confident
     * answer about the wrong structure; without it the question is about the forum it names.
     */
    private static List<Match> withoutAnotherStructuresPresidium(List<String> words, List<Match> matches) {
        List<Match> kept = new ArrayList<>(matches);
        for (Match match : matches) {
            if (match.end() - match.start() != 1 || !PRESIDIUM_WORDS.contains(words.get(match.start()))) {
                continue;
            }
            Set<String> own = structuresOfForums(match);
            boolean besideAnother = matches.stream()
                    .filter(other -> other != match)
                    .filter(other ->
                            Math.abs(other.end() - match.start()) <= 2 || Math.abs(match.end() - other.start()) <= 2)
                    .map(Linker::structuresOfForums)
                    .anyMatch(structures -> !structures.isEmpty() && java.util.Collections.disjoint(structures, own));
            if (!own.isEmpty() && besideAnother) {
                kept.remove(match);
            }
        }
        return kept;
    }

    private static Set<String> structuresOfForums(Match match) {
        return match.mentions().stream()
                .filter(Mention.OfForum.class::isInstance)
                .map(m -> ((Mention.OfForum) m).structure().id())
                .collect(java.util.stream.Collectors.toSet());
    }

    private Match longestAt(List<String> words, List<String> stems, int start, RegisterIndex index) {
        int bestLength = 0;
        int bestScore = 0;
        Set<Mention> best = new LinkedHashSet<>();
        boolean description = true;
        for (String first : index.vocabulary().matches(words.get(start))) {
            for (Phrase phrase : index.phrasesStartingWith(first)) {
                int length = phrase.words().size();
                if (length > MAX_PHRASE_WORDS || start + length > words.size() || length < bestLength) {
                    continue;
                }
                int score = score(words, stems, start, phrase);
                if (score < 0) {
                    continue;
                }
                if (length > bestLength || score > bestScore) {
                    bestLength = length;
                    bestScore = score;
                    best = new LinkedHashSet<>();
                    description = true;
                }
                if (score == bestScore) {
                    best.add(phrase.mention());
                    description &= phrase.description();
                }
            }
        }
        return bestLength == 0 ? null : new Match(start, start + bestLength, best, description);
    }

    /** A short name no ending changes. */
    private static final int SHORT_NAME = 4;

    /**
     * Whether the typed word is the known one inflected. A short word that is its own stem is a name ("Åre", "Berg",
     * "RUN"), which takes only the genitive "s": "arena" and "berget" are other words that merely stem alike.
     */
    private static boolean inflects(String typed, String known, String knownStem) {
        return !(known.equals(knownStem) && known.length() <= SHORT_NAME) || typed.equals(known + "s");
    }

    /** How closely the words match the phrase: 3 a word for exact, 2 for the same stem, 1 for a typo; -1 for no match. */
    private static int score(List<String> words, List<String> stems, int start, Phrase phrase) {
        int score = 0;
        for (int k = 0; k < phrase.words().size(); k++) {
            String typed = words.get(start + k);
            String known = phrase.words().get(k);
            String typedStem = stems.get(start + k);
            String knownStem = phrase.stems().get(k);
            if (typed.equals(known)) {
                score += 3;
            } else if (typedStem.equals(knownStem)) {
                if (!inflects(typed, known, knownStem)) {
                    return -1;
                }
                score += 2;
            } else if (Words.sameWord(typed, typedStem, known, knownStem)) {
                score += 1;
            } else {
                return -1;
            }
        }
        return score;
    }
}
