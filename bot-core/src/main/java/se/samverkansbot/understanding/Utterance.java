package se.samverkansbot.understanding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.PartyKind;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.StrategicArea;
import se.samverkansbot.register.Structure;
import se.samverkansbot.text.WhenParser;
import se.samverkansbot.text.Words;
import se.samverkansbot.wording.Phrasing;

/**
 * A message as understood, computed once: its text and words, the language to answer in, what it names
 * (narrowed to the structures it is about), who asks, and the day it is asked. Every recogniser, answer and
 * command reads this one object instead of tokenising, guessing the language or looking up the asker again.
 */
public final class Utterance {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /**
     * "När", "vilket datum", "when", "deadline": the question asks when. Shared with the passage search;
     * case-insensitive.
     */
    public static final Pattern WHEN = Pattern.compile(
            "(?iuU)\\b(när|nar|vilket datum|vilken dag|vilket år|vilket ar|vilken månad|vilken manad|vilken tid|hur dags"
                    // "… mentioned when working on the new model" is a time of its own, not what is asked; "when
                    // during the spring …" asks.
                    + "|when(?!\\s+(?!during\\b)\\p{L}+ing\\b)|what date|which date|what year|which year|what month|which month"
                    + "|what time|what day"
                    + "|which day|deadline|deadlines|deadlinen|sista dag|sista dagen|due date|by when"
                    // "På vilket gemensamt möte skulle strukturen beslutas?": a meeting is named by its date.
                    + "|vilket\\s+(\\p{L}+\\s+)?(möte|mote)|(which|what)\\s+(\\p{L}+\\s+)?meeting)\\b");

    private static final Pattern HOW_MANY =
            Pattern.compile("(?U)\\b(hur många|hur manga|hur måna|antal|antalet|how many|number of)\\b");
    /** Shared with the passage search, which weighs reasons for the same questions. */
    public static final Pattern WHY = Pattern.compile(
            "(?iuU)\\b(varför|varfor|av vilken anledning|vad är skälen|vad är skälet|vilka skäl|why|how come|for what reason"
                    + "|what were the reasons|what are the reasons)\\b");

    /**
     * "Vad förväntas av mig inför ett HälSam-möte?", "vilka ska jag förankra frågorna med?": what is expected of a
     * member or a board, a rule the documents state. Shared with the passage search, which weighs the passage that
     * lays the duty.
     */
    public static final Pattern ASKS_A_DUTY = Pattern.compile(
            "(?iuU)\\b((förväntas|forvantas)\\s+(av\\s+)?(jag|vi|du|ni|mig|oss|dig|er|min|mitt|mina|vår|vårt|våra|en|de"
                    + "|ledamot\\p{L}*|nämnd\\p{L}*|namnd\\p{L}*|ordförand\\p{L}*|ordforand\\p{L}*|politiker\\p{L}*)"
                    + "|förväntningar\\p{L}*|forvantningar\\p{L}*|förankra\\p{L}*|forankra\\p{L}*|expected of"
                    + "|(am|are)\\s+(i|we|you|members|the members)\\s+(expected|supposed)\\s+to"
                    + "|is\\s+(my|our|a|the)\\s+\\S+\\s+(expected|supposed)\\s+to|anchor\\p{L}*)\\b");

    private static final Pattern NEXT_YEAR =
            Pattern.compile("(?U)\\b(nästa år|nasta ar|nästkommande år|next year|nya mandatperioden|next term"
                    + "|nästa mandatperiod|nasta mandatperiod|kommande mandatperiod|new term|new mandate period"
                    + "|next mandate period|next term of office|new term of office|efter nyår|efter nyar"
                    + "|efter årsskiftet|efter arsskiftet|after new year|after the new year|in the new year)\\b");
    /** "efter 31 december", "after 31 December": a day and a month right after the word (a bare year is not a day). */
    private static final Pattern AFTER_A_DATE =
            Pattern.compile("(?U)\\b(efter|after)\\s+(den\\s+|the\\s+)?\\d{1,2}(:e|st|nd|rd|th)?\\s+\\p{L}{3,}");

    private static final Pattern AFTER_A_YEAR =
            Pattern.compile("(?U)\\b(efter|after)\\s+(år\\s+|the year\\s+)?\\d{4}\\b");

    private static final Pattern LAST_YEAR = Pattern.compile("(?U)\\b(förra året|forra aret|i fjol|last year)\\b");

    /** "I våras", "i höstas", "this spring": the last such season, by the month it ends. */
    private static final Pattern PAST_SEASON = Pattern.compile(
            "(?U)\\b(i våras|i varas|i somras|i höstas|i hostas|i vintras|this spring|this summer|this autumn|this fall"
                    + "|last spring|last summer|last autumn|last fall)\\b");
    /**
     * "från januari", "from March": a month after a word of starting is a day the question is about (its first day, the
     * next such month). "i januari" may look back ("vem var ordförande i januari?"), and a short form alone ("may",
     * "mar") is too often another word.
     */
    private static final Pattern FROM_A_MONTH =
            Pattern.compile("(?U)\\b(från|fran|from|efter|after|fr o m|fom|starting)\\s+"
                    + "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january"
                    + "|february|march|may|june|july|august|october)\\b");

    private static final Pattern ITEM_ID = Pattern.compile("(?iU)\\bA-[A-Z2-9]{5}\\b");

    private final String text;
    private final String searchText;
    private final List<String> words;
    private final Language language;
    private final Optional<RegisteredPerson> asker;
    private final LocalDate today;
    private final Phrasing say;
    private final List<Linker.Match> matches;
    private final Set<Structure> context;
    /**
     * The structures a word opens with the name of, for the register's list they were looked for in: a memo of this
     * message, which one thread answers.
     */
    private List<Structure> opening;

    private List<Structure> openingOf;

    Utterance(
            String text,
            String searchText,
            List<String> words,
            List<Linker.Match> matches,
            Language language,
            Optional<RegisteredPerson> asker,
            LocalDate today,
            Mention pin) {
        this.text = text;
        this.searchText = searchText;
        this.words = List.copyOf(words);
        this.language = language;
        this.asker = asker;
        this.today = today;
        this.say = new Phrasing(language);
        List<Linker.Match> pinned = pin == null ? matches : pinned(matches, pin, words.size());
        this.context = withoutTheOnesLikenedTo(anchoredStructures(pinned), pinned);
        this.matches = pinned.stream()
                .map(this::narrow)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The text as written (control characters removed, trimmed). */
    public String text() {
        return text;
    }

    /**
     * The text the source documents are searched with: as written, with the parts of each name compound beside it
     * ("hälsammöte" is also "hälsam möte"), as the documents write them apart.
     */
    public String searchText() {
        return searchText;
    }

    /** The normalized words: lower case, no diacritics, no punctuation. */
    public List<String> words() {
        return words;
    }

    public Language language() {
        return language;
    }

    /** How to word the answer: in the language of the question. */
    public Phrasing say() {
        return say;
    }

    public Optional<RegisteredPerson> asker() {
        return asker;
    }

    /** The Swedish day the message was written. */
    public LocalDate today() {
        return today;
    }

    /**
     * What a clarifying question's button picked: a match that could mean it keeps only the picked mention; when no
     * match could ("who is the chair?" with a forum picked), the picked mention is added as if it had been named.
     */
    private static List<Linker.Match> pinned(List<Linker.Match> matches, Mention pin, int end) {
        List<Linker.Match> result = new ArrayList<>();
        boolean found = false;
        for (Linker.Match match : matches) {
            if (match.mentions().contains(pin)) {
                found = true;
                result.add(new Linker.Match(match.start(), match.end(), Set.of(pin)));
            } else {
                result.add(match);
            }
        }
        if (!found) {
            result.add(new Linker.Match(end, end, Set.of(pin)));
        }
        return result;
    }

    /**
     * Structures the message pins down: named outright, or the only structure a name can belong to. A word of one
     * structure's glossary, or a forum's description, only when nothing else pins one down: "kallelserna" is HälSam's
     * word, but "vem skickar ut kallelserna till SVOM?" is about Jämtland Härjedalen alone; "den politiska samverkan i
     * Jämtlands län" is no HälSam forum.
     */
    private static Set<Structure> anchoredStructures(List<Linker.Match> matches) {
        Set<Structure> byNames = anchoredStructures(matches, false);
        return byNames.isEmpty() ? anchoredStructures(matches, true) : byNames;
    }

    private static Set<Structure> anchoredStructures(List<Linker.Match> matches, boolean weakToo) {
        Set<Structure> anchored = new LinkedHashSet<>();
        for (Linker.Match match : matches) {
            if (!weakToo && match.weak()) {
                continue;
            }
            Set<Structure> of =
                    match.mentions().stream().map(Mention::structure).collect(Collectors.toSet());
            boolean namesStructure = match.mentions().stream().anyMatch(m -> m instanceof Mention.OfStructure);
            if (namesStructure) {
                match.mentions().stream()
                        .filter(m -> m instanceof Mention.OfStructure)
                        .forEach(m -> anchored.add(m.structure()));
            } else if (of.size() == 1 && !of.contains(null)) {
                anchored.addAll(of);
            }
        }
        return anchored;
    }

    /**
     * "Finns det en samverkanskoordinator i Jämtland, som i HälSam?": the structure the question likens another to is
     * no subject of it, nor is a word of its own there ("samverkanskoordinator" is HälSam's). Unless it is the only
     * one named.
     */
    private Set<Structure> withoutTheOnesLikenedTo(Set<Structure> anchored, List<Linker.Match> matches) {
        if (anchored.size() < 2) {
            return anchored;
        }
        Set<Structure> asked = new LinkedHashSet<>(anchored);
        asked.removeAll(
                structuresOf(matches.stream().filter(m -> likenedTo(m.start())).toList()));
        return asked.isEmpty() ? anchored : asked;
    }

    private Linker.Match narrow(Linker.Match match) {
        Set<Structure> preferred = !context.isEmpty()
                ? context
                : asker.map(a -> Set.of(a.structure())).orElse(Set.of());
        if (preferred.isEmpty()) {
            return match;
        }
        Set<Mention> kept = match.mentions().stream()
                .filter(m -> m.structure() == null || preferred.contains(m.structure()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (kept.isEmpty() && match.description()) {
            // "den politiska samverkan i Jämtland": HälSam's forum described, where Jämtland Härjedalen's is meant.
            return null;
        }
        return kept.isEmpty() ? match : new Linker.Match(match.start(), match.end(), kept, match.description());
    }

    public List<Linker.Match> matches() {
        return matches;
    }

    /** Every mention of a kind, each match's candidates in order. */
    public <T extends Mention> List<T> all(Class<T> kind) {
        List<T> found = new ArrayList<>();
        for (Linker.Match match : matches) {
            match.mentions().stream()
                    .filter(kind::isInstance)
                    .map(kind::cast)
                    .filter(m -> !found.contains(m))
                    .forEach(found::add);
        }
        return found;
    }

    /** Matches that can only mean one thing of this kind are fine; one that could mean several is returned. */
    public <T extends Mention> Optional<List<T>> ambiguous(Class<T> kind) {
        for (Linker.Match match : matches) {
            List<T> candidates = match.mentions().stream()
                    .filter(kind::isInstance)
                    .map(kind::cast)
                    .toList();
            if (candidates.size() > 1) {
                return Optional.of(candidates);
            }
        }
        return Optional.empty();
    }

    /** The structures the message is about: those it names, else those of what it names, else the asker's. */
    public List<Structure> structures(List<Structure> all) {
        if (!context.isEmpty()) {
            return List.copyOf(context);
        }
        Set<Structure> fromMentions = structuresOf(matches);
        if (fromMentions.size() == 1) {
            return List.copyOf(fromMentions);
        }
        if (fromMentions.isEmpty()) {
            // "När är nästa hälsammöte?": a compound that opens with a structure's name is about that structure.
            List<Structure> named = openingWithAName(all);
            if (named.size() == 1) {
                return named;
            }
        }
        return asker.map(a -> List.of(a.structure())).orElse(all);
    }

    private static Set<Structure> structuresOf(List<Linker.Match> matches) {
        return matches.stream()
                .flatMap(m -> m.mentions().stream())
                .map(Mention::structure)
                .filter(s -> s != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The words that liken what follows to what the question asks about: "som i", "liksom", "like in", "as in". */
    private static final Set<String> LIKENING = Set.of("liksom", "like");

    private static final Set<List<String>> LIKENING_TWO = Set.of(
            List.of("som", "i"),
            List.of("som", "pa"),
            List.of("som", "hos"),
            List.of("som", "for"),
            List.of("precis", "som"),
            List.of("like", "in"),
            List.of("as", "in"),
            // Not "as for": "as for HälSam, …" names what the question is about.
            List.of("as", "with"));

    /** Whether the name at that word follows words that liken to it. */
    private boolean likenedTo(int start) {
        return start >= 1 && LIKENING.contains(words.get(start - 1))
                || start >= 2 && LIKENING_TWO.contains(words.subList(start - 2, start));
    }

    /**
     * The structures one of the message's words opens with the name of; worked out once per message, as answering
     * asks for the message's structures many times (at national scale, normalising every structure's names for
     * every word each time was a sixth of a document question's time).
     */
    private List<Structure> openingWithAName(List<Structure> all) {
        if (openingOf != all) {
            opening = all.stream().filter(this::aWordOpensWithNameOf).toList();
            openingOf = all;
        }
        return opening;
    }

    /** A structure's name or alias of five letters or more, followed by at least three letters more. */
    private boolean aWordOpensWithNameOf(Structure structure) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(structure.name()), structure.aliases().stream())
                .map(Words::normalize)
                .filter(name -> name.length() >= 5 && !name.contains(" "))
                .anyMatch(name ->
                        words.stream().anyMatch(word -> word.length() >= name.length() + 3 && word.startsWith(name)));
    }

    /**
     * "Vilka sitter i SocSams presidium?": a forum is named with the word for a presidium, and none of the forums
     * named is itself one (HälSams presidium is a forum of its own; SocSam's presidium is not in the register).
     */
    public boolean namesThePresidiumOfAForum() {
        List<Mention.OfForum> forums = all(Mention.OfForum.class);
        return !forums.isEmpty()
                && words.stream().anyMatch(Linker.PRESIDIUM_WORDS::contains)
                && forums.stream()
                        .noneMatch(f -> Words.normalize(f.forum().name()).contains("presidi"));
    }

    /** The message names a structure and no forum, party, body or person in it. */
    public boolean namesStructureOnly() {
        return !all(Mention.OfStructure.class).isEmpty()
                && all(Mention.OfForum.class).isEmpty()
                && all(Mention.OfParty.class).isEmpty()
                && all(Mention.OfBody.class).isEmpty()
                && all(Mention.OfPerson.class).isEmpty()
                && all(Mention.OfLevel.class).isEmpty();
    }

    /** "när", "when", "vilket datum": the question wants a date. */
    public boolean asksWhen() {
        return WHEN.matcher(text.toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** "varför", "why", "vad är skälen": the question wants a reason, which the documents give and the register does not. */
    public boolean asksWhy() {
        return WHY.matcher(text).find();
    }

    private static final Pattern OPENS_WITH_WHO = Pattern.compile("(?iuU)^\\W*(vem|vilka|who)\\b");

    /** "Vem …", "vilka …", "who …": the question opens by asking for people. */
    public boolean asksWho() {
        return OPENS_WITH_WHO.matcher(text).find();
    }

    private static final Pattern WHERE = Pattern.compile(
            "(?iuU)^\\W*(var|where)\\b|\\b(vilken plats|vilken lokal|på vilken ort|vilken ort|which place|what place"
                    + "|what location|which location|which venue)\\b");

    /** "Var träffas länsledningen?", "where does SVOM meet?", "vilken lokal …": the question asks for a place. */
    public boolean asksWhere() {
        return WHERE.matcher(text).find();
    }

    /**
     * "hur många", "how many", "antal": the question wants a number — unless it asks who decides the number ("vem
     * bestämmer hur många lokala grupper en kommun ska ha?"), which a count would only seem to answer.
     */
    public boolean asksHowMany() {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return HOW_MANY.matcher(lower).find() && !WHO_DECIDES.matcher(lower).find();
    }

    private static final Pattern WHO_DECIDES = Pattern.compile(
            "(?U)^\\W*(vem|vilka|vilken|who|which)\\s+(\\S+\\s+)?(bestämmer|bestammer|beslutar|beslutar om|avgör|avgor"
                    + "|styr|decides|determines|sets|gets to decide)\\b");

    public Set<ForumLevel> levels() {
        return all(Mention.OfLevel.class).stream()
                .map(Mention.OfLevel::level)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Set<StrategicArea> areas() {
        return all(Mention.OfArea.class).stream()
                .map(Mention.OfArea::area)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Set<SeatRole> roles() {
        return all(Mention.OfRole.class).stream()
                .map(Mention.OfRole::role)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Set<String> municipalities() {
        return all(Mention.OfParty.class).stream()
                .filter(p -> p.party().kind() == PartyKind.MUNICIPALITY)
                .map(p -> p.party().id())
                .collect(Collectors.toSet());
    }

    /**
     * The month a question names by name ("träffas de i februari?"): in the year it names, else the next such month
     * from today on (in December, "februari" is next February).
     */
    public Optional<java.time.YearMonth> month() {
        Optional<Integer> month = words.stream()
                .map(se.samverkansbot.text.WhenParser::month)
                .flatMap(Optional::stream)
                .findFirst();
        if (month.isEmpty()) {
            return Optional.empty();
        }
        java.time.YearMonth thisYear = java.time.YearMonth.of(year().orElse(today.getYear()), month.get());
        return Optional.of(
                year().isEmpty() && thisYear.isBefore(java.time.YearMonth.from(today))
                        ? thisYear.plusYears(1)
                        : thisYear);
    }

    /**
     * The year the question speaks of, when it says one: named ("2021"), "förra året", "nästa år", or a season past
     * ("i våras" in December is this year's spring, in March last year's).
     */
    public Optional<Integer> yearSpokenOf() {
        Optional<Integer> named = year();
        if (named.isPresent()) {
            return named;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (LAST_YEAR.matcher(lower).find()) {
            return Optional.of(today.getYear() - 1);
        }
        if (NEXT_YEAR.matcher(lower).find()) {
            return Optional.of(today.getYear() + 1);
        }
        java.util.regex.Matcher season = PAST_SEASON.matcher(lower);
        if (season.find()) {
            String said = season.group(1);
            int endsIn = said.contains("vintras")
                    ? 2
                    : said.contains("vår") || said.contains("var") || said.contains("spring")
                            ? 5
                            : said.contains("som") || said.contains("summer") ? 8 : 11;
            return Optional.of(today.getMonthValue() > endsIn ? today.getYear() : today.getYear() - 1);
        }
        return Optional.empty();
    }

    /** Whether a word is a year: "2022" in "who in the 2022 working group". */
    static boolean isAYear(String word) {
        return YEAR.matcher(word).matches();
    }

    public Optional<Integer> year() {
        return words.stream().filter(Utterance::isAYear).map(Integer::valueOf).findFirst();
    }

    /**
     * The day the question is about, for seats and members: a date it names ("från 1 januari 2027"); a year
     * ("2027" is its first day, a past year its last, this year today); "nästa år" / "next year" and "förra året"
     * / "last year"; else today.
     */
    public LocalDate asOf() {
        LocalDate known = asOf;
        if (known == null) {
            known = dayAsked();
            asOf = known;
        }
        return known;
    }

    /** Read once per message: answers ask for it for every seat they look at. */
    private volatile LocalDate asOf;

    private LocalDate dayAsked() {
        return dayNamed().or(this::lastDayOfEndedForums).orElse(today);
    }

    /** Whether the question names its day (a date, a year, "nästa år"), rather than leaving it to today. */
    public boolean namesADay() {
        return dayNamed().isPresent();
    }

    private Optional<LocalDate> dayNamed() {
        List<LocalDate> named = dates();
        if (!named.isEmpty()) {
            // "efter 31 december" is about the day after it.
            return Optional.of(
                    AFTER_A_DATE
                                    .matcher(text.toLowerCase(java.util.Locale.ROOT))
                                    .find()
                            ? named.getFirst().plusDays(1)
                            : named.getFirst());
        }
        Optional<Integer> year = year();
        if (year.isPresent()) {
            // "efter 2026", "after 2026": the first day after that year.
            return Optional.of(
                    AFTER_A_YEAR
                                    .matcher(text.toLowerCase(java.util.Locale.ROOT))
                                    .find()
                            ? LocalDate.of(year.get() + 1, 1, 1)
                            : yearAsOf(year.get()));
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (NEXT_YEAR.matcher(lower).find()) {
            return Optional.of(yearAsOf(today.getYear() + 1));
        }
        if (LAST_YEAR.matcher(lower).find()) {
            return Optional.of(yearAsOf(today.getYear() - 1));
        }
        if (FROM_A_MONTH.matcher(lower).find()) {
            // "vem blir ordförande från januari?" in December: next January, the first day of it.
            return month().map(m -> m.atDay(1)).map(first -> first.isBefore(today) ? today : first);
        }
        return Optional.empty();
    }

    /**
     * "Vem representerade Ånge i arbetsgruppen?": a question naming only forums that have ended, and no day, is
     * about when they existed — their last day — not today, when nobody sits in them.
     */
    private Optional<LocalDate> lastDayOfEndedForums() {
        List<Mention.OfForum> forums = all(Mention.OfForum.class);
        if (forums.isEmpty()
                || forums.stream()
                        .anyMatch(f -> f.forum().validTo() == null
                                || !f.forum().validTo().end().isBefore(today))) {
            return Optional.empty();
        }
        return forums.stream().map(f -> f.forum().validTo().end()).max(LocalDate::compareTo);
    }

    /** The question is about another day than today. */
    public boolean asksAboutAnotherDay() {
        return !asOf().equals(today);
    }

    private LocalDate yearAsOf(int year) {
        if (year == today.getYear()) {
            return today;
        }
        return year > today.getYear() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
    }

    /** An agenda item id ("A-7K3PQ") in the text, upper case. */
    public Optional<String> itemId() {
        Matcher id = ITEM_ID.matcher(text);
        return id.find() ? Optional.of(id.group().toUpperCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** The dates the text names, read as people write them ("29 mars", "2027-03-29", "nästa tisdag"). */
    public List<LocalDate> dates() {
        return WhenParser.dates(text, today).stream()
                .map(WhenParser.Found::value)
                .toList();
    }

    /** Words that name nothing in the register (safe to repeat: only letters and digits are left). */
    /**
     * Words written with a capital letter inside a sentence that name nothing the register knows, as written and
     * those in a row together ("Kristina Kamsten", "Gävleborg"): most likely a name the bot does not know. Empty when
     * the text and its words cannot be lined up.
     */
    public List<String> unnamedCapitalised() {
        List<String> found = new ArrayList<>();
        int index = 0;
        int lastFound = -2;
        boolean sentenceStart = true;
        for (String piece : text.split("\\s+")) {
            List<String> pieceWords = Words.tokens(piece);
            int firstLetter = 0;
            while (firstLetter < piece.length() && !Character.isLetterOrDigit(piece.charAt(firstLetter))) {
                firstLetter++;
            }
            boolean capitalised = firstLetter < piece.length() && Character.isUpperCase(piece.charAt(firstLetter));
            for (int k = 0; k < pieceWords.size(); k++, index++) {
                if (index >= words.size() || !words.get(index).equals(pieceWords.get(k))) {
                    return List.of();
                }
                final int at = index;
                if (k == 0
                        && capitalised
                        && !sentenceStart
                        && matches.stream().noneMatch(m -> at >= m.start() && at < m.end())) {
                    // As written ("Gävleborg", not the folded "gavleborg"), when the piece is one word.
                    String written = pieceWords.size() == 1
                            ? piece.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "")
                            : words.get(index);
                    if (at == lastFound + 1 && !found.isEmpty()) {
                        // "Olle Svensson" is one name.
                        found.set(found.size() - 1, found.getLast() + " " + written);
                    } else {
                        found.add(written);
                    }
                    lastFound = at;
                }
            }
            if (!pieceWords.isEmpty()) {
                sentenceStart =
                        piece.endsWith(".") || piece.endsWith("?") || piece.endsWith("!") || piece.endsWith(":");
            }
        }
        return index == words.size() ? found : List.of();
    }

    public List<String> unnamedWords() {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            final int index = i;
            if (matches.stream().noneMatch(m -> index >= m.start() && index < m.end())) {
                rest.add(words.get(i));
            }
        }
        return rest;
    }
}
