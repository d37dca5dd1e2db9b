package se.samverkansbot.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import se.samverkansbot.register.Language;
import se.samverkansbot.register.Milestone;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.SourceDocument;
import se.samverkansbot.register.Structure;

/**
 * Finds the passage of the source documents that a question is about, with Lucene: BM25 over passages analysed
 * by {@link PassageAnalyzer}, with a typo allowed in longer words. A hit counts only when it covers enough of
 * what the question asks about ({@link #MIN_COVERAGE} of its content words, at least {@link #MIN_MATCHED}), so
 * a passage that shares one word with the question is never offered as the answer. English questions are put
 * into Swedish word by word first ({@link EnglishToSwedish}): the documents are Swedish. The index is built once
 * per register.
 */
public final class SourceSearch {
    static final double MIN_COVERAGE = 0.6;
    static final int MIN_MATCHED = 2;

    /**
     * Where the documents give reasons: a section on the background or the grounds, or a sentence that says
     * "skäl", "eftersom", "därför", "för att uppnå".
     */
    private static final Pattern REASONED_HEADING = Pattern.compile("(?iu)bakgrund|skäl|motiv|orsak|varför");

    private static final Pattern REASONED_TEXT = Pattern.compile(
            "(?iuU)\\b(skäl|skälen|skälet|eftersom|därför|anledning|orsaken|för att uppnå|bedömdes behövas)\\b");
    /**
     * "Vem ska göra översynen?", "vilka fick uppdraget att …", "who carries out …": a question for whom a task is
     * given. Who with another verb ("vilka skulle äga den lokala samverkan?") is not: a passage giving some task to
     * someone is no better an answer to it. "Vilka" asks who only before a verb: "vilka horisontella uppdrag nämns?"
     * asks which tasks.
     */
    private static final Pattern ASKS_WHO =
            Pattern.compile("(?iuU)^\\W*(vem|who|vilka(?=\\s+(ska|skall|skulle|fick|får|far"
                    + "|har|hade|är|ar|var|blev|blir|kommer|ansvarar|leder|genomför|genomfor|gör|gor|tar|tog)\\b)"
                    // "Which two organisations are to carry out the review?", "vilka två parter ska …": who, of a kind.
                    + "|(which|vilka|vilken|vilket)\\s+((two|three|två|tva|tre|\\d)\\s+)?(organisations?|organizations?"
                    + "|bodies|body|parties|party|organ|organisationer|parter|instans|instanser))\\b");

    /**
     * "Är det Fredaggruppen som ska göra översynen?", "is it SVOM that decides …?": who does something, asked as a
     * guess to confirm. The one guessed is group 1.
     */
    private static final Pattern GUESSED_WHO = Pattern.compile(
            "(?iu)^\\W*(?:är|ar|var|is|was)\\s+(?:det|it)\\s+(?:inte\\s+|not\\s+)?(\\S+(?:\\s+\\S+){0,3}?)\\s+(?:som|who|that)\\s");

    /**
     * "Vem ansvarar för temamötet om äldre, är det länssamordningsgruppen?", "who prepares SVOM, is it Fredaggruppen?":
     * a question asked first, then a guess at its answer. The one guessed is group 1; the question before it needs a
     * question word of its own, or the guess is the whole question.
     */
    private static final Pattern GUESSED_AFTER = Pattern.compile(
            "(?iuU)^\\W*(?:vem|vilka|vilken|vilket|vad|när|nar|hur|var|who|which|what|when|how|where)\\b.+?[,;–-]\\s*"
                    + "(?:eller\\s+|or\\s+)?(?:är|ar|is)\\s+(?:det|it)\\s+(?:inte\\s+|not\\s+)?(?:the\\s+)?(\\S+(?:\\s+\\S+){0,3}?)"
                    + "\\s*\\?\\s*$");

    private static final Pattern A_TASK = Pattern.compile(
            "(?iuU)\\b(göra|gora|gör|genomföra|genomfora|genomför|utföra|utfora|utför|ta fram|leda|leder|sköta|skota"
                    + "|sköter|ansvara|ansvarar|uppdrag\\p{L}*|carry out|carries out|conduct|conducts|perform|performs"
                    + "|lead|leads|in charge|responsible)\\b");

    /** "Vem föreslog översynen?", "who proposed the review?": who proposes, which a passage says as a verb. */
    private static final Pattern A_PROPOSAL = Pattern.compile(
            "(?iuU)\\b(föreslog|föreslår|föreslagit|foreslog|foreslar|foreslagit|rekommenderade|rekommenderar"
                    + "|proposed|proposes|propose|suggested|recommended|recommends)\\b");

    /**
     * A passage where someone proposes: "SVOM föreslår Regionens samverkansråd (RSR)". Not the noun: "att ta fram
     * förslag till ny struktur" says what is to be proposed, not who proposes it.
     */
    private static final Pattern PROPOSES =
            Pattern.compile("(?iuU)\\b(föreslår|föreslog|föreslagit|rekommenderar|rekommenderade)\\b");

    private static boolean asksWhoProposed(String question) {
        return (ASKS_WHO.matcher(question).find()
                        || GUESSED_WHO.matcher(question).find())
                && A_PROPOSAL.matcher(question).find();
    }

    private static boolean asksWhoDoesIt(String question) {
        return (ASKS_WHO.matcher(question).find()
                        || GUESSED_WHO.matcher(question).find())
                && A_TASK.matcher(question).find();
    }

    /** A passage that gives someone a task: "… uppdras att genomföra en översyn", "ansvarar för", "leds av". */
    private static final Pattern ASSIGNS = Pattern.compile(
            "(?iuU)\\b(uppdras|uppdrogs|får i uppdrag|fick i uppdrag|ges i uppdrag|gavs i uppdrag|ansvarar för"
                    + "|ansvarade för|ansvarig för|genomförs av|leds av|sammankallas av)\\b");

    /**
     * A passage that lays a duty on a member or a board: "varje organisation har ansvar för att inför och efter
     * beredande beslut i Hälsam förankra med sin majoritet och opposition". Not "har ansvar för ett strategiskt
     * område", which says what someone leads.
     */
    private static final Pattern LAYS_A_DUTY =
            Pattern.compile("(?iuU)\\b(ansvar för att|ansvarar för att|förankra|förankras)\\b");

    /** Not after an abbreviation: "… gemensamt möte 3/6 kl. 9" is one sentence, and so is "inkl. OH". */
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?U)(?<=[.!?])(?<!\\b(?:kl|inkl|ca|resp)\\.)\\s+(?=[A-ZÅÄÖ0-9])");

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-•–*]\\s+.*");
    private static final Pattern POINTS_BACK =
            Pattern.compile("(?iuU)^(\\S+\\s+){0,5}(dessa|denna|detta|desamma|these|this)\\b");
    /** How many of BM25's best passages are weighed by how much of the question they cover. */
    private static final int CANDIDATES = 10;

    private static final String STRUCTURE = "structure";
    private static final String TEXT = "text";
    private static final String ORDINAL = "ordinal";

    /**
     * A passage that answers, how much of the question it covers, and the excerpt to quote: the sentences or list
     * items of the passage that carry the question's words, not the whole passage around them.
     */
    public record Found(Passage passage, double coverage, int matched, String excerpt, Found alongside) {
        public Found(Passage passage, double coverage, int matched, String excerpt) {
            this(passage, coverage, matched, excerpt, null);
        }
    }

    private final Supplier<Register> register;
    private final PassageAnalyzer analyzer = new PassageAnalyzer();
    private final SwedishParaphrases paraphrases = new SwedishParaphrases(this::terms);
    private volatile Indexed indexed;

    public SourceSearch(Supplier<Register> register) {
        this.register = register;
    }

    /**
     * The best passage for the question among the given structures' documents (all when none is given), if it
     * covers enough of the question.
     */
    public Optional<Found> find(String question, Language language, Collection<String> structureIds) {
        return find(question, language, structureIds, true);
    }

    /**
     * A statement before the sentence that asks: "Nu går mandatperioden ut 31/12. När ska det nya HälSam-presidiet
     * väljas?" The statement's words are context, not what is asked.
     */
    private static final Pattern STATED_BEFORE_ASKED =
            Pattern.compile("^([^?]*[.!])\\s+(\\p{Lu}[^?]*\\?.*)$", Pattern.DOTALL);

    /**
     * @param typos whether a typo in a longer word may match; not when the passage is to overrule an intent
     */
    public Optional<Found> find(String question, Language language, Collection<String> structureIds, boolean typos) {
        Optional<Found> whole = findFor(question, language, structureIds, typos);
        java.util.regex.Matcher stated = STATED_BEFORE_ASKED.matcher(question);
        if (!stated.matches()) {
            return whole;
        }
        // The passage that answers all the asking sentence asks, when the whole message found another: with "går ut
        // 31/12" and "mandatperioden" counted, SocialReKo's end "2022-12-31" outscored the passage on when the
        // presidium is chosen ("så snart som möjligt in på den nya mandatperioden").
        Optional<Found> asked = findFor(stated.group(2), language, structureIds, typos)
                .filter(found -> found.coverage() >= 1 && found.matched() > MIN_MATCHED);
        if (asked.isEmpty()
                || whole.isPresent() && whole.get().passage().equals(asked.get().passage())) {
            return whole;
        }
        return asked;
    }

    private Optional<Found> findFor(
            String question, Language language, Collection<String> structureIds, boolean typos) {
        Indexed index = index();
        if (index.passages.isEmpty()) {
            return Optional.empty();
        }
        List<Set<String>> terms = asked(question, language, index);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        // Exact stems first; a typo in a longer word is looked for only when they find no answer, as fuzzy
        // matching walks the whole term dictionary (measured: the larger part of the time at national scale).
        boolean asksWhy =
                se.samverkansbot.understanding.Utterance.WHY.matcher(question).find();
        // A passage that gives reasons for a "why" or a task for a "who" counts one word more; without those, a
        // passage must hold two of the question's words to answer, and one word asked finds none worth searching
        // for. (Requiring two words of BM25 itself measured slower: document questions' p50 2.8 -> 5.3 ms.)
        if (terms.size() < MIN_MATCHED && !asksWhy && !asksWhoDoesIt(question)) {
            return Optional.empty();
        }
        Optional<Found> exact =
                search(index, reasons(asksWhy, query(terms, structureIds, concept -> false)), terms, question);
        // And only for the words of the question that are in no document as written: one that is there is no typo
        // (and a passage with a neighbour of it still counts it covered, see covers). Looking for the neighbours of
        // words the documents hold made questions with no answer the slowest: the national benchmark's "when"
        // questions over text with the seed documents' word frequencies, p99 20 -> 10 ms.
        if (exact.isPresent() || !typos) {
            return exact;
        }
        List<Set<String>> mayBeTypos = terms.stream()
                .filter(concept ->
                        !inDocuments(index, concept) && concept.stream().anyMatch(SourceSearch::typoMayBeIn))
                .toList();
        return mayBeTypos.isEmpty()
                ? exact
                : search(index, reasons(asksWhy, query(terms, structureIds, mayBeTypos::contains)), terms, question);
    }

    /** A typo is looked for only in a longer word: in a short one, one letter off is another word. */
    private static final int MIN_TYPO_LENGTH = 6;

    private static boolean typoMayBeIn(String term) {
        return term.length() >= MIN_TYPO_LENGTH && !term.contains(BOTH);
    }

    /**
     * What the question asks about, as concepts: each the stems one asked word may be found as (a Swedish word with
     * and without its definite ending, an English word's Swedish equivalents). Structure names are left out: they
     * choose the documents, they are not what is asked.
     */
    private List<Set<String>> asked(String asking, Language language, Indexed index) {
        String question = WHERE_IT_IS_WRITTEN
                .matcher(QUESTION_NOUN.matcher(asking).replaceAll("$1"))
                .replaceAll(" ");
        List<Set<String>> concepts = new ArrayList<>();
        if (language == Language.ENGLISH) {
            for (EnglishToSwedish.Slot slot : EnglishToSwedish.slots(question)) {
                Set<String> concept = new LinkedHashSet<>();
                for (String alternative : slot.alternatives()) {
                    List<String> stems = terms(alternative);
                    if (slot.translated() && alternative.contains(" ")) {
                        // "review" is "översyn" or "se över": a two-letter word of a phrase ("se") finds any "(se
                        // figur 1)" and is no word of what is asked. A word of its own is ("new" is "ny").
                        stems = stems.stream()
                                .filter(term ->
                                        term.length() > 2 || term.chars().allMatch(Character::isDigit))
                                .toList();
                    }
                    concept.addAll(stems);
                }
                if (!concept.isEmpty() && (slot.translated() || inDocuments(index, concept))) {
                    // An English word the list does not know and the documents do not hold ("comes", "section")
                    // cannot be found in Swedish text: counting it would only make every passage look partial.
                    concepts.add(concept);
                }
            }
        } else {
            for (Set<String> asked : concepts(question)) {
                Set<String> concept = paraphrases.widened(asked);
                if (!inDocuments(index, concept)) {
                    concepts.addAll(compoundParts(index, asked));
                    continue;
                }
                // "samverkansstrukturen" is also said "struktur för samverkan": its parts together cover it.
                List<Set<String>> parts = compoundParts(index, asked);
                if (parts.size() == 2) {
                    concept = new LinkedHashSet<>(concept);
                    concept.add(parts.get(0).iterator().next()
                            + BOTH
                            + parts.get(1).iterator().next());
                }
                concepts.add(concept);
            }
        }
        concepts.removeIf(concept -> concept.stream().anyMatch(index.structureNames::contains));
        // "Är det Fredaggruppen som ska göra översynen?": the one named is a guess to check, not what is asked; a
        // passage naming Fredaggruppen beside "översyn" would be quoted as if it said yes.
        // Likewise a guess after the question: "…, är det länssamordningsgruppen?" made Länsledningen's line on the
        // groups ("ansvarar för processerna … i länsamordningsgrupperna") the answer to who holds the theme meetings.
        for (Pattern guessing : List.of(GUESSED_WHO, GUESSED_AFTER)) {
            java.util.regex.Matcher guess = guessing.matcher(question);
            if (guess.find()) {
                Set<String> guessed = new java.util.HashSet<>(terms(guess.group(1)));
                concepts.removeIf(concept -> !java.util.Collections.disjoint(concept, guessed));
            }
        }
        joinAreaName(concepts);
        List<Set<String>> distinct = new ArrayList<>();
        for (Set<String> concept : concepts) {
            if (distinct.stream().noneMatch(known -> !java.util.Collections.disjoint(known, concept))) {
                distinct.add(concept);
            }
        }
        return distinct;
    }

    /**
     * "Which body initiated …", "vilket organ beslutar …": nouns that, after a question word, ask who, of any kind;
     * they are not what the question is about. As a word to find ("body" is "samverkansorgan") one made the passage
     * that answers ("I september 2009 initierade dåvarande Rådet för regional utveckling …") look partial.
     */
    private static final Set<String> WHO_OF_ANY_KIND = Set.of(
            "body",
            "bodies",
            "organ",
            "instans",
            "instanser",
            "aktör",
            "aktor",
            "entity",
            "organisation",
            "organization");

    private static final Pattern QUESTION_NOUN = Pattern.compile(
            "(?iuU)\\b(which|what|vilket|vilken|vilka)\\s+(?:" + String.join("|", WHO_OF_ANY_KIND) + ")\\b");

    /** Parts of a document, which a quote's citation names: "under vilken rubrik …?". */
    private static final Set<String> DOCUMENT_PARTS =
            Set.of("rubrik", "rubriken", "avsnitt", "avsnittet", "heading", "section");

    /** Whether a word names a part of a document (a heading, a section), which a quote's citation answers. */
    public static boolean isADocumentPart(String word) {
        return DOCUMENT_PARTS.contains(word);
    }

    /**
     * "I vilket dokument hittar jag …", "under vilken rubrik står det att …", "which document says …", "var står det
     * att …": where something is written, which the quote's citation answers. The words that ask it are not what is
     * asked: as words to find, the passage that says the thing covered only part of the question.
     */
    private static final Pattern WHERE_IT_IS_WRITTEN = Pattern.compile("(?iuU)\\b(((i|under|på|pa|in)\\s+)?"
            + "(vilket|vilken|which|what)\\s+(dokument|dokumentet|document|" + String.join("|", DOCUMENT_PARTS) + ")"
            + "(\\s+(hittar|finner|ser|läser|laser)\\s+(jag|man|vi)|\\s+(do|can)\\s+(i|we)\\s+(find|read|see))?"
            + "(\\s+(står|stor|nämns|namns|says|say|mentions|mention)(\\s+det)?(\\s+(att|that))?)?"
            + "|(var|where)\\s+((i\\s+dokumenten|in\\s+the\\s+documents)\\s+)?(står|stor|does\\s+it\\s+say|is\\s+it"
            + "\\s+written)(\\s+det)?(\\s+(att|that))?)\\b");

    /** Whether the question asks where something is written: in which document, under which heading. */
    public static boolean asksWhereItIsWritten(String question) {
        return WHERE_IT_IS_WRITTEN.matcher(question).find();
    }

    /** Whether a word asked after "vilket", "which" asks who, of any kind of party ("vilket organ …"). */
    public static boolean asksWhoOfAnyKind(String word) {
        return WHO_OF_ANY_KIND.contains(word);
    }

    /**
     * "Barn och unga" is one name, of a strategic area, not two words of the question: counted as two, any passage
     * naming the area (there are many) covered as much as one naming what is asked about it ("vem ansvarar för
     * temamötet om barn och unga?" got Länsledningen's processes, not the presidium's theme meetings).
     */
    private void joinAreaName(List<Set<String>> concepts) {
        List<Set<String>> areaName = areaNameStems();
        Set<String> children = areaName.get(0);
        Set<String> young = areaName.get(1);
        int first = -1;
        int second = -1;
        for (int k = 0; k < concepts.size(); k++) {
            if (!java.util.Collections.disjoint(concepts.get(k), children)) {
                first = k;
            } else if (!java.util.Collections.disjoint(concepts.get(k), young)) {
                second = k;
            }
        }
        if (first >= 0 && second >= 0) {
            Set<String> area = new LinkedHashSet<>(concepts.get(first));
            area.addAll(concepts.get(second));
            concepts.set(first, area);
            concepts.remove(second);
        }
    }

    /** A compound's parts are words of their own when each is at least this long. */
    private static final int MIN_PART = 4;

    /**
     * A Swedish compound the documents do not use, as the two words they do use: "översynsförslaget" is asked of a
     * passage about "förslaget" in "översynen", "tjänstemannaberedningar" of one about "beredningar". The split
     * keeps the longest head that is a word of the documents, with or without the linking "s" of the first part.
     * Only the question is split, not the index: splitting the documents' own compounds measured worse. A word with
     * no such split stays as it was.
     */
    private List<Set<String>> compoundParts(Indexed index, Set<String> concept) {
        String word = concept.iterator().next();
        for (int cut = MIN_PART; cut <= word.length() - MIN_PART; cut++) {
            Set<String> head = new LinkedHashSet<>(terms(word.substring(cut)));
            if (head.isEmpty() || !inDocuments(index, head)) {
                continue;
            }
            String modifier = word.substring(0, cut);
            for (String form :
                    modifier.endsWith("s") ? List.of(modifier, modifier.substring(0, cut - 1)) : List.of(modifier)) {
                Set<String> first = new LinkedHashSet<>(terms(form));
                if (form.length() >= MIN_PART && !first.isEmpty() && inDocuments(index, first)) {
                    return List.of(first, head);
                }
            }
        }
        return List.of(concept);
    }

    /** Whether the source documents use the word (as the analyser sees it) anywhere, or it is a stop word. */
    public boolean mentions(String word) {
        if (EnglishToSwedish.knows(word)) {
            // An English word of the documents' vocabulary ("Steering", "Group") is not a name.
            return true;
        }
        List<String> stems = terms(word);
        // A stop word ("INTE" written for emphasis) is a word of the language, not a name.
        return stems.isEmpty() || inDocuments(index(), new LinkedHashSet<>(stems));
    }

    /**
     * The documents' Swedish words a question word stands for: an English word of the word list as its Swedish words,
     * a word of the documents as itself; none for a stop word or a word the documents never use.
     */
    public List<String> documentsWordsFor(String word) {
        Optional<List<String>> swedish = EnglishToSwedish.swedish(word);
        if (swedish.isPresent()) {
            return swedish.get().stream()
                    .flatMap(alternative -> java.util.Arrays.stream(alternative.split(" ")))
                    .filter(alternative -> !terms(alternative).isEmpty())
                    .toList();
        }
        boolean theirs = !terms(word).isEmpty() && (mentions(word) || isACompoundOfTheirs(word));
        return theirs ? List.of(word) : List.of();
    }

    private static final Pattern DECIMAL = Pattern.compile("(?U)\\b\\d+[.,]\\d+\\b");

    /** The amounts a question names ("0,4 mnkr", "the 3.4 million"), written with the documents' decimal comma. */
    public static java.util.stream.Stream<String> amountsIn(String question) {
        return DECIMAL.matcher(question).results().map(amount -> amount.group().replace('.', ','));
    }

    /**
     * Whether the question names an amount the documents hold: such a question is about the passage that holds it,
     * whatever its other words.
     */
    public boolean mentionsAnAmountIn(String question) {
        return amountsIn(question).anyMatch(this::mentions)
                // "Vilken tjänst är budgeterad på 100%?": a share of a post, as the cost table writes it.
                || PERCENT.matcher(question).results().anyMatch(share -> mentions(share.group(1) + "%"));
    }

    private static final Pattern PERCENT = Pattern.compile("(?iU)\\b(\\d{1,3})\\s*(?:%|procent|percent\\b)");

    /**
     * Whether an English phrase of the word list is one the documents speak of, in any of its Swedish words: "political
     * party" is a "parti", of which they never speak, though "political" and "party" each are words of theirs. Empty
     * when the list does not have the phrase.
     */
    public Optional<Boolean> mentionsTheSwedishOf(String englishPhrase) {
        return EnglishToSwedish.swedish(englishPhrase)
                .filter(swedish -> !swedish.isEmpty())
                .map(swedish -> swedish.stream()
                        .flatMap(alternative -> java.util.Arrays.stream(alternative.split(" ")))
                        // A stop word of an alternative ("för") says nothing of what the phrase means.
                        .filter(word -> !terms(word).isEmpty())
                        .anyMatch(this::mentionsAlike));
    }

    /**
     * Whether the documents use the word, one a typo away from it, or both parts of it as a compound: "kommunr"
     * and "temamötesplanen" are words of the documents, so a question about them is not about something they lack.
     */
    public boolean mentionsAlike(String word) {
        if (mentions(word)) {
            return true;
        }
        Indexed index = index();
        Set<String> concept = new LinkedHashSet<>(terms(word));
        return concept.stream().anyMatch(term -> typoOf(index, term))
                || isACompoundOfTheirs(word)
                // A word of theirs in other words: "vilka uppgifter har länssamordningsgrupperna?" asks for what the
                // documents call their "uppdrag", which the passage search finds by the same paraphrase.
                || !concept.isEmpty() && inDocuments(index, paraphrases.widened(concept))
                // The genitive: "vilka parters roller …?" asks of the documents' "parter", which the stemmer does
                // not take "parters" back to.
                || word.length() > MIN_PART + 1 && word.endsWith("s") && mentions(word.substring(0, word.length() - 1));
    }

    /**
     * Whether both parts of the word are words of the documents, as a compound: "Jämtlandsdokumentet" is Jämtland's
     * document, no name the documents lack.
     */
    public boolean isACompoundOfTheirs(String word) {
        // Each of the word's terms: "jamtlandsdokumentet" splits nowhere ("dokumentet" is a stop word of questions),
        // its stem "jamtlandsdokument" does.
        Indexed index = index();
        return terms(word).stream()
                .anyMatch(term ->
                        compoundParts(index, new LinkedHashSet<>(List.of(term))).size() == 2);
    }

    private static boolean inDocuments(Indexed index, Set<String> concept) {
        try {
            for (String term : concept) {
                // "tem+mot" (written "tema-möte") is there when both its words are.
                boolean there = true;
                for (String part : partsOf(term)) {
                    there &= index.searcher.getIndexReader().docFreq(new Term(TEXT, part)) > 0;
                }
                if (there) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For a "why", background sections and sentences that give grounds among the candidates: a background often
     * shares only the document's title with the question ("Befolkningen … blir allt fler äldre"), and would not be
     * among the passages BM25 ranks first.
     */
    private Query reasons(boolean asksWhy, Query query) {
        if (!asksWhy) {
            return query;
        }
        BooleanQuery.Builder reasons = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        for (String word : List.of("bakgrund", "skäl")) {
            terms(word).forEach(term -> reasons.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD));
        }
        return reasons.build();
    }

    /** @param typos the concepts whose longer words may be typos, each then also found one letter off */
    private static Query query(
            List<Set<String>> terms, Collection<String> structureIds, java.util.function.Predicate<Set<String>> typos) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (Set<String> concept : terms) {
            boolean mayBeATypo = typos.test(concept);
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            for (String term : concept) {
                if (term.contains(BOTH)) {
                    BooleanQuery.Builder both = new BooleanQuery.Builder();
                    for (String part : partsOf(term)) {
                        both.add(new TermQuery(new Term(TEXT, part)), BooleanClause.Occur.MUST);
                    }
                    alternatives.add(both.build(), BooleanClause.Occur.SHOULD);
                    continue;
                }
                alternatives.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
                if (mayBeATypo && typoMayBeIn(term)) {
                    alternatives.add(
                            new BoostQuery(new FuzzyQuery(new Term(TEXT, term), 1, 2), 0.5f),
                            BooleanClause.Occur.SHOULD);
                }
            }
            words.add(alternatives.build(), BooleanClause.Occur.SHOULD);
        }
        Query query = words.build();
        if (!structureIds.isEmpty()) {
            BooleanQuery.Builder within = new BooleanQuery.Builder();
            structureIds.forEach(id -> within.add(new TermQuery(new Term(STRUCTURE, id)), BooleanClause.Occur.SHOULD));
            query = new BooleanQuery.Builder()
                    .add(query, BooleanClause.Occur.MUST)
                    .add(within.build(), BooleanClause.Occur.FILTER)
                    .build();
        }
        return query;
    }

    /**
     * The best-scoring candidates. Only these are read, so Lucene need not count every passage that matches: with
     * the total-hits threshold at the number asked for, it skips blocks of passages that cannot reach the top
     * (block-max pruning), where the default threshold of 1 000 scores nearly every passage of a national index.
     */
    private static ScoreDoc[] topCandidates(Indexed index, Query query) throws IOException {
        return index.searcher.search(query, new TopScoreDocCollectorManager(CANDIDATES, null, CANDIDATES)).scoreDocs;
    }

    private Optional<Found> search(Indexed index, Query query, List<Set<String>> terms, String question) {
        Asks asks = Asks.in(question);
        boolean asksWhen = asks.when();
        boolean asksWhy = asks.why();
        boolean asksWhoProposed = asksWhoProposed(question);
        boolean asksWho = asksWhoDoesIt(question) || asksWhoProposed;
        boolean asksADuty = se.samverkansbot.understanding.Utterance.ASKS_A_DUTY
                .matcher(question)
                .find();
        boolean asksNot = asks.not();
        try {
            // BM25 finds the candidates; the one covering most of the question wins (BM25 alone lets one rare
            // word outweigh the rest), and for a "when" question one that holds a date, then BM25's order.
            Found best = null;
            boolean bestDated = false;
            boolean bestOnTopic = true;
            boolean namesAForum = namesAForum(index, terms);
            Set<String> askedTerms = new java.util.HashSet<>();
            terms.forEach(askedTerms::addAll);
            int bestWords = 0;
            java.util.BitSet bestCovered = new java.util.BitSet();
            boolean tiedElsewhere = false;
            Found rival = null;
            java.util.BitSet rivalCovered = null;
            List<Hit> seen = new ArrayList<>();
            for (ScoreDoc hit : topCandidates(index, query)) {
                int ordinal = index.ordinalOfDoc[hit.doc];
                Passage passage = index.passages.get(ordinal);
                Set<String> passageTerms =
                        new LinkedHashSet<>(terms(passage.document().title() + " " + passage.heading() + " "
                                + passage.text() + " " + index.glosses.get(ordinal)));
                // A "why" is answered where the documents give reasons: that counts as one more word of the
                // question covered, so the background beats a paragraph that merely repeats the question's words.
                boolean givesReasons = asksWhy && reasoned(passage);
                java.util.BitSet covered = new java.util.BitSet(terms.size());
                for (int t = 0; t < terms.size(); t++) {
                    if (covers(passageTerms, terms.get(t))) {
                        covered.set(t);
                    }
                }
                int words = covered.cardinality();
                // Likewise a "who does it" is answered where someone is given the task: "vem ska göra översynen?"
                // holds one word to find (the rest are stop words), which every passage of the review shares.
                // And for "who proposed", where someone proposes ("SVOM föreslår RSR …"), not where a proposal is
                // named.
                boolean givesTask = asksWho
                        && (asksWhoProposed ? PROPOSES : ASSIGNS)
                                .matcher(passage.text())
                                .find();
                int matched = words + (givesReasons ? 1 : 0) + (givesTask ? 1 : 0);
                int asked = terms.size() + (asksWhy ? 1 : 0) + (asksWho ? 1 : 0);
                // On a tie, one that holds a date for "when", one that gives reasons for "why", one that gives
                // someone the task for "who" ("vem ska göra översynen?": the decision that assigns it, not the
                // paragraph on what the review is for).
                // And for a question asked in the negative ("what should the review NOT include?"), one that says
                // what is not: "Uppdraget bör inte omfatta:" beside "Förslaget ska klargöra:" under one heading.
                boolean dated = asksWhen && DatedText.holdsADate(passage.text())
                        || givesReasons && opensItsSection(index, ordinal)
                        || givesTask
                        // And "vad förväntas jag göra före och efter ett möte?" where a duty is laid ("har ansvar
                        // för att … förankra"), not where the chairs "ansvarar för de mötena".
                        || asksADuty && LAYS_A_DUTY.matcher(passage.text()).find()
                        || asksNot && NEGATION.matcher(passage.text()).find();
                seen.add(new Hit(passage, matched, ordinal));
                // Then one that does not open with another forum as its subject: "what are the county coordination
                // groups to follow up?" is not answered by Länsledningen's line that it follows up "utvecklingen som
                // sker i länsamordningsgrupperna".
                // Only a question that names a forum: "vilka att-satser föreslås?" is answered by "Social ReKo
                // föreslår … att-satser".
                boolean onTopic = !namesAForum || !opensWithAnotherForum(index, passage, askedTerms);
                // Two structures tie only on as many of the question's own words: a background that shares one
                // word and gives reasons does not tie with the passage that names what is asked about ("Why was
                // ÄOC paused?" tied with another structure's background and got no answer).
                boolean sameWords = best != null && matched == best.matched() && words == bestWords;
                if (best == null
                        || matched > best.matched()
                        || matched == best.matched() && dated && !bestDated
                        || matched == best.matched() && dated == bestDated && onTopic && !bestOnTopic) {
                    tiedElsewhere = sameWords && !best.passage().structureId().equals(passage.structureId());
                    rival = tiedElsewhere ? best : null;
                    rivalCovered = tiedElsewhere ? bestCovered : null;
                    best = new Found(passage, Math.min(1.0, (double) matched / asked), matched, "");
                    bestDated = dated;
                    bestOnTopic = onTopic;
                    bestWords = words;
                    bestCovered = covered;
                } else if (sameWords
                        && dated == bestDated
                        && !best.passage().structureId().equals(passage.structureId())) {
                    tiedElsewhere = true;
                    if (rival == null) {
                        rival = new Found(passage, Math.min(1.0, (double) matched / asked), matched, "");
                        rivalCovered = covered;
                    }
                }
            }
            if (tiedElsewhere && rival != null) {
                int rareOnlyHere = rareOnlyIn(index, terms, bestCovered, rivalCovered);
                int rareOnlyThere = rareOnlyIn(index, terms, rivalCovered, bestCovered);
                if (rareOnlyHere > 0 && rareOnlyThere == 0) {
                    tiedElsewhere = false;
                } else if (rareOnlyThere > 0 && rareOnlyHere == 0) {
                    tiedElsewhere = false;
                    best = rival;
                }
            }
            Found chosen = best;
            if (tiedElsewhere && rival != null) {
                // Two structures' documents answer equally well: quoting one would be a guess about which is meant,
                // so both are quoted, each with its document.
                Found other = rival;
                return Optional.of(best)
                        .filter(found -> found.matched() >= MIN_MATCHED && found.coverage() >= MIN_COVERAGE)
                        .map(found -> new Found(
                                found.passage(),
                                found.coverage(),
                                found.matched(),
                                quoted(index, chosen, seen, terms, asks),
                                new Found(
                                        other.passage(),
                                        other.coverage(),
                                        other.matched(),
                                        quoted(index, other, seen, terms, asks))));
            }
            return Optional.ofNullable(best)
                    .filter(found -> found.matched() >= MIN_MATCHED
                            && (found.coverage() >= MIN_COVERAGE
                                    || (double) found.matched()
                                                    / (findable(index, terms) + (asksWhy ? 1 : 0) + (asksWho ? 1 : 0))
                                            >= MIN_COVERAGE))
                    .map(found -> new Found(
                            found.passage(),
                            found.coverage(),
                            found.matched(),
                            quoted(index, chosen, seen, terms, asks),
                            asksWhy
                                    ? otherBackground(index, chosen, seen, terms)
                                            .orElse(null)
                                    : null))
                    .map(found -> found.alongside() != null
                            ? found
                            : wholeLineElsewhere(index, found).orElse(found));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern A_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(19|20)\\d{2}(?![\\p{L}\\p{N}])");

    /** A date as the decisions write it, "220501": the year is its first two digits. */
    private static final Pattern A_SHORT_DATE =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{2})[01]\\d[0-3]\\d(?![\\p{L}\\p{N}])");

    /**
     * Whether the passage, with its document's date, can be of the year a question speaks of: it says no year at all,
     * or it says that one. "Vad beslutade kommunfullmäktige om investeringen i äldreomsorgscenter 2021?" is not
     * answered by the decision of 28 November 2022, however many of the other words it shares.
     */
    public static boolean mayBeOf(Passage passage, int year) {
        Set<Integer> years = yearsOf(passage);
        return years.isEmpty() || years.contains(year);
    }

    /** The years a passage states, with its document's date ("220501" is 2022); none when it states none. */
    public static java.util.SortedSet<Integer> yearsOf(Passage passage) {
        String where = passage.document().citation() + " " + passage.heading() + " " + passage.text();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        A_YEAR.matcher(where).results().forEach(found -> years.add(Integer.valueOf(found.group())));
        A_SHORT_DATE.matcher(where).results().forEach(date -> years.add(2000 + Integer.parseInt(date.group(1))));
        return years;
    }

    /** The same found passage, as at most the nearest thing found. */
    public static Found onlyNearest(Found found) {
        return new Found(
                found.passage(),
                Math.min(found.coverage(), MIN_COVERAGE),
                found.matched(),
                found.excerpt(),
                found.alongside());
    }

    /**
     * Whether the passage opens with a forum the question does not ask about, as its subject: "- Länsledningen
     * ansvarar för processerna och följer upp utvecklingen som sker i länsamordningsgrupperna" tells what Länsledningen
     * does, not what the coordination groups follow up.
     */
    private boolean opensWithAnotherForum(Indexed index, Passage passage, Set<String> asked) {
        return forumsOpening(index, passage.text()).stream().anyMatch(forum -> !forum.namedAmong(asked));
    }

    /**
     * The forum of a structure that a text opens with, by its name or an alias, in any inflection: "- Länsledningen
     * ansvarar …", "Länsledningens arbete …". The text's subject, when it is a forum.
     */
    public Optional<String> forumOpening(String structureId, String text) {
        return forumsOpening(index(), text).stream()
                .filter(forum -> forum.structureId().equals(structureId))
                .map(ForumNames::forumId)
                .findFirst();
    }

    private List<ForumNames> forumsOpening(Indexed index, String text) {
        List<String> opening = terms(LEADING_MARK
                .matcher(text.substring(0, Math.min(text.length(), OPENING_CHARS)))
                .replaceFirst(""));
        if (opening.isEmpty()) {
            return List.of();
        }
        return index.forumNames.getOrDefault(opening.getFirst(), List.of()).stream()
                .filter(forum -> forum.openWith(opening))
                .toList();
    }

    /** One forum's name and aliases, each as its analysed terms. */
    private record ForumNames(String structureId, String forumId, List<List<String>> names) {
        boolean openWith(List<String> terms) {
            return names.stream()
                    .anyMatch(name -> name.size() <= terms.size()
                            && terms.subList(0, name.size()).equals(name));
        }

        boolean namedAmong(Set<String> terms) {
            return names.stream().anyMatch(terms::containsAll);
        }
    }

    /**
     * Whether the question names a forum, by what it is called: a name's first word ("the county coordination
     * groups" are "Länssamordningsgrupp Barn och unga", "… Vuxna", "… Äldre" together).
     */
    private static boolean namesAForum(Indexed index, List<Set<String>> terms) {
        return terms.stream().flatMap(Set::stream).anyMatch(index.forumWords::contains);
    }

    /** A forum's word in more than this share of the passages is a word of the subject, not a name. */
    private static final double MAX_SHARE_OF_A_FORUM_WORD = 0.1;

    /** Enough of a passage's opening to hold a forum's name. */
    private static final int OPENING_CHARS = 80;

    /** What stands before a text's first word: a list's dash or bullet, a quotation mark. */
    private static final Pattern LEADING_MARK = Pattern.compile("^[^\\p{L}\\p{N}]+");

    /** At most this many passages hold a word for it to tell one passage from the rest. */
    private static final int RARE_IN_PASSAGES = 3;

    /**
     * How many of the question's words one passage holds and the other does not, that few passages hold at all. Two
     * structures' passages that cover as many of the question's words tie only when neither alone holds a rare one:
     * "the Kommunförbund described as a new 'sammanhållande aktör'" is one structure's sentence (the only passage
     * with "sammanhållande"); the other structure's, which shares "described" and "new" instead, speaks of something
     * else, and quoting it beside as "both speak of it" placed the fact in both.
     */
    private static int rareOnlyIn(Indexed index, List<Set<String>> terms, java.util.BitSet here, java.util.BitSet there)
            throws IOException {
        int rare = 0;
        for (int t = here.nextSetBit(0); t >= 0; t = here.nextSetBit(t + 1)) {
            if (there.get(t)) {
                continue;
            }
            // The passages holding any of the concept's words, at most: the sum of each word's count, read from the
            // term dictionary (a search per concept cost the answering path a millisecond at national scale).
            int holding = 0;
            for (String term : terms.get(t)) {
                for (String part : partsOf(term)) {
                    holding += index.searcher.getIndexReader().docFreq(new Term(TEXT, part));
                }
            }
            if (holding > 0 && holding <= RARE_IN_PASSAGES) {
                rare++;
            }
        }
        return rare;
    }

    /** A negation, in a question or a passage. */
    private static final Pattern NEGATION = Pattern.compile("(?iuU)\\b(inte|ej|icke|not)\\b");

    /** A line cut off after "kl." (the converted document lost the hour: "… gemensamt möte 23/9 kl."). */
    private static final Pattern CUT_AFTER_KL = Pattern.compile("(?iU)\\bkl\\.?$");

    /** What the other document's line goes on with must be the hour ("9", "13.30"), not the next sentence. */
    private static final Pattern HOUR = Pattern.compile("^\\s*\\d{1,2}(?:[.:]\\d\\d)?(?!\\d)");

    /**
     * A quote with a line that its document cut off ("… gemensamt möte 23/9 kl."), with the same line whole from
     * another document of the same structure alongside ("… 23/9 kl. 9"): the decision and its background repeat each
     * other, and only one of them lost the hour. Each is quoted as its own document has it.
     */
    private static Optional<Found> wholeLineElsewhere(Indexed index, Found found) {
        Passage passage = found.passage();
        for (String line : found.excerpt().split("\n")) {
            String text = line.replaceFirst("^\\s*[-•–*]\\s+", "").strip();
            if (!CUT_AFTER_KL.matcher(text).find() || text.length() <= 20) {
                continue;
            }
            for (Passage other : index.passages) {
                int at = other == passage || !other.structureId().equals(passage.structureId())
                        ? -1
                        : other.text().indexOf(text);
                String rest = at < 0
                        ? ""
                        : other.text()
                                .substring(at + text.length())
                                .lines()
                                .findFirst()
                                .orElse("");
                if (HOUR.matcher(rest).find()) {
                    return Optional.of(new Found(
                            found.passage(),
                            found.coverage(),
                            found.matched(),
                            found.excerpt(),
                            new Found(other, found.coverage(), found.matched(), text + rest)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * For a "why", the opening of another document's background of the same structure that answers as well: the
     * decision gives one reason ("behövde reformeras för att bättre möta de nya utmaningarna"), the background
     * paper another ("allt fler äldre och allt färre i arbetsför ålder"), and either alone is half the answer.
     */
    private Optional<Found> otherBackground(Indexed index, Found best, List<Hit> seen, List<Set<String>> terms) {
        int bestOrdinal = seen.stream()
                .filter(hit -> hit.passage() == best.passage())
                .findFirst()
                .orElseThrow()
                .ordinal();
        if (!reasoned(best.passage()) || !opensItsSection(index, bestOrdinal)) {
            return Optional.empty();
        }
        return seen.stream()
                // Within one word of the best: the other document words the question differently ("behövde").
                .filter(other -> other.matched() >= best.matched() - 1
                        && other.passage().document() != best.passage().document()
                        && other.passage().structureId().equals(best.passage().structureId())
                        && reasoned(other.passage())
                        && opensItsSection(index, other.ordinal()))
                .findFirst()
                .map(other -> new Found(
                        other.passage(),
                        best.coverage(),
                        other.matched(),
                        excerpt(other.passage(), terms, Asks.REASONS, false)));
    }

    /** The first paragraph under its heading: where a background section states its main reason. */
    private static boolean opensItsSection(Indexed index, int ordinal) {
        if (ordinal == 0) {
            return true;
        }
        Passage before = index.passages.get(ordinal - 1);
        Passage passage = index.passages.get(ordinal);
        return before.document() != passage.document() || !before.heading().equals(passage.heading());
    }

    private static boolean reasoned(Passage passage) {
        return REASONED_HEADING.matcher(passage.heading()).find()
                || REASONED_TEXT.matcher(passage.text()).find();
    }

    /**
     * How many of the question's concepts the documents hold at all (as written or a typo away): "datum o tid" asks
     * for a date in words no document uses, so no passage can cover them, and they do not make the one that covers
     * the rest look partial. The quote still says it is the nearest match when it covers less than the question.
     */
    private static long findable(Indexed index, List<Set<String>> terms) {
        return terms.stream()
                .filter(concept ->
                        inDocuments(index, concept) || concept.stream().anyMatch(term -> typoOf(index, term)))
                .count();
    }

    /** Whether the documents hold a word one typo away (the rule of {@link #covers(Set, String)}). */
    private static boolean typoOf(Indexed index, String term) {
        if (term.length() < 6) {
            return false;
        }
        try {
            return index.searcher.count(new FuzzyQuery(new Term(TEXT, term), 1, 2)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The longest paragraph quoted whole for a "why" question. */
    private static final int WHOLE_REASONING = 700;

    /** A candidate passage, how many of the question's concepts it covers, and its place in the documents. */
    private record Hit(Passage passage, int matched, int ordinal) {}

    /**
     * The excerpt of the best passage, and of another passage of the same section that covers the question as well:
     * a section's reasoning often comes in two paragraphs ("BG har diskuterat förslaget …" and "Konsulternas förslag
     * uppfattas …"), and quoting only the first would leave out the half that answers. Both in the document's order.
     * Not for a "when" question, which needs the one line with its date.
     */
    private String quoted(Indexed index, Found best, List<Hit> seen, List<Set<String>> terms, Asks asks) {
        boolean asksWhen = asks.when();
        boolean asksNot = asks.not();
        Hit first = seen.stream()
                .filter(hit -> hit.passage() == best.passage())
                .findFirst()
                .orElseThrow();
        // Parallel lists of one section, each under its own introduction ("Förslag till skolan att ta vidare …:",
        // "Förslag till socialtjänst och region …:"), hold nearly the same items: the one whose introduction says
        // more of the question is quoted, alone. Both read as if either answered "i förslaget till skolan, vem …?".
        List<Hit> parallel = seen.stream()
                .filter(other -> other.matched() == best.matched()
                        && other.passage().document() == best.passage().document()
                        && other.passage().heading().equals(best.passage().heading())
                        && opensWithAnIntroduction(other.passage()))
                .toList();
        if (parallel.size() > 1 && opensWithAnIntroduction(best.passage())) {
            Hit chosen = parallel.stream()
                    .max(java.util.Comparator.comparingInt(hit -> introductionSays(hit.passage(), terms)))
                    .orElseThrow();
            boolean decides = parallel.stream()
                    .anyMatch(
                            hit -> introductionSays(hit.passage(), terms) < introductionSays(chosen.passage(), terms));
            if (decides) {
                // With its introduction, which says whose list it is.
                String introduction =
                        chosen.passage().text().strip().lines().findFirst().orElseThrow();
                return withoutRepeats(introduction + "\n"
                        + withWhatItIntroduces(index, chosen, excerpt(chosen.passage(), terms, asks, false)));
            }
        }
        boolean bestSaysNot = asksNot && NEGATION.matcher(best.passage().text()).find();
        Optional<Hit> second = asksWhen
                ? Optional.empty()
                : seen.stream()
                        .filter(other -> other.passage() != best.passage()
                                && other.matched() == best.matched()
                                && other.passage().document() == best.passage().document()
                                && !other.passage().heading().isEmpty()
                                && other.passage()
                                        .heading()
                                        .equals(best.passage().heading())
                                // Asked in the negative, what is not comes without what is ("ska klargöra").
                                && (!asksNot
                                        || NEGATION.matcher(other.passage().text())
                                                        .find()
                                                == bestSaysNot))
                        .findFirst();
        if (second.isEmpty()) {
            return withWhatItIntroduces(index, first, excerpt(best.passage(), terms, asks, false));
        }
        List<Hit> both = new ArrayList<>(List.of(first, second.get()));
        both.sort(java.util.Comparator.comparingInt(Hit::ordinal));
        return withoutRepeats(withWhatItIntroduces(
                        index, both.get(0), excerpt(both.get(0).passage(), terms, asks.withoutWhen(), true))
                + "\n"
                + withWhatItIntroduces(
                        index, both.get(1), excerpt(both.get(1).passage(), terms, asks.withoutWhen(), false)));
    }

    /** Whether the passage's first line introduces what follows it: "Förslag till skolan att ta vidare …:". */
    private static boolean opensWithAnIntroduction(Passage passage) {
        String first = passage.text().strip().lines().findFirst().orElse("");
        return first.endsWith(":") && passage.text().strip().lines().count() > 1;
    }

    /** How many of the question's concepts the passage's introduction names. */
    private int introductionSays(Passage passage, List<Set<String>> terms) {
        Set<String> intro = new LinkedHashSet<>(
                terms(passage.text().strip().lines().findFirst().orElse("")));
        return (int) terms.stream().filter(concept -> covers(intro, concept)).count();
    }

    /**
     * Two excerpts of one section joined, without a line the first already holds: the second passage often begins
     * with the line the first brought along as what it introduces ("… utifrån följande grund:" and the next
     * paragraph), or with one of its sentences, and the quote said it twice.
     */
    static String withoutRepeats(String quote) {
        List<String> kept = new ArrayList<>();
        for (String line : quote.split("\n")) {
            String text = line.strip();
            if (text.length() >= 20 && kept.stream().anyMatch(earlier -> earlier.contains(text))) {
                continue;
            }
            kept.add(line);
        }
        return String.join("\n", kept);
    }

    /**
     * What a question asks of a quote: a time, reasons, what is not, one kind of party (see {@link PartyKindAsked}), or
     * one of a list.
     */
    private record Asks(boolean when, boolean why, boolean not, PartyKindAsked party, boolean one) {
        /** Reasons alone: the background paragraph quoted beside a "why" answer. */
        static final Asks REASONS = new Asks(false, true, false, PartyKindAsked.EITHER, false);

        static Asks in(String question) {
            return new Asks(
                    se.samverkansbot.understanding.Utterance.WHEN
                            .matcher(question)
                            .find(),
                    se.samverkansbot.understanding.Utterance.WHY
                            .matcher(question)
                            .find(),
                    NEGATION.matcher(question).find(),
                    PartyKindAsked.in(question),
                    ONE_OF_A_LIST.matcher(question).find());
        }

        /** The same without the time: of two paragraphs quoted, neither needs the one line with a date. */
        Asks withoutWhen() {
            return new Asks(false, why, not, party, one);
        }
    }

    /**
     * Which kind of party a question asks about, when only one: the documents give parallel rules ("Från kommunerna
     * utses någon till presidiet …", "Från regionen utses någon …"), and a quote of the other party's rule states a
     * wrong fact with confidence.
     */
    enum PartyKindAsked {
        EITHER,
        REGION,
        MUNICIPALITY;

        private static final Pattern REGION_WORD =
                Pattern.compile("(?iuU)\\b(region|regionen|regionens|the region's)\\b");
        private static final Pattern MUNICIPALITY_WORD =
                Pattern.compile("(?iuU)\\b(kommun\\p{L}*|municipalit\\p{L}*)\\b");

        static PartyKindAsked in(String text) {
            boolean region = REGION_WORD.matcher(text).find();
            boolean municipality = MUNICIPALITY_WORD.matcher(text).find();
            return region == municipality ? EITHER : region ? REGION : MUNICIPALITY;
        }

        /**
         * -1 for a sentence naming only the other kind of party; +1 for one naming only the kind asked about, when the
         * question's own words do not already count it (a party named outright is no search word: "How is the
         * region's member chosen?"); else 0.
         */
        int weigh(String sentence, boolean countedAlready) {
            if (this == EITHER) {
                return 0;
            }
            PartyKindAsked named = in(sentence);
            if (named == EITHER) {
                return 0;
            }
            return named != this ? -1 : countedAlready ? 0 : 1;
        }

        /** Whether the question's own search words already name this kind of party. */
        boolean countedIn(List<Set<String>> terms) {
            String stem = this == REGION ? "region" : "kommun";
            return this != EITHER
                    && terms.stream().anyMatch(concept -> concept.stream().anyMatch(t -> t.startsWith(stem)));
        }
    }

    /**
     * An excerpt ending in a colon ("Från kommunerna utses någon till presidiet utifrån följande grund:") says
     * nothing without what it introduces, which the document often puts in the next paragraph: its first line.
     */
    private static String withWhatItIntroduces(Indexed index, Hit hit, String excerpt) {
        if (LIST_ITEM.matcher(excerpt.lines().findFirst().orElse("")).matches() && hit.ordinal() > 0) {
            // A list that is a paragraph of its own ("Uppdraget bör inte omfatta:", blank line, the items): its
            // items come with the line before the paragraph that introduces them.
            Passage before = index.passages.get(hit.ordinal() - 1);
            String last = before.text().strip().lines().reduce((a, b) -> b).orElse("");
            if (before.document() == hit.passage().document()
                    && before.heading().equals(hit.passage().heading())
                    && last.endsWith(":")) {
                excerpt = last + "\n" + excerpt;
            }
        }
        if (!excerpt.strip().endsWith(":")) {
            return excerpt;
        }
        int ordinal = hit.ordinal();
        if (ordinal + 1 >= index.passages.size()) {
            return excerpt;
        }
        Passage next = index.passages.get(ordinal + 1);
        if (next.document() != hit.passage().document()
                || !next.heading().equals(hit.passage().heading())) {
            return excerpt;
        }
        return excerpt + "\n" + next.text().strip().lines().findFirst().orElse("");
    }

    /**
     * The sentences or list items of the passage that carry most of the question's words (for a "when" question,
     * preferring one with a date), in the passage's order, with the line that introduces a list item. The whole
     * passage when no part carries more than one word, or when it is a short paragraph of reasons asked why.
     */
    private String excerpt(Passage passage, List<Set<String>> terms, Asks asks, boolean answeredFurtherOn) {
        if (asks.why() && passage.text().length() <= WHOLE_REASONING) {
            // Reasons come as a paragraph ("det finns skäl att … Det finns även skäl att …"): the sentences that
            // repeat the question's words are seldom all of them.
            return passage.text().strip();
        }
        boolean asksWhen = asks.when();
        PartyKindAsked party = asks.party();
        boolean asksOne = asks.one();
        List<String> units = new ArrayList<>();
        for (String line : passage.text().split("\n")) {
            for (String sentence : SENTENCE_END.split(line)) {
                if (!sentence.isBlank()) {
                    units.add(sentence.strip());
                }
            }
        }
        // What the heading already says is said of every sentence under it: "Beredningsgruppens resonemang" is the
        // subject of "Konsulternas förslag uppfattas som för omfattande", which names only the proposal.
        Set<String> headingTerms = new LinkedHashSet<>(terms(passage.heading()));
        List<Set<String>> asked =
                terms.stream().filter(t -> !covers(headingTerms, t)).toList();
        List<Set<String>> scored = asked.isEmpty() ? terms : asked;
        List<Set<String>> fromHeading = asked.isEmpty()
                ? List.of()
                : terms.stream().filter(t -> covers(headingTerms, t)).toList();
        int[] scores = new int[units.size()];
        // The heading's words a part also says itself, which decide between parts that tie: under "Förslag till
        // beslut …", "when was the meeting that was to decide" is the item "… fattas beslut om på ett gemensamt möte
        // 9/12", not the one before it on a follow-up "till ett gemensamt möte 23/9".
        int[] restated = new int[units.size()];
        java.util.BitSet[] coveredBy = new java.util.BitSet[units.size()];
        int top = 0;
        boolean partyCounted = party.countedIn(terms);
        for (int i = 0; i < units.size(); i++) {
            Set<String> unitTerms = new LinkedHashSet<>(terms(units.get(i)));
            coveredBy[i] = new java.util.BitSet(scored.size());
            for (int t = 0; t < scored.size(); t++) {
                if (covers(unitTerms, scored.get(t))) {
                    coveredBy[i].set(t);
                }
            }
            int covered = coveredBy[i].cardinality();
            restated[i] =
                    (int) fromHeading.stream().filter(t -> covers(unitTerms, t)).count();
            int partyWeight = party.weigh(units.get(i), partyCounted);
            // The other party's parallel rule is not quoted; the asked party's is, as if it named one word more.
            scores[i] = partyWeight < 0
                    ? 0
                    : (covered + partyWeight) * 2 + (asksWhen && DatedText.holdsADate(units.get(i)) ? 1 : 0);
            top = Math.max(top, scores[i]);
        }
        Set<String> named = terms.stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());
        Indexed index = index();
        // One part that carries all of the one word asked beyond the heading is an answer too: "What did the
        // preparation group think of the consultants' proposal?" asks only for "konsulternas förslag" under
        // "Beredningsgruppens resonemang".
        if (top < Math.min(4, 2 * scored.size()) || units.size() < 2) {
            return passage.text()
                    .lines()
                    .map(line -> {
                        List<String> sentences = List.of(SENTENCE_END.split(line));
                        List<String> kept = sentences.stream()
                                .map(sentence -> withoutOtherForumsClauses(index, sentence, named))
                                .toList();
                        return kept.equals(sentences) ? line : String.join(" ", kept);
                    })
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
        // A "when" question whose best part says no time: the part after it that does, if it names the question's
        // words too ("… väljer sin representant" is best; "… att valet sker så snart som möjligt" answers).
        int dated = -1;
        for (int i = 0; asksWhen && i < units.size(); i++) {
            if (scores[i] == top && DatedText.holdsADate(units.get(i))) {
                dated = -1;
                break;
            }
            if (scores[i] >= 3 && DatedText.holdsADate(units.get(i)) && (dated < 0 || scores[i] > scores[dated])) {
                dated = i;
            }
        }
        int topRestated = 0;
        for (int i = 0; i < units.size(); i++) {
            topRestated = scores[i] == top ? Math.max(topRestated, restated[i]) : topRestated;
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (scores[i] != top || asksWhen && (!chosen.isEmpty() || restated[i] < topRestated)) {
                // A "when" question gets the one part that answers it, not every dated line around it.
                continue;
            }
            String unit = units.get(i);
            boolean item = LIST_ITEM.matcher(unit).matches();
            if (!item
                    && i > 0
                    && POINTS_BACK.matcher(unit).find()
                    && !LIST_ITEM.matcher(units.get(i - 1)).matches()) {
                // "En rekommendation är att dessa väljs …" says nothing without the sentence "dessa" points back to.
                addOnce(chosen, units.get(i - 1));
            }
            if (item) {
                // "- implementering av en ny samverkansstruktur" means the opposite without "Uppdraget bör inte
                // omfatta:": a list item comes with the line that introduces its list, however far up.
                int intro = i - 1;
                while (intro >= 0 && LIST_ITEM.matcher(units.get(intro)).matches()) {
                    intro--;
                }
                if (intro >= 0 && introducesAList(units, intro)) {
                    addOnce(chosen, units.get(intro));
                    java.util.BitSet onlyInIntro = (java.util.BitSet) coveredBy[intro].clone();
                    onlyInIntro.andNot(coveredBy[i]);
                    // Not when one of the list is asked for: "Vilken av länssamordningsgruppernas uppgifter handlar
                    // om det förebyggande perspektivet?" is the one item, not every task beside it.
                    if (!onlyInIntro.isEmpty() && !asksOne) {
                        // The question asks for what the list is ("what is left out of the review, like comms to
                        // staff?" of "Uppdraget bör inte omfatta:"): all of it, not only the item it gave as example.
                        // Not when the introduction says nothing asked that the item does not: "när slutade
                        // SocialReKo gälla?" is the one att-sats, not every att-sats SocialReKo recommends.
                        for (int k = intro + 1;
                                k < units.size()
                                        && LIST_ITEM.matcher(units.get(k)).matches();
                                k++) {
                            addOnce(chosen, units.get(k));
                        }
                    }
                }
            }
            addOnce(chosen, unit);
            if (introducesAList(units, i)) {
                // "Förslaget ska klargöra:" says nothing without the list it introduces; "Från kommunerna utses
                // någon utifrån följande grund:" nothing without the sentence after it, bulleted or not.
                int j = i + 1;
                for (; j < units.size() && LIST_ITEM.matcher(units.get(j)).matches(); j++) {
                    addOnce(chosen, units.get(j));
                }
                if (j == i + 1 && j < units.size()) {
                    addOnce(chosen, units.get(j));
                }
            } else if (!item
                    && !asksWhen
                    && unit.length() < 150
                    && i + 1 < units.size()
                    && !LIST_ITEM.matcher(units.get(i + 1)).matches()
                    // Not one that opens something new: "Från kommunerna utses någon … utifrån följande grund:" after
                    // "sammankallande utses av presidiet" brought the municipalities' rule into the convener's answer.
                    && !units.get(i + 1).endsWith(":")
                    // Not one that answers nothing asked, when a later sentence, here or in the next paragraph
                    // quoted, answers by itself: "Vad tyckte beredningsgruppen om konsulternas förslag?" is
                    // "Konsulternas förslag uppfattas … för omfattande", not "Samtliga är positiva till att
                    // utveckla samverkansorganisationen" after "Beredningsgruppen har diskuterat förslaget".
                    && !(saysNothingAsked(units.get(i + 1), coveredBy[i + 1], scored)
                            && (answeredFurtherOn || answersLater(scores, top, i + 1)))) {
                // A short sentence often needs the next one ("… för- och nackdelar redovisas. Det ska framgå …").
                addOnce(chosen, units.get(i + 1));
            }
        }
        if (dated >= 0 && !chosen.contains(units.get(dated))) {
            // In the passage's order: after the parts before it, before those after it.
            int at = 0;
            while (at < chosen.size() && units.indexOf(chosen.get(at)) < dated) {
                at++;
            }
            chosen.add(at, units.get(dated));
        }
        return chosen.stream()
                .map(unit -> withoutOtherForumsClauses(index, unit, named))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** A compound written with a hyphen between its parts: "tema-möten". */
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L})-(\\p{L})");

    /**
     * Whether a part names none of the question's words (as scored, {@code covered}), nor with its hyphenated compounds
     * read whole: "Utöver tema-möten för uppföljning" speaks of the "temamöten" asked about.
     */
    private boolean saysNothingAsked(String unit, java.util.BitSet covered, List<Set<String>> asked) {
        if (!covered.isEmpty()) {
            return false;
        }
        java.util.regex.Matcher hyphenated = HYPHENATED.matcher(unit);
        if (!hyphenated.find()) {
            return true;
        }
        Set<String> joined = new LinkedHashSet<>(terms(hyphenated.replaceAll("$1$2")));
        return asked.stream().noneMatch(concept -> covers(joined, concept));
    }

    /** Whether a part after the given one scores as high as the best. */
    private static boolean answersLater(int[] scores, int top, int after) {
        for (int k = after + 1; k < scores.length; k++) {
            if (scores[k] == top) {
                return true;
            }
        }
        return false;
    }

    /** Where a sentence may go on with a clause of its own: after a comma, "och" or "men". */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?U),\\s+|\\s+(?:och|men|and|but)\\s+");

    /** A clause whose subject is a name of one or two words, then its verb: "SVOM har fokus på …". */
    private static final Pattern OPENS_WITH_A_SUBJECT = Pattern.compile(
            "(?iU)^\\S+(?:\\s+\\S+)?\\s+(har|hade|är|var|ska|skall|kan|ansvarar|fokuserar|riktar|arbetar|består"
                    + "|has|is|focuses|works)\\b");

    /**
     * A sentence that says one thing of each of two forums in parallel clauses, with the clauses about forums the
     * question does not name left out ("…"), when it names one of them. "Vilken målgrupp har SVOM?" was answered by
     * "… olika målgrupper, Barnarenan har fokus på barn och unga och SVOM har fokus på vuxna personer", which reads as
     * SVOM's target group being children.
     */
    private String withoutOtherForumsClauses(Indexed index, String sentence, Set<String> asked) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<ForumNames> subjects = new ArrayList<>();
        java.util.regex.Matcher m = CLAUSE_BREAK.matcher(sentence);
        while (m.find()) {
            String rest = sentence.substring(m.end());
            List<ForumNames> forums =
                    OPENS_WITH_A_SUBJECT.matcher(rest).find() ? forumsOpening(index, rest) : List.of();
            if (!forums.isEmpty()) {
                starts.add(m.start());
                ends.add(m.end());
                subjects.add(forums.getFirst());
            }
        }
        boolean namesOne = subjects.stream().anyMatch(forum -> forum.namedAmong(asked));
        boolean namesAnother = subjects.stream().anyMatch(forum -> !forum.namedAmong(asked));
        if (!namesOne || !namesAnother) {
            return sentence;
        }
        StringBuilder kept = new StringBuilder(sentence.substring(0, starts.getFirst()));
        for (int i = 0; i < subjects.size(); i++) {
            int end = i + 1 < subjects.size() ? starts.get(i + 1) : sentence.length();
            String clause = sentence.substring(ends.get(i), end);
            if (subjects.get(i).namedAmong(asked)) {
                kept.append(", … ").append(clause);
            } else if (i + 1 == subjects.size() && clause.endsWith(".")) {
                kept.append(" …");
            }
        }
        return kept.toString();
    }

    /**
     * Whether the part at {@code i} introduces the list items after it: it ends in a colon ("Förslaget ska
     * klargöra:"), or it opens the passage without ending a sentence ("SVOM föreslår Regionens samverkansråd (RSR)",
     * which says who proposes the items, and to whom).
     */
    private static boolean introducesAList(List<String> units, int i) {
        return units.get(i).endsWith(":")
                || i == 0
                        && !units.get(i).endsWith(".")
                        && units.size() > 1
                        && LIST_ITEM.matcher(units.get(1)).matches();
    }

    private static void addOnce(List<String> chosen, String unit) {
        if (!chosen.contains(unit)) {
            chosen.add(unit);
        }
    }

    /**
     * A dated event of the register that a question is about, how much of the question it covers, and the others
     * that fit it exactly as well ("the joint meeting in 2022": there were four).
     */
    public record FoundMilestone(
            Structure structure, Milestone milestone, double coverage, int matched, List<FoundMilestone> tied) {
        public FoundMilestone(Structure structure, Milestone milestone, double coverage, int matched) {
            this(structure, milestone, coverage, matched, List.of());
        }

        /** This event and those tied with it, earliest first. */
        public List<FoundMilestone> allEarliestFirst() {
            List<FoundMilestone> all = new ArrayList<>(tied);
            all.add(this);
            all.sort(Comparator.comparing(
                    (FoundMilestone f) -> f.milestone().date().start()));
            return all;
        }
    }

    /**
     * For a "when" question, the milestone of the register (a recommendation, a joint meeting, an end) whose title,
     * description and forums cover the question best, if enough of it: dated data beats a quote.
     */
    private static final Pattern LAST = Pattern.compile("(?iuU)\\b(sista|senaste|slutliga|last|latest|final)\\b");

    private static final Pattern FIRST = Pattern.compile("(?iuU)\\b(första|forsta|tidigaste|first|earliest)\\b");

    private static final Pattern ASKS_FOR_A_DATE = Pattern.compile(
            "(?iuU)\\b(vilket datum|vilken dag|vilket år|vilket ar|vilken månad|vilken manad|vilken tid|hur dags"
                    + "|what date|which date|what year|which year|what month|which month|what time|what day|which day"
                    + "|by when)\\b");

    public Optional<FoundMilestone> findMilestone(String question, Language language, Collection<String> structureIds) {
        if (!se.samverkansbot.understanding.Utterance.WHEN.matcher(question).find()) {
            return Optional.empty();
        }
        // The words that ask for the date are no part of the event: "vilket datum skulle tjänstepersonsförslaget vara
        // klart?" covered less of the question than "när skulle …?", as "datum" is in no event's title. Only those:
        // "vilket möte" and "deadline" name the event ("Sista dag för …", "Gemensamt möte …").
        return bestMilestones(ASKS_FOR_A_DATE.matcher(question).replaceAll(" "), language, structureIds, false);
    }

    /**
     * The documents' two kinds of structure, political and of officials (tjänstepersoner): an event of the one kind
     * does not answer a question about the other ("when was the joint meeting to decide the political structure?"
     * shares "joint meeting" and "decide" with the one on the officials' structure, 9 December, and got its date — a
     * wrong one; the political structure's was 3 June).
     */
    private static boolean contradicts(List<Set<String>> kinds, Set<String> event) {
        return java.util.Collections.disjoint(event, kinds.get(0))
                && event.stream().anyMatch(term -> kinds.get(1).stream().anyMatch(term::startsWith));
    }

    /** "Vilken av uppgifterna …", "which of the tasks …": one of a list asked for. */
    private static final Pattern ONE_OF_A_LIST =
            Pattern.compile("(?iuU)\\b(vilken|vilket|which)\\s+(one\\s+)?(av|of)\\b");

    /** "Den politiska strukturen", "the political structure": the kind said of the structure itself. */
    private static final Pattern POLITICAL_STRUCTURE = Pattern.compile(
            "(?iuU)\\b(politisk\\w*\\s+(samverkans)?struktur|political\\s+(collaboration\\s+)?structure)");

    /** "Tjänstepersonsstrukturen", "the officials' structure". */
    private static final Pattern OFFICIALS_STRUCTURE =
            Pattern.compile("(?iuU)(tjänstepersons\\s*struktur|tjanstepersons\\s*struktur|\\bofficials'?\\s+structure"
                    + "|\\bstructure\\s+(for|of)\\s+(the\\s+)?officials)");

    /**
     * The kind of structure the question asks about and the other one, when it asks about exactly one. Said of the
     * structure itself, the kind decides over the other kind's word said of someone else: "by what date did the
     * officials have to deliver the proposal for the political structure?" asks about the political structure.
     */
    private Optional<List<Set<String>>> contrary(String question, List<Set<String>> asked) {
        boolean political = POLITICAL_STRUCTURE.matcher(question).find();
        if (political != OFFICIALS_STRUCTURE.matcher(question).find()) {
            List<Set<String>> kinds = structureKinds();
            return Optional.of(political ? kinds : List.of(kinds.get(1), kinds.get(0)));
        }
        return contrary(asked);
    }

    /** The kind of structure the question asks about and the other one, when it asks about exactly one. */
    private Optional<List<Set<String>>> contrary(List<Set<String>> asked) {
        List<Set<String>> kinds = structureKinds();
        boolean political = asked.stream().anyMatch(concept -> !java.util.Collections.disjoint(concept, kinds.get(0)));
        boolean officials = asked.stream().anyMatch(concept -> !java.util.Collections.disjoint(concept, kinds.get(1)));
        if (political == officials) {
            return Optional.empty();
        }
        return Optional.of(political ? kinds : List.of(kinds.get(1), kinds.get(0)));
    }

    /** The stems of "politisk" and "tjänsteperson" (every event of every question is compared with them). */
    private List<Set<String>> structureKinds() {
        return List.of(fixedStems("politisk"), fixedStems("tjänsteperson"));
    }

    /** The stems of the area name's "barn" and "unga". */
    private List<Set<String>> areaNameStems() {
        return List.of(fixedStems("barn"), fixedStems("unga"));
    }

    /** A word the search itself compares with, analysed once instead of for every question. */
    private Set<String> fixedStems(String word) {
        return fixedStems.computeIfAbsent(word, w -> Set.copyOf(terms(w)));
    }

    private final Map<String, Set<String>> fixedStems = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The dated events that fit a question best, whatever it asks of them: "hur många gemensamma möten hölls 2022?"
     * counts them.
     *
     * @param titlesOnly whether only an event's title and date say what kind of event it is (for counting: a
     *     recommendation whose description mentions a "gemensamt forum" is no joint meeting)
     */
    public Optional<FoundMilestone> bestMilestones(
            String question, Language language, Collection<String> structureIds, boolean titlesOnly) {
        Indexed index = index();
        // "Den första deluppföljningen": "first" picks one of the events, it is not a word of what they are about.
        String eventWords =
                FIRST.matcher(LAST.matcher(question).replaceAll(" ")).replaceAll(" ");
        List<Set<String>> terms = asked(eventWords, language, index);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        FoundMilestone best = null;
        List<FoundMilestone> tied = new ArrayList<>();
        Optional<List<Set<String>>> contrary = contrary(question, terms);
        // "Det sista gemensamma mötet 2022": of the events that fit equally, the latest; "the first": the earliest.
        int order = LAST.matcher(question).find() ? 1 : FIRST.matcher(question).find() ? -1 : 0;
        for (Structure structure : index.register.structures()) {
            if (!structureIds.isEmpty() && !structureIds.contains(structure.id())) {
                continue;
            }
            for (Milestone milestone : structure.milestones()) {
                // The date's year and month belong to what it is about: "the follow-up in April 2022".
                StringBuilder about = new StringBuilder(milestone.title())
                        .append(' ')
                        .append(milestone.date().year())
                        .append(' ')
                        .append(
                                milestone.date().month() == null
                                        ? ""
                                        : java.time.Month.of(milestone.date().month())
                                                .getDisplayName(
                                                        java.time.format.TextStyle.FULL, Language.SWEDISH.locale()));
                if (milestone.description() != null && !titlesOnly) {
                    about.append(' ').append(milestone.description());
                }
                milestone
                        .forums()
                        .forEach(id -> structure
                                .forum(id)
                                .ifPresent(f -> about.append(' ').append(f.name())));
                Set<String> milestoneTerms = new LinkedHashSet<>(terms(about.toString()));
                int matched = (int) terms.stream()
                                .filter(t -> covers(milestoneTerms, t))
                                .count()
                        - (contrary.isPresent() && contradicts(contrary.get(), milestoneTerms) ? 1 : 0);
                boolean laterOnATie = best != null
                        && matched == best.matched()
                        && order != 0
                        && Integer.signum(milestone
                                        .date()
                                        .start()
                                        .compareTo(best.milestone().date().start()))
                                == order;
                FoundMilestone candidate =
                        new FoundMilestone(structure, milestone, (double) matched / terms.size(), matched);
                if (best == null || matched > best.matched() || laterOnATie) {
                    if (best == null || matched > best.matched()) {
                        tied.clear();
                    } else {
                        tied.add(best);
                    }
                    best = candidate;
                } else if (matched == best.matched() && order == 0) {
                    tied.add(candidate);
                }
            }
        }
        if (best != null && order == 0 && !tied.isEmpty()) {
            best = new FoundMilestone(
                    best.structure(), best.milestone(), best.coverage(), best.matched(), List.copyOf(tied));
        }
        return Optional.ofNullable(best)
                .filter(found -> found.matched() >= MIN_MATCHED && found.coverage() >= MIN_COVERAGE);
    }

    /**
     * The sentence of a structure's documents that gives a day, as they write it ("… till ett gemensamt möte 23/9
     * kl. 9"), preferring the one that shares most words with what the day is about: the register's milestone
     * holds the date, the document holds the words it was given in, and the reader can check one against the other.
     */
    public Optional<Found> writtenOn(String structureId, java.time.LocalDate day, String about) {
        Indexed index = index();
        Pattern written = WrittenDates.of(day);
        BooleanQuery.Builder forms = new BooleanQuery.Builder();
        String compact = String.format(
                java.util.Locale.ROOT, "%02d%02d%02d", day.getYear() % 100, day.getMonthValue(), day.getDayOfMonth());
        forms.add(new TermQuery(new Term(TEXT, compact)), BooleanClause.Occur.SHOULD);
        forms.add(new TermQuery(new Term(TEXT, (day.getYear() / 100) + compact)), BooleanClause.Occur.SHOULD);
        // "23/9" and "2022-09-23" are split into numbers by the tokenizer; the pattern checks they stand together.
        forms.add(new TermQuery(new Term(TEXT, String.valueOf(day.getDayOfMonth()))), BooleanClause.Occur.SHOULD);
        forms.add(
                new TermQuery(new Term(TEXT, String.format(java.util.Locale.ROOT, "%02d", day.getDayOfMonth()))),
                BooleanClause.Occur.SHOULD);
        Query query = new BooleanQuery.Builder()
                .add(forms.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(STRUCTURE, structureId)), BooleanClause.Occur.FILTER)
                .build();
        Set<String> aboutTerms = new LinkedHashSet<>(terms(about));
        try {
            Found best = null;
            for (ScoreDoc hit : index.searcher.search(query, 200).scoreDocs) {
                Passage passage = index.passages.get(index.ordinalOfDoc[hit.doc]);
                for (String line : passage.text().split("\n")) {
                    for (String sentence : SENTENCE_END.split(line)) {
                        if (!written.matcher(sentence).find()) {
                            continue;
                        }
                        int shared = (int) terms(sentence).stream()
                                .distinct()
                                .filter(aboutTerms::contains)
                                .count();
                        // On a tie the fuller sentence: "23/9 kl. 9" over "23/9 kl." cut short.
                        if (best == null
                                || shared > best.matched()
                                || shared == best.matched()
                                        && sentence.strip().length()
                                                > best.excerpt().length()) {
                            // The sentence gives the day itself: it covers what was asked, however it words it.
                            best = new Found(passage, 1.0, shared, sentence.strip());
                        }
                    }
                }
            }
            return Optional.ofNullable(best);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A concept is covered when one of its stems is. */
    private static boolean covers(Set<String> passageTerms, Set<String> concept) {
        return concept.stream().anyMatch(term -> covers(passageTerms, term));
    }

    /** Whether a text holds a date or a year, as the documents write them. */
    public static boolean holdsADate(String text) {
        return DatedText.holdsADate(text);
    }

    /** Whether a text holds a date or a year in digits, not only a time in words ("så snart som möjligt"). */
    public static boolean holdsADayOrYear(String text) {
        return DatedText.holdsADayOrYear(text);
    }

    /** Joins a compound's two parts into one alternative of a concept, covered where both are. */
    static final String BOTH = "+";

    private static final Pattern BOTH_PARTS = Pattern.compile(Pattern.quote(BOTH));

    /** The parts an alternative needs together ("tem+mot"), or the alternative alone. */
    private static String[] partsOf(String term) {
        return BOTH_PARTS.split(term);
    }

    /** A term is covered by the same stem, or by one a single typo away in a longer word. */
    private static boolean covers(Set<String> passageTerms, String term) {
        if (passageTerms.contains(term)) {
            return true;
        }
        if (term.contains(BOTH)) {
            return java.util.Arrays.stream(partsOf(term)).allMatch(passageTerms::contains);
        }
        if (term.length() < 5) {
            return false;
        }
        for (String candidate : passageTerms) {
            if (term.length() >= MIN_TYPO_LENGTH
                    && Math.abs(candidate.length() - term.length()) <= 1
                    && oneEditApart(candidate, term)) {
                return true;
            }
            // A Swedish compound is a kind of its last part: "sjukvårdsnämnden" is a "nämnd", "arbetsgrupp" a "grupp".
            if (candidate.length() >= term.length() + 3 && candidate.endsWith(term)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneEditApart(String a, String b) {
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    /** The text's stems, a word's alternatives (the same position) together. */
    List<Set<String>> concepts(String text) {
        List<Set<String>> concepts = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (position.getPositionIncrement() == 0 && !concepts.isEmpty()) {
                    concepts.getLast().add(term.toString());
                } else {
                    concepts.add(new LinkedHashSet<>(List.of(term.toString())));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return concepts;
    }

    List<String> terms(String text) {
        return analyzer.terms(text);
    }

    private Indexed index() {
        Register current = register.get();
        Indexed known = indexed;
        if (known != null && known.register == current) {
            return known;
        }
        Indexed built = build(current);
        indexed = built;
        return built;
    }

    private Indexed build(Register current) {
        List<Passage> passages = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        // Each forum's names as analysed terms, by a name's first term: to tell which forum a passage opens with.
        Map<String, List<ForumNames>> forumNames = new java.util.HashMap<>();
        for (Structure structure : current.structures()) {
            names.addAll(terms(structure.name()));
            structure.aliases().forEach(alias -> names.addAll(terms(alias)));
            for (se.samverkansbot.register.Forum forum : structure.forums()) {
                List<List<String>> named = new ArrayList<>();
                named.add(terms(forum.name()));
                forum.aliases().forEach(alias -> named.add(terms(alias)));
                named.removeIf(List::isEmpty);
                ForumNames forumNamed = new ForumNames(structure.id(), forum.id(), List.copyOf(named));
                for (List<String> name : named) {
                    forumNames
                            .computeIfAbsent(name.getFirst(), first -> new ArrayList<>())
                            .add(forumNamed);
                }
            }
            for (SourceDocument document : structure.documents()) {
                passages.addAll(Passages.of(structure.id(), document));
            }
        }
        List<String> glosses = new ArrayList<>(passages.size());
        for (Passage passage : passages) {
            glosses.add(current.structure(passage.structureId())
                    .map(structure -> glosses(structure, passage.text()))
                    .orElse(""));
        }
        // Each file of the index as one byte array: Lucene's default, a list of buffers, copies a buffer's view
        // (ByteBuffer.duplicate) for every read of bytes, and scoring reads the impacts of every block it skips. At
        // national scale that was a fifth of what a "document when" question allocated; as arrays its p99 went
        // 4.0-4.5 -> 3.8-3.9 ms and its p50 1.8 -> 1.7 ms (one buffer per file measured slower: 4.1-4.6 ms).
        Directory directory = new ByteBuffersDirectory(
                new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < passages.size(); i++) {
                Passage passage = passages.get(i);
                Document document = new Document();
                document.add(new StringField(STRUCTURE, passage.structureId(), Field.Store.NO));
                // The document's title belongs to every passage of it: each is part of "the review".
                document.add(new Field(
                        TEXT,
                        passage.document().title() + "\n" + passage.heading() + "\n" + passage.text() + "\n"
                                + glosses.get(i),
                        WORDS));
                document.add(new NumericDocValuesField(ORDINAL, i));
                writer.addDocument(document);
            }
            // One segment: the index is never written to again, and every question would otherwise look up its
            // terms and set up its scorers once per segment.
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            // Which passage each of Lucene's documents is, read once: reading it from the stored fields of every
            // candidate decompressed a block of them each time (measured: over a quarter of what a question
            // allocated at national scale).
            int[] ordinalOfDoc = new int[reader.maxDoc()];
            java.util.Arrays.fill(ordinalOfDoc, -1);
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
                for (int doc = ordinals.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ordinals.nextDoc()) {
                    ordinalOfDoc[leaf.docBase + doc] = (int) ordinals.longValue();
                }
            }
            if (java.util.Arrays.stream(ordinalOfDoc).anyMatch(ordinal -> ordinal < 0)) {
                throw new IllegalStateException("A passage of the index has no ordinal");
            }
            // What a forum is called, where the documents use the word seldom: "Länsledning", "SVOM",
            // "Länssamordningsgrupp"; not "Politisk (samverkan)" or "Regionens (samverkansråd)", words of every page.
            Set<String> forumWords = new java.util.HashSet<>();
            for (String word : forumNames.keySet()) {
                if (reader.docFreq(new Term(TEXT, word)) <= passages.size() * MAX_SHARE_OF_A_FORUM_WORD) {
                    forumWords.add(word);
                }
            }
            return new Indexed(
                    current,
                    List.copyOf(passages),
                    List.copyOf(glosses),
                    Set.copyOf(names),
                    Map.copyOf(forumNames),
                    Set.copyOf(forumWords),
                    new IndexSearcher(reader),
                    ordinalOfDoc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The passage text as words with their counts, without positions: BM25 needs no more, and no query here asks for
     * words next to each other (at national scale the positions held 6.5 MB of the heap).
     */
    private static final FieldType WORDS = words();

    private static FieldType words() {
        FieldType words = new FieldType(TextField.TYPE_NOT_STORED);
        words.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
        words.freeze();
        return words;
    }

    /** The index of one register: rebuilt when the register is replaced, never changed in place. */
    private record Indexed(
            Register register,
            List<Passage> passages,
            List<String> glosses,
            Set<String> structureNames,
            Map<String, List<ForumNames>> forumNames,
            Set<String> forumWords,
            IndexSearcher searcher,
            int[] ordinalOfDoc) {}

    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)");

    /**
     * What the abbreviations of the structure's glossary that a passage uses stand for: "ordförande i HSN, RUN samt
     * VVU" answers "från vilka nämnder", which only "Hälso- och sjukvårdsnämnden" says.
     */
    private static String glosses(Structure structure, String text) {
        StringBuilder glosses = new StringBuilder();
        for (se.samverkansbot.register.GlossaryTerm term : structure.glossary()) {
            String abbreviation = term.term();
            if (abbreviation.length() >= 2
                    && abbreviation.length() <= 6
                    && abbreviation.equals(abbreviation.toUpperCase(java.util.Locale.ROOT))
                    && text.contains(abbreviation)
                    && Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(abbreviation) + "(?![\\p{L}\\d])")
                            .matcher(text)
                            .find()) {
                glosses.append(PARENTHESIS.matcher(term.meaning()).replaceAll(""))
                        .append('\n');
            }
        }
        return glosses.toString();
    }
}
