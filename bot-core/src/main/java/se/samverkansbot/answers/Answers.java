package se.samverkansbot.answers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.meeting.YearWheel;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.Structure;
import se.samverkansbot.understanding.ForumSubject;
import se.samverkansbot.understanding.Intent;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.understanding.WhetherItDecides;
import se.samverkansbot.wording.Phrasing;

/**
 * Answers members' questions from the register, in the language of the question. It states only what the register
 * holds: what it does not know it says it does not know, and a name that fits several things gets a clarifying
 * question with a button per candidate instead of a guess.
 */
public final class Answers {
    static final Set<String> FIRST_PERSON = Set.of("jag", "mig", "min", "mitt", "mina", "me", "my", "mine");

    private final Supplier<Register> register;
    private final Clock clock;
    private final ForumAnswers forums = new ForumAnswers();
    private final PeopleAnswers people = new PeopleAnswers();
    private final StructureAnswers structures = new StructureAnswers();
    private final MeetingAnswers meetingAnswers;
    private final YearWheel yearWheel;
    private final SourceAnswers sources;
    private final WorkingDays workingDays;

    public Answers(Supplier<Register> register, Meetings meetings, Clock clock, WorkingDays workingDays) {
        this.register = register;
        this.clock = clock;
        this.workingDays = workingDays;
        this.meetingAnswers = new MeetingAnswers(meetings);
        this.yearWheel = new YearWheel(meetings);
        this.sources = new SourceAnswers(register);
    }

    /**
     * An answer for a question no intent was recognised in, or that only a broad overview fits: a person named by
     * title, then a dated event of the register for a "when" question, then a quote from the source documents that
     * covers the question (better a passage the reader can check than "I don't know"). Overruling a recognised
     * intent takes a closer match.
     */
    public Optional<Reply> beyondIntents(Utterance u, boolean overrulingAnIntent) {
        if (u.all(Mention.OfPerson.class).isEmpty()) {
            Optional<Reply> byTitle = people.byTitle(u, register.get().structures());
            if (byTitle.isPresent()) {
                return byTitle;
            }
        }
        return sources.milestone(u, overrulingAnIntent).or(() -> sources.quote(u, overrulingAnIntent));
    }

    /**
     * "Vilka sitter i SocSams presidium?": the register keeps the forum's seats, not its presidium's, and the forum's
     * seats counted or listed would read as the presidium's. Says so, with what the documents say nearby.
     */
    public Optional<Reply> presidiumOfAForum(Utterance u) {
        if (!u.namesThePresidiumOfAForum()) {
            return Optional.empty();
        }
        List<String> names = u.all(Mention.OfForum.class).stream()
                .map(f -> f.forum().name())
                .distinct()
                .toList();
        String forums = u.say().join(names);
        String noSeats = u.say()
                .say(
                        "registret har inga platser för presidiet i %s, bara för %s som helhet.",
                        "the register has no seats for the presidium of %s, only for %s as a whole.")
                .formatted(forums, forums);
        String admission = u.say().say("Det vet jag inte: ", "I don't know: ") + noSeats;
        // The documents' words nearby, whose own "I don't know for sure" then follows the register's line.
        return Optional.of(sources.quote(u, false)
                .map(quoted ->
                        quoted.after(MissingAnswer.asksBackOrAdmits(quoted) ? Phrasing.capitalize(noSeats) : admission))
                .orElseGet(() -> Reply.plain(admission, u.language())));
    }

    /**
     * The bot's own practice, where the question asks about it rather than one forum's coming dates: how it keeps
     * deadlines around a meeting, what it keeps of what is sent in, and where it can be reached.
     */
    public Optional<Reply> practice(Utterance u) {
        return DeadlinePractice.of(u, register.get().structures(), workingDays)
                .or(() -> RecordsPractice.of(u))
                .or(() -> MinutesPractice.of(u, u.structures(register.get().structures())))
                .or(() -> WhereTheBotIs.of(u));
    }

    /** What came of an event the documents only plan or announce: that they do not say, and what they do say. */
    public Optional<Reply> unrecordedOutcome(Utterance u) {
        return sources.unrecordedOutcome(u);
    }

    /** A kind of meeting a forum's rhythm promises, asked about ahead with no date entered for it. */
    public Optional<Reply> recurringMeeting(Utterance u) {
        return meetingAnswers.recurring(u, u.structures(register.get().structures()), clock.instant());
    }

    /** The forums of the area a question names, each with its mandate, and how to raise a matter if there is one. */
    public Optional<Reply> forumsOfArea(Utterance u) {
        List<ForumRef> forums = forumsOfTheAreaNamed(u);
        return forums.isEmpty() ? Optional.empty() : Optional.of(AreaForums.described(u, forums, true));
    }

    /** The forums of the strategic area a question names, where it asks which forum, and names none. */
    public List<ForumRef> forumsOfTheAreaNamed(Utterance u) {
        return AreaForums.of(u, u.structures(register.get().structures()));
    }

    /** The one forum of the strategic area a question names, where it names no forum. */
    public Optional<ForumRef> theForumOfTheAreaNamed(Utterance u) {
        return AreaForums.theOne(u, u.structures(register.get().structures()));
    }

    /** The forums of an area, each with its level and mandate, to go before how to raise a matter there. */
    public Reply describeForumsOfArea(Utterance u, List<ForumRef> forums) {
        return AreaForums.described(u, forums, false);
    }

    /** How many of the register's dated events of a past year fit the question, listed. */
    public Optional<Reply> eventsCounted(Utterance u) {
        // "How many municipalities were in SocialReKo in 2021?" counts parties, seats or forums, which the register
        // keeps as such, not events that name the forum and the year.
        if (u.words().stream()
                .anyMatch(w -> PARTY_WORDS.contains(w) || SEAT_WORDS.contains(w) || FORUM_WORDS.contains(w))) {
            return Optional.empty();
        }
        return sources.eventsCounted(u);
    }

    /** What the register's dated events say happened on a past day the question names. */
    public Optional<Reply> onTheDayNamed(Utterance u) {
        return sources.onTheDayNamed(u);
    }

    /**
     * "Blir det internat för HälSam 2027?": a question about a word of the glossary that names nothing else of the
     * register (no forum, party, board or person) is answered by what the glossary says of it, not by an overview
     * of the structure. The structure's own name, also a glossary word, does not count.
     */
    public Optional<Reply> aboutAGlossaryWord(Utterance u) {
        if (!u.all(Mention.OfForum.class).isEmpty()
                || !u.all(Mention.OfParty.class).isEmpty()
                || !u.all(Mention.OfBody.class).isEmpty()
                || !u.all(Mention.OfPerson.class).isEmpty()) {
            return Optional.empty();
        }
        List<Mention.OfTerm> terms = u.all(Mention.OfTerm.class).stream()
                .filter(t -> !t.namesItsStructure())
                .filter(t -> !namesWhenOnly(u, t))
                .toList();
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        Reply meaning = structures.terms(u, terms);
        // "Var hålls HälSams internat i år?": what a word means says nowhere where its thing is held.
        return Optional.of(
                u.asksWhere()
                        ? meaning.after(u.say()
                                .say(
                                        "Det vet jag inte: jag hittar ingen plats för det. Det här vet jag:",
                                        "I don't know: I find no place for that. This is what I know:"))
                        : meaning);
    }

    /**
     * "… under nästa mandatperiod?", "during the new term": the glossary word only says when the question is about,
     * which what it means does not answer.
     */
    private static boolean namesWhenOnly(Utterance u, Mention.OfTerm term) {
        List<String> after = A_TIME_BEFORE
                .matcher(se.samverkansbot.text.Words.normalize(u.text()))
                .results()
                .map(found -> found.group(4))
                .toList();
        return !after.isEmpty()
                && java.util.stream.Stream.concat(Stream.of(term.term().term()), term.term().aliases().stream())
                        .map(se.samverkansbot.text.Words::normalize)
                        .filter(word -> word.length() >= 4)
                        .anyMatch(word -> after.stream().anyMatch(said -> said.startsWith(word)));
    }

    /** "under nästa", "during the new", "från den nya", and the word after it, which says when. */
    private static final java.util.regex.Pattern A_TIME_BEFORE = java.util.regex.Pattern.compile(
            "(?U)\\b(under|infor|efter|fran|i|in|during|for|from|after|before)\\s+(den\\s+|the\\s+)?"
                    + "(nasta|kommande|nya|denna|nuvarande|next|coming|new|this|current)\\s+(\\p{L}+)");

    /**
     * Words of numbers the register never keeps: people living, working, studying or treated somewhere, attendance and
     * votes. Compared as written, with å, ä and ö: "bor" (live) is not "bör" (should).
     */
    private static final Set<String> UNKEPT_NUMBERS = Set.of(
            "invånare",
            "befolkning",
            "befolkningen",
            "bor",
            "anställda",
            "elever",
            "patienter",
            "brukare",
            "deltog",
            "deltagare",
            "närvarade",
            "röster",
            "röstade",
            "attended",
            "attend",
            "participated",
            "participants",
            "votes",
            "voted",
            "inhabitants",
            "residents",
            "population",
            "live",
            "lives",
            "living",
            "employees",
            "employ",
            "employs",
            "pupils",
            "students",
            "patients");

    /** What the register counts: "hur många kommuner deltog …" is a count of municipalities, whatever the verb. */
    private static final Set<String> COUNTED_BY_THE_REGISTER = Set.of(
            "kommuner",
            "regioner",
            "parter",
            "huvudmän",
            "forum",
            "grupper",
            "ledamöter",
            "platser",
            "representanter",
            "möten",
            "nivåer",
            "områden",
            "municipalities",
            "regions",
            "parties",
            "principals",
            "forums",
            "groups",
            "members",
            "seats",
            "representatives",
            "meetings",
            "levels",
            "areas");

    /** "How many people live in Västernorrland?": a count of something the register does not hold at all. */
    public static boolean countsWhatNobodyKeeps(Utterance u) {
        List<String> written = java.util.Arrays.stream(
                        u.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .toList();
        if (written.stream().anyMatch(COUNTED_BY_THE_REGISTER::contains)) {
            return false;
        }
        return u.asksHowMany() && written.stream().anyMatch(UNKEPT_NUMBERS::contains)
                || POPULATION_OF.matcher(u.text()).find();
    }

    /** "What's the population of Jämtland county?" asks for a number without "how many". */
    private static final java.util.regex.Pattern POPULATION_OF = java.util.regex.Pattern.compile(
            "(?iU)\\b(population of|population in|befolkningen i|invånarantal\\p{L}*|folkmängd\\p{L}*)\\b");

    /**
     * "Hur många deltog på HälSams internat förra året?": a number neither the register nor the documents keep (no
     * passage gave one). Says so first, then what it knows of the word asked about, if the glossary has it; the
     * glossary alone would read as an answer.
     */
    public Reply uncounted(Utterance u) {
        String dontKnow = u.say()
                .say(
                        "Det vet jag inte: varken registret eller dokumenten anger det antalet.",
                        "I don't know: neither the register nor the documents give that number.");
        return aboutAGlossaryWord(u)
                .map(known -> known.after(dontKnow + "\n" + u.say().say("Det här vet jag:", "This is what I know:")))
                .orElseGet(() -> Guidance.withExamples(u.say(), dontKnow));
    }

    /** Capitalised words that are seldom names of what a question asks about (months and weekdays aside). */
    private static final Set<String> COMMON_CAPITALISED = Set.of(
            "christmas",
            "easter",
            "midsummer",
            "english",
            "swedish",
            "sweden",
            "sverige",
            "slack",
            "teams",
            "ok",
            "jul",
            "pask",
            "midsommar",
            "samverkansbot",
            "bot",
            "hi",
            "hello",
            "hej",
            "tack",
            "thanks",
            "please");

    /**
     * A question naming someone or something that neither the register nor the documents know ("Vilken kommun
     * arbetar Kristina Kamsten i?", "finns det något liknande i Region Gävleborg?"): saying so is the honest answer,
     * where any overview would answer a question about something else.
     */
    public Optional<Reply> unknownName(Utterance u) {
        List<String> unknown = new java.util.ArrayList<>(u.unnamedCapitalised().stream()
                .filter(name -> name.length() >= 3 && !name.chars().allMatch(Character::isDigit))
                .filter(name -> !COMMON_CAPITALISED.contains(se.samverkansbot.text.Words.normalize(name))
                        && !se.samverkansbot.text.WhenParser.namesAMonthOrDay(
                                se.samverkansbot.text.Words.normalize(name)))
                .filter(name -> !java.util.Arrays.stream(name.split(" "))
                        .allMatch(word -> sources.mentioned(word) || sources.mentionedAsACompound(word)))
                .toList());
        if (unknown.isEmpty()) {
            unknownOrganisation(u).ifPresent(unknown::add);
        }
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        String names = u.say().join(unknown);
        return Optional.of(Reply.plain(
                u.say()
                        .say(
                                unknown.size() == 1
                                        ? "Jag känner inte till %s: varken registret eller dokumenten nämner det."
                                        : "Jag känner inte till %s: varken registret eller dokumenten nämner dem.",
                                unknown.size() == 1
                                        ? "I don't know %s: neither the register nor the documents mention it."
                                        : "I don't know %s: neither the register nor the documents mention them.")
                        .formatted(names),
                u.language()));
    }

    private static final java.util.regex.Pattern REGION_THEN_NAME =
            // Not "the region": "who from the region sits in HälSam?" names no region ("Region Sits").
            java.util.regex.Pattern.compile("(?iuU)(?<!\\bthe\\s)\\b(region|landstinget|county of)\\s+(\\p{L}{4,})");
    /** The group of NAME_THEN_KIND that holds the name; the kind is the next. */
    private static final int KIND_NAME = 2;

    private static final java.util.regex.Pattern NAME_THEN_KIND = java.util.regex.Pattern.compile(
            // Not after an article or a determiner: "Vi är en liten kommun" names no "Liten kommun".
            "(?iuU)(?<!\\b(en|ett|a|an|the|vår|var|our|min|my|din|your|varje|each|every|annan|another|någon|nagon"
                    + "|some|den|denna|samma|same|this|that)\\s)\\b(\\p{L}{4,})\\s+"
                    + "(kommun|län|lan|county|municipality)\\b");

    /**
     * "… skola/soc/region planerades in 2022?": a word after "region" written as a verb is no place name (no Swedish
     * region or county is named with these endings).
     */
    private static final java.util.regex.Pattern VERB_FORM =
            java.util.regex.Pattern.compile("(ades|ade|ats|tes|des|erar|ed)$");

    /**
     * "finns det nåt motsvarande i region gävleborg?", written in lower case as chat often is: a region or
     * municipality by a name the register and the documents never use. "region" alone would otherwise be taken for
     * the structure's own region.
     */
    private Optional<String> unknownOrganisation(Utterance u) {
        for (java.util.regex.Pattern pattern : List.of(REGION_THEN_NAME, NAME_THEN_KIND)) {
            java.util.regex.Matcher matcher = pattern.matcher(u.text());
            while (matcher.find()) {
                boolean regionFirst = pattern == REGION_THEN_NAME;
                String name = matcher.group(regionFirst ? 2 : KIND_NAME);
                String normalized = se.samverkansbot.text.Words.normalize(name);
                if (!sources.mentionedAlike(normalized)
                        && !sources.mentioned(normalized)
                        && !namesAParty(u, normalized)
                        && !VERB_FORM.matcher(normalized).find()
                        && !COMMON_CAPITALISED.contains(normalized)
                        && !se.samverkansbot.text.WhenParser.namesAMonthOrDay(normalized)) {
                    String written = Phrasing.capitalize(name);
                    return Optional.of(
                            regionFirst
                                    ? Phrasing.capitalize(matcher.group(1)) + " " + written
                                    : written + " " + matcher.group(KIND_NAME + 1));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a word is part of the name of a party the question links to: "har Bergs kommun en plats i
     * Barnarenan?" names a party the documents never mention, and the register's name is enough.
     */
    private static boolean namesAParty(Utterance u, String normalized) {
        // With or without the name's genitive: "new in Berg kommun" names Bergs kommun.
        return u.all(Mention.OfParty.class).stream()
                .map(p -> se.samverkansbot.text.Words.tokens(p.party().name()))
                .anyMatch(tokens -> tokens.contains(normalized) || tokens.contains(normalized + "s"));
    }

    /** "Vad tycker Ragunda om översynen?": no party's view is recorded; said so. */
    public Optional<Reply> opinionOfAParty(Utterance u) {
        return Opinions.answer(u);
    }

    /** "Vad heter ordf i socialnämnden?", "what's the name of …": a person asked for by name. */
    private static final java.util.regex.Pattern ASKS_A_NAME = java.util.regex.Pattern.compile(
            "(?iuU)\\b(vad heter|vem heter|namnet på|what is the name|what's the name|whats the name|name of)\\b");

    /** "HOSPA – is that a unit of a municipality or of the region?": the party a board belongs to. */
    public Optional<Reply> ownerOfABody(Utterance u) {
        return BodyOwner.answer(u);
    }

    /**
     * "Vem är ordförande i HSN?", "who chairs the social services board in Sundsvall?": a board's own chair is not a
     * seat of any forum, so the register does not know; what it knows nearby is where the board is represented.
     * Before any forum is asked for ("which forum do you mean?") or a passage that names the board is quoted.
     */
    public Optional<Reply> holderOfABoardsRole(Utterance u) {
        if (u.roles().isEmpty()
                || !u.asksWho() && !ASKS_A_NAME.matcher(u.text()).find()
                || u.all(Mention.OfBody.class).isEmpty()
                || !u.all(Mention.OfPerson.class).isEmpty()
                || !u.all(Mention.OfForum.class).isEmpty()) {
            return Optional.empty();
        }
        Phrasing say = u.say();
        String boards = say.join(u.all(Mention.OfBody.class).stream()
                .map(b -> b.body().name())
                .distinct()
                .toList());
        String unknown = say.say(
                        "Registret anger inte vem som är %s i %s; det håller bara platserna i samverkansforumen.",
                        "The register does not say who is %s of %s; it holds only the seats in the forums.")
                .formatted(say.join(u.roles().stream().map(say::label).toList()), boards);
        return Optional.of(representation(new Intent.Represents(), u, List.of())
                .map(r -> r.after(unknown))
                .orElseGet(() -> Reply.plain(unknown, u.language())));
    }

    /**
     * "När börjar nästa mandatperiod?", "how long until the current term ends?": the term's first or last day; "hur
     * många år är en mandatperiod?": how long a term is.
     */
    public Optional<Reply> termStartOrEnd(Utterance u) {
        return TermOfOffice.howManyYears(u).or(() -> TermOfOffice.whenATermStartsOrEnds(u));
    }

    /** "Im the new RUN chair from January, do I get a seat in HälSam?": the seats that go with a board's chair. */
    public Optional<Reply> seatsOfABoardsChair(Utterance u) {
        return ChairsSeats.answer(u, register.get().structures());
    }

    /** "Jag jobbar i Härjedalens kommun – tillhör vi HälSam?": no, said first, where it is a party of the other. */
    public Optional<String> partyOfAnotherStructure(Utterance u) {
        return Membership.ofAnotherStructure(u);
    }

    /** "Är skolnämndernas ordförande med i SVOM?": whether a kind of board sits there, yes or no first. */
    public Optional<Reply> boardInAForum(Utterance u) {
        if (u.all(Mention.OfBody.class).isEmpty()) {
            return Optional.empty();
        }
        ForumSubject subject = ForumSubject.of(u, register.get().structures());
        return subject.isAmbiguous() ? Optional.empty() : BoardMembership.answer(u, subject.forums());
    }

    /** "Vad är skillnaden mellan …", "what is the difference between …", "jämfört med", "compared to". */
    private static final java.util.regex.Pattern COMPARES = java.util.regex.Pattern.compile(
            "(?iuU)\\b(skillnad|skillnaden|skillnaderna|skiljer|jämför|jämfört|jamfor|jamfort|difference|differences"
                    + "|differ|differs|compare|compared|versus|vs)\\b");

    /**
     * "Skillnad mellan länsledningen och HälSam politisk samverkan?": two forums or more to tell apart, each described
     * side by side. A passage on one of them answered half the question.
     */
    public Optional<Reply> forumsCompared(Utterance u) {
        if (!COMPARES.matcher(u.text()).find()) {
            return Optional.empty();
        }
        // Two forums or levels named apart: "county coordination groups (lanssamordningsgrupper) … vs political theme
        // meetings" names one level twice against something that is no forum, and the groups' overviews answered only
        // the first half.
        long namesOfForums = u.matches().stream()
                .filter(match -> match.mentions().stream()
                        .anyMatch(m -> m instanceof Mention.OfForum || m instanceof Mention.OfLevel))
                .map(se.samverkansbot.understanding.Linker.Match::mentions)
                .distinct()
                .count();
        ForumSubject subject = ForumSubject.of(u, register.get().structures());
        List<ForumRef> named = subject.forums();
        return subject.isAmbiguous() || named.size() < 2 || namesOfForums < 2
                ? Optional.empty()
                : Optional.of(forums.about(u, named));
    }

    /**
     * "I vilket dokument hittar jag listan Huvudpunkterna …?", "under vilken rubrik står det att privata utförare
     * behöver förtydligas?": the passage that says it, whose citation names the document and the heading. The list of
     * all documents answered the first, and the second was told nothing speaks of "rubrik".
     */
    public Optional<Reply> whereItIsWritten(Utterance u) {
        return se.samverkansbot.sources.SourceSearch.asksWhereItIsWritten(u.text())
                ? sources.quote(u, true)
                : Optional.empty();
    }

    /** "Är Bräcke med i HälSam?", "has Ånge a seat in SVOM?": yes or no first, then the party's seats. */
    public Optional<Reply> membership(Utterance u) {
        if (!Membership.mayAsk(u)) {
            return Optional.empty();
        }
        ForumSubject subject = ForumSubject.of(u, register.get().structures());
        if (subject.isAmbiguous()) {
            return Optional.empty();
        }
        List<ForumRef> named = subject.forums();
        return Membership.answer(u, named, party -> people.representation(u, List.of(party), List.of(), named));
    }

    /** "Fanns HälSam 2022?", "does LAKO still exist?": yes or no from the period, with what came before or after. */
    public Optional<Reply> existence(Utterance u) {
        return Existence.answer(u);
    }

    /** Words between "vilka" and the kind they ask for. */
    private static final Set<String> KIND_WORDS = Set.of(
            "slags",
            "sorts",
            "typ",
            "typer",
            "kind",
            "kinds",
            "sort",
            "type",
            "types",
            "of",
            // "Which things must the review proposal clarify?": a word for anything is no kind the documents lack.
            "things",
            "thing",
            "saker",
            "grejer",
            "stuff");

    /**
     * Kinds that are points or stretches of time: the documents give them as dates ("september 2009", "2022–2026"),
     * seldom by the word itself, so "vilken månad …?" is no question about something they never speak of.
     */
    private static final Set<String> TIME_KINDS = Set.of(
            "period",
            "perioden",
            "manad",
            "manaden",
            "datum",
            "datumet",
            "vecka",
            "veckan",
            "tidpunkt",
            "arsskifte",
            "month",
            "periods",
            "date",
            "week",
            "weekday",
            "season");

    /** The verbs of "vad blir det för …", "vad finns det för …", as the question's words write them. */
    private static final Set<String> WHAT_KIND_VERBS = Set.of("ar", "var", "blir", "blev", "finns", "fanns");

    /**
     * "Vad blir det för lunch på mötet 9/12?" asks for a kind as "vilken lunch" would: where "vad" at {@code i} opens
     * such a question, the place of its "för" (the kind follows), else -1. Only with "det": "vad är RSR för
     * församling?" asks what RSR is, and in "vad ansvarar länsledningen för egentligen?" "för" belongs to the verb.
     */
    private static int whatKindOf(List<String> words, int i) {
        boolean asks = words.get(i).equals("vad")
                && i + 3 < words.size()
                && WHAT_KIND_VERBS.contains(words.get(i + 1))
                && words.get(i + 2).equals("det")
                && words.get(i + 3).equals("for");
        return asks ? i + 3 : -1;
    }

    /** Words that ask for things of a kind: the word after them names the kind. */
    private static final Set<String> ASKS_WHICH = Set.of("vilka", "vilken", "vilket", "which");

    /**
     * "Vilka konsulter tog fram förslaget?": a question asking for things of a kind that neither the register nor
     * the documents speak of. Saying so is the honest answer; an overview of what else the question names (or a
     * passage that shares its other words) would answer a question nobody asked. {@code known} tells the words the
     * bot itself answers about (the intents' cues), which are not the documents' words.
     */
    public Optional<Reply> unknownKind(Utterance u, java.util.function.Predicate<String> known) {
        if (!u.all(Mention.OfPerson.class).isEmpty() || sources.mentionsAnAmountIn(u.text())) {
            // "Vilket telefonnummer har Ewa Klingefors?": what the register holds about a person says it best;
            // "0,4 mnkr – vilken resurs är det?": the passage that holds the amount does.
            return Optional.empty();
        }
        List<String> words = u.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            // Not "hur många …": what is counted is often a unit ("procent") or a thing in general ("things").
            int asksFrom = ASKS_WHICH.contains(words.get(i)) ? i : whatKindOf(words, i);
            if (asksFrom < 0) {
                continue;
            }
            // "vilka slags frågor", "which kinds of meetings": the kind is the word after "slags", "kinds of".
            int after = asksFrom + 1;
            while (after + 1 < words.size() && KIND_WORDS.contains(words.get(after))) {
                after++;
            }
            int at = after;
            String kind = words.get(at);
            boolean named = isInAName(u, at);
            // "which political party": in English the kind may be two words, the first of them an adjective the
            // documents use ("political"). The word list knows such a phrase and what it is in Swedish ("parti").
            boolean twoWords = u.language() == se.samverkansbot.register.Language.ENGLISH
                    && at + 1 < words.size()
                    && !named
                    && !isInAName(u, at + 1)
                    && !answeredOtherwise(kind, known)
                    && !answeredOtherwise(words.get(at + 1), known);
            Optional<Boolean> phraseSpokenOf =
                    twoWords ? sources.mentionsTheSwedishOf(kind + " " + words.get(at + 1)) : Optional.empty();
            if (phraseSpokenOf.isPresent()) {
                return phraseSpokenOf.get()
                        ? Optional.empty()
                        : Optional.of(nothingSpeaksOf(u, kind + " " + words.get(at + 1)));
            }
            if (kind.length() < 5
                    || named
                    // "Vilket organ initierade Barnarenan?" asks who; the documents need not say "organ".
                    || se.samverkansbot.sources.SourceSearch.asksWhoOfAnyKind(kind)
                    || answeredOtherwise(kind, known)
                    || sources.mentionedAlike(kind)) {
                return Optional.empty();
            }
            return Optional.of(
                    nothingSpeaksOf(u, writtenForms(u.text(), kind).findFirst().orElse(kind)));
        }
        return Optional.empty();
    }

    private static final Set<String> DAY_WORDS = Set.of(
            "mandag",
            "tisdag",
            "onsdag",
            "torsdag",
            "fredag",
            "lordag",
            "sondag",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "imorgon",
            "tomorrow",
            "today",
            "tonight",
            "weekend",
            "helgen");

    /** The shortest word {@link #offTheSubject} takes for an unknown subject: one letter less than a question's. */
    private static final int OFF_THE_SUBJECT_WORD = MissingAnswer.SUBJECT_WORD - 1;

    /** Words asking about a place in general ("vad händer i Sundsvall?"), which its seats in the structures answer. */
    private static final Set<String> GENERAL_WORDS =
            Set.of("hander", "hande", "happens", "happened", "happening", "galler", "fungerar", "going");

    /**
     * "What's the weather forecast in Sundsvall for Friday?", "Var kan man parkera i Sundsvall?": a place the register
     * knows, and no word the documents use (nor a long one the bot's own cues or the analyser know). The party's
     * seats were listed as if they answered. Only with parties alone named.
     */
    public Optional<Reply> offTheSubject(Utterance u, java.util.function.Predicate<String> known) {
        List<Mention> named = u.all(Mention.class);
        if (named.isEmpty()
                || !named.stream().allMatch(mention -> mention instanceof Mention.OfParty)
                || !u.levels().isEmpty()
                || !u.roles().isEmpty()) {
            return Optional.empty();
        }
        List<String> words = u.words();
        String unknown = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            // Days say when, not what.
            if (isInAName(u, i) || word.chars().anyMatch(Character::isDigit) || DAY_WORDS.contains(word)) {
                continue;
            }
            boolean subject = word.length() >= MissingAnswer.SUBJECT_WORD;
            if (!sources.documentsWordsFor(word).isEmpty()
                    || subject && (known.test(word) || GENERAL_WORDS.contains(word) || sources.mentionedAlike(word))) {
                // A word of theirs, or a long one the analyser drops ("berätta"): something they may answer.
                return Optional.empty();
            }
            // With a place the only thing named, a word one letter shorter is its subject too: "väder" in "Vad blir
            // det för väder i Sundsvall på onsdag 9/12?", whose date found the documents' meeting of 9/12. Not the
            // other way round: "nästa" in "… i Härnösand nästa vecka?" is a cue word, and no subject of the bot's.
            unknown = unknown == null && word.length() >= OFF_THE_SUBJECT_WORD ? word : unknown;
        }
        return unknown == null
                ? Optional.empty()
                : Optional.of(nothingSpeaksOf(
                        u, writtenForms(u.text(), unknown).findFirst().orElse(unknown)));
    }

    /** Whether the question's word at that place is part of a name the register knows. */
    private static boolean isInAName(Utterance u, int word) {
        return u.matches().stream().anyMatch(m -> word >= m.start() && word < m.end());
    }

    /**
     * A word asked for that is no unknown kind: the asker's own ("which my …"), a word the bot answers about itself,
     * a point or stretch of time, or a part of a document.
     */
    private static boolean answeredOtherwise(String word, java.util.function.Predicate<String> known) {
        return FIRST_PERSON.contains(word)
                || known.test(word)
                || TIME_KINDS.contains(word)
                || se.samverkansbot.sources.SourceSearch.isADocumentPart(word);
    }

    private static Reply nothingSpeaksOf(Utterance u, String kind) {
        return Reply.plain(
                u.say()
                        .say(
                                "Det vet jag inte: varken registret eller dokumenten säger något om %s.",
                                "I don't know: neither the register nor the documents say anything about %s.")
                        .formatted(kind.toLowerCase(Locale.ROOT)),
                u.language());
    }

    /** "Hur länge gäller presidieposterna?", "until when are the posts elected?": how long, not how one is chosen. */
    public static boolean asksHowLong(Utterance u) {
        return TermOfOffice.asksHowLong(u);
    }

    /**
     * "När slutar mandatperioden?", "when does the new term start?": the term of office is a rule of the calendar,
     * not a meeting of a forum, whatever forum the question names.
     */
    public Optional<Reply> termOfOffice(Utterance u) {
        return termStartOrEnd(u)
                .or(() -> TermOfOffice.whenTheElectionIs(u))
                .or(() -> TermOfOffice.atTheTurnOfTheTerm(
                        u, u.structures(register.get().structures())));
    }

    private static final Set<String> SEAT_NOUNS =
            Set.of("plats", "platsen", "uppdrag", "uppdraget", "post", "posten", "seat", "position", "mandate");
    private static final java.util.regex.Pattern STAYS_ON = java.util.regex.Pattern.compile(
            "(?iuU)\\b((sitter|sitta)\\s+(jag|vi|du|hen|han|hon)\\s+kvar|(do|will|can)\\s+(i|we)\\s+(stay|remain|keep"
                    + " my seat)|(stay|remain)\\s+on)\\b");
    private static final java.util.regex.Pattern HOW_LONG = java.util.regex.Pattern.compile(
            "(?iuU)\\b(hur länge|hur lange|till när|till nar|fram till när|till vilket datum|until what date"
                    + "|gäller det|galler det|gäller den|giltig|går ut"
                    + "|gar ut|löper ut|loper ut|until when|how long|valid|expire|expires|run out|runs out"
                    // "När går mitt uppdrag i HälSam ut?", "when does my HälSam seat end?"
                    + "|(när|nar|when)\\b.{0,40}\\b(slutar|upphör|upphor|ut|end|ends))\\b");

    /**
     * "Until when is the RUN chair's seat valid?", "mitt uppdrag som ordf skolnämnden i Övik – gäller det nästa
     * år?": a seat named by the board that holds it, asked how long it lasts. The seat with its period answers,
     * whoever asks: the asker need not be known, as the board names the seat.
     */
    public Optional<Reply> seatValidity(Utterance u) {
        // "Sitter jag kvar i HälSam nästa år?" asks how long the seat lasts, without naming it.
        boolean staysOn = STAYS_ON.matcher(u.text()).find();
        if (!u.all(Mention.OfPerson.class).isEmpty()
                || u.all(Mention.OfBody.class).isEmpty()
                || u.words().stream().noneMatch(SEAT_NOUNS::contains) && !staysOn
                || !HOW_LONG.matcher(u.text()).find() && !staysOn) {
            return Optional.empty();
        }
        ForumSubject subject = ForumSubject.of(u, register.get().structures());
        if (subject.isAmbiguous()) {
            return Optional.empty();
        }
        return representation(new Intent.Represents(), u, subject.forums())
                .map(seats -> lastDay(u)
                        .filter(day -> !u.asksAboutAnotherDay())
                        .map(day -> new Reply(
                                u.say()
                                                .say(
                                                        "Platsen gäller till och med %s%s.",
                                                        "The seat is valid until %s%s.")
                                                .formatted(
                                                        u.say().date(day),
                                                        TermOfOffice.endsOn(day)
                                                                ? u.say()
                                                                        .say(
                                                                                ", mandatperiodens sista dag",
                                                                                ", the last day of the term of office")
                                                                : "")
                                        + "\n" + seats.text(),
                                seats.language(),
                                seats.parts()))
                        .orElse(seats));
    }

    /** The one last day of the current seats of the boards the question names, when they share one. */
    private static Optional<java.time.LocalDate> lastDay(Utterance u) {
        Set<String> bodies =
                u.all(Mention.OfBody.class).stream().map(b -> b.body().id()).collect(Collectors.toSet());
        Set<String> parties =
                u.all(Mention.OfParty.class).stream().map(p -> p.party().id()).collect(Collectors.toSet());
        List<java.time.LocalDate> ends = u.all(Mention.OfBody.class).stream()
                .map(Mention::structure)
                .distinct()
                .flatMap(structure -> structure.seatsOn(u.today()).stream())
                .filter(seat -> seat.body() != null && bodies.contains(seat.body()))
                .filter(seat -> parties.isEmpty() || parties.contains(seat.party()))
                .map(seat -> seat.period() == null ? null : seat.period().to())
                .distinct()
                .toList();
        return ends.size() == 1 && ends.getFirst() != null ? Optional.of(ends.getFirst()) : Optional.empty();
    }

    /**
     * "Hur får man upp en fråga på Barnarenan?": besides how to submit an item through the bot, where a matter for
     * the one forum named starts, when officials' groups prepare its matters or it reports to another forum.
     */
    public Optional<String> whereMattersStart(Utterance u) {
        List<Mention.OfForum> forums = u.all(Mention.OfForum.class);
        if (forums.size() != 1) {
            return Optional.empty();
        }
        Mention.OfForum named = forums.getFirst();
        Phrasing say = u.say();
        Optional<String> prepared = ForumAnswers.preparedBy(
                u, named.structure(), named.forum(), named.forum().name());
        if (prepared.isPresent()) {
            return prepared;
        }
        return Optional.ofNullable(named.forum().reportsTo())
                .flatMap(named.structure()::forum)
                .map(parent -> say.say(
                                "%s rapporterar till %s: det som behöver lyftas vidare tas upp där.",
                                "%s reports to %s: what needs to go further is raised there.")
                        .formatted(named.forum().name(), parent.name()));
    }

    /** Answers a question intent; commands are not questions and never reach here. */
    public Reply answer(Intent intent, Utterance u) {
        Reply registered = registered(intent, u);
        if (intent instanceof Intent.Decisions && WhetherItDecides.asked(u.text())) {
            // Whether it may decide is answered by the rule, and a passage beside it only where it speaks of deciding
            // too: one that shares only "gemensamma satsningar" tells of a task and reads as a yes.
            return MissingAnswer.admitted(
                    intent, u, withTheDocumentsWords(u, registered, WhetherItDecides::speaksOfDeciding));
        }
        // A precise answer (who sits where, what is under a forum) is what was asked, and a quote beside it would
        // only blur it; any other may say too little.
        boolean mayLeaveOutTheSubject = !(intent instanceof Intent.Subordinates
                // "What is the 2.1 million in the cost table for?": the table's line is the answer; a quote of the
                // table beside it shows its other lines as if they were asked of.
                || intent instanceof Intent.AdminSupport && (asksACostLine(u) || asksTheCostOfALine(u))
                || intent instanceof Intent.PreparedBy
                || intent instanceof Intent.Members
                || intent instanceof Intent.RoleHolders
                || intent instanceof Intent.Represents
                || intent instanceof Intent.PersonInfo);
        return MissingAnswer.admitted(
                intent,
                u,
                mayLeaveOutTheSubject
                        ? withTheDocumentsWords(u, registered)
                        : intent instanceof Intent.Members && MissingAnswer.namesNone(registered)
                                ? withWhatTheDocumentsSay(u, registered)
                                : registered);
    }

    /**
     * Who sits in a forum, asked of a kind of member the register holds no seat for ("Vilka ordförande sitter i
     * SVOM?", "Registret anger ingen ordförande för SVOM"), followed by what the documents say of it: "I SVOM deltar
     * ordförande i länets kommuners socialnämnder …". Not for one holder asked by name ("Vem är ordförande i
     * Barnarenan?"): the documents say who takes part, never who holds the chair, and would read as an answer.
     */
    private Reply withWhatTheDocumentsSay(Utterance u, Reply reply) {
        return sources.quoteAlongside(u)
                .map(quoted -> followedBy(reply, quoted))
                .orElse(reply);
    }

    /**
     * A register answer that never uses a word of what the question is about ("vad förväntas nämnden göra före och
     * efter ett HälSam-möte?" answered with HälSam's overview), followed by the passage of the documents that does,
     * quoted: the register answers what it holds, the documents what it lacks.
     */
    private Reply withTheDocumentsWords(Utterance u, Reply reply) {
        return withTheDocumentsWords(u, reply, passage -> true);
    }

    /** @param fits whether the excerpt found may follow this answer at all */
    private Reply withTheDocumentsWords(Utterance u, Reply reply, java.util.function.Predicate<String> fits) {
        if (MissingAnswer.asksBackOrAdmits(reply)) {
            return reply;
        }
        List<String> missing = MissingAnswer.unanswered(u, reply.text());
        if (missing.isEmpty()) {
            return reply;
        }
        return sources.quoteAlongside(u, fits)
                // The same passage once: the answer may itself be that quote.
                .filter(quoted -> !reply.text().contains(quoted.text()))
                // An English question's words are not the Swedish quote's: its search already matched them.
                .filter(quoted -> u.language() == se.samverkansbot.register.Language.ENGLISH
                        || MissingAnswer.unanswered(u, quoted.text()).size() < missing.size())
                .map(quoted -> followedBy(reply, quoted))
                .orElse(reply);
    }

    /** A register answer with a quote of the documents after it, and the quote's source among its parts. */
    private static Reply followedBy(Reply reply, Reply quoted) {
        return new Reply(
                reply.text() + "\n\n" + quoted.text(),
                reply.language(),
                java.util.stream.Stream.concat(reply.parts().stream(), quoted.parts().stream())
                        .toList());
    }

    private Reply registered(Intent intent, Utterance u) {
        List<Structure> all = register.get().structures();
        List<Structure> about = u.structures(all);
        ForumSubject subject = ForumSubject.of(u, all);
        if (subject.isAmbiguous()) {
            return clarify(
                    u,
                    subject.ambiguousBetween().stream()
                            .map(f -> new Candidate(u.say().forum(f), forumKey(f)))
                            .toList());
        }
        List<ForumRef> named = subject.forums();
        if (asksACostLine(u, about)) {
            // "The 2.1 mnkr in the HälSam cost table, what is it for?", "hur stor tjänst är redaktören?": the line
            // (or total) of that amount or post, which gives its share of a post and its cost.
            return structures.adminSupport(u, about);
        }
        if (intent instanceof Intent.Frequency && asksCost(u)) {
            // "Vad kostar adm-stödet till HälSam per år?": "per år" is the unit of a cost, not how often.
            return costOf(u, about);
        }
        if (u.all(Mention.OfPerson.class).isEmpty()
                && (intent instanceof Intent.PersonInfo
                        || intent instanceof Intent.About
                        || intent instanceof Intent.Members
                        || intent instanceof Intent.Represents)) {
            Optional<Reply> byTitle = people.byTitle(u, all);
            if (byTitle.isPresent()) {
                return byTitle.get();
            }
        }
        if (countsTheMunicipalitiesSeats(u)) {
            return municipalitiesSeats(u, named.isEmpty() ? topPoliticalForums(u, about) : named);
        }
        if (countsParties(u)) {
            return u.words().stream().anyMatch(MUNICIPALITY_WORDS::contains)
                            && u.words().stream().noneMatch(OTHER_PARTY_WORDS::contains)
                    ? structures.municipalities(u, about)
                    : structures.parties(u, about);
        }
        if (countsSeatsOfAParty(intent, u)) {
            // "Hur många ledamöter har regionen på politisk nivå?" counts the party's seats there, not the level's
            // forums.
            List<ForumRef> atLevel = allForums(u, about).stream()
                    .filter(f -> u.levels().isEmpty()
                            || u.levels().contains(f.forum().level()))
                    .filter(f -> named.isEmpty() || named.contains(f))
                    .toList();
            return people.representation(u, u.all(Mention.OfParty.class), List.of(), atLevel);
        }
        if (countsALevel(intent, u)) {
            // "Hur många lokala samverkansgrupper finns det?" is a count of a level, not one of its forums.
            return structures.levelCount(u, about, u.levels());
        }
        if (asksForAMeetingHeld(u)
                && (intent instanceof Intent.Deadlines
                        || intent instanceof Intent.History
                        || intent instanceof Intent.About
                        || intent instanceof Intent.NextMeeting)) {
            // "När var senaste mötet?" reads "senast" as a deadline and "when was" as history: it asks for a meeting.
            return meetingQuestion(new Intent.NextMeeting(), u, named, about);
        }
        return switch (intent) {
            case Intent.Help help -> Guidance.help(u.say());
            case Intent.Thanks thanks -> Guidance.thanks(u.say());
            case Intent.Greeting greeting ->
                u.matches().isEmpty() ? Guidance.greeting(u.say()) : whatIsNamed(intent, u, named, about);
            // "I'm chair of the social services board in Krokom, which forums am I part of?": someone the register
            // does not know, who says which board they chair, sits where the board's chair sits.
            case Intent.MyForums mine ->
                u.asker().isEmpty()
                        ? ChairsSeats.answer(u, register.get().structures()).orElseGet(() -> people.myForums(u))
                        : people.myForums(u);
            case Intent.YearWheel wheel -> yearWheel(u, about);
            case Intent.NextMeeting next -> meetingQuestion(intent, u, named, about);
            case Intent.AgendaOfMeeting agenda -> meetingQuestion(intent, u, named, about);
            case Intent.Deadlines deadlines -> meetingQuestion(intent, u, named, about);
            case Intent.Decisions decisions -> structures.decisions(u, about);
            case Intent.Parties parties ->
                // "Which municipality does Kristina Kamsten work for?" asks about the person.
                u.all(Mention.OfPerson.class).isEmpty()
                        ? structures.parties(u, about)
                        : whatIsNamed(new Intent.PersonInfo(), u, named, about);
            case Intent.Areas areas -> structures.areas(u, about);
            case Intent.Levels levels ->
                // "Denise Wallén – which organisation and role?" asks about the person, not the structure's levels.
                u.all(Mention.OfPerson.class).isEmpty()
                        ? structures.levels(u, about)
                        : whatIsNamed(new Intent.PersonInfo(), u, named, about);
            case Intent.Milestones milestones ->
                named.isEmpty() ? structures.milestones(u, about) : forums.history(u, named);
            case Intent.AdminSupport support -> costOf(u, about);
            case Intent.Documents documents -> structures.documents(u, about);
            case Intent.Abbreviation abbreviation ->
                // "What does Kent Ylvesson do?" asks about a person, not what letters stand for.
                u.all(Mention.OfPerson.class).isEmpty()
                        ? abbreviation(u, named)
                        : whatIsNamed(new Intent.PersonInfo(), u, named, about);
            case Intent.RoleHolders holders -> roleHolders(u, holders.roles(), named, about);
            default -> whatIsNamed(intent, u, named, about);
        };
    }

    /**
     * "Hur många lokala samverkansgrupper finns det?": a number asked of a level, with no forum named and nothing
     * more specific asked (how often they meet is a frequency question).
     */
    public static boolean countsALevel(Intent intent, Utterance u) {
        return u.asksHowMany()
                && !asksHowOften(u)
                && !u.levels().isEmpty()
                && u.all(Mention.OfForum.class).isEmpty()
                && (intent instanceof Intent.About
                        || intent instanceof Intent.Levels
                        || intent instanceof Intent.Members
                        || intent instanceof Intent.Subordinates
                        // "How should we set up local collaboration in our municipality – how many groups?": the
                        // municipality made it a question about parties, and both structures' documents were quoted.
                        || intent instanceof Intent.Parties
                                && COUNTS_GROUPS.matcher(u.text()).find());
    }

    /** "Hur många grupper …", "how many groups": what is counted is forums, whatever else the question names. */
    private static final java.util.regex.Pattern COUNTS_GROUPS = java.util.regex.Pattern.compile(
            "(?iuU)\\b(hur\\s+många|hur\\s+manga|how\\s+many)\\s+(\\S+\\s+)?(grupper|groups|forum|fora|forums)\\b");

    /**
     * Words for a party's seats and the people who take them: what "how many" counts when a party is named with them.
     * The seat words are the term of office's; the question's words are normalized ("ordförande" is "ordforande").
     */
    private static final Set<String> SEAT_WORDS = Stream.concat(
                    TermOfOffice.SEAT_WORDS.stream(),
                    Stream.of("representant", "reps", "chairs", "ordforande", "ordf", "politiker", "politicians"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * "Hur många av politikerna i HälSam kommer från kommunerna?": the seats of the municipalities together, not the
     * list of municipalities.
     */
    private static boolean countsTheMunicipalitiesSeats(Utterance u) {
        return u.asksHowMany()
                && !asksHowOften(u)
                && u.all(Mention.OfParty.class).isEmpty()
                && u.all(Mention.OfPerson.class).isEmpty()
                && FROM_THE_MUNICIPALITIES.matcher(u.text()).find()
                && u.words().stream().anyMatch(w -> SEAT_WORDS.contains(w) || POLITICIAN_WORDS.contains(w));
    }

    /**
     * The municipalities as where seats come from, not as a condition ("om varje kommun har en skolnämnd", "if every
     * municipality has …" asks for all the seats).
     */
    private static final java.util.regex.Pattern FROM_THE_MUNICIPALITIES = java.util.regex.Pattern.compile(
            "(?iuU)\\b(från|fran|from) (the )?(kommun\\p{L}*|municipalit\\p{L}*)|\\bkommun(erna|sidan) (har|får|far)\\b"
                    + "|\\bkommunsidan\\b|\\bmunicipal side\\b|\\bthe municipalities (have|get)\\b");

    private Reply municipalitiesSeats(Utterance u, List<ForumRef> forums) {
        Phrasing say = u.say();
        List<String> lines = new ArrayList<>();
        for (ForumRef ref : forums) {
            List<Seat> seats = ref.structure().seatsOn(ref.forum().id(), u.asOf()).stream()
                    .filter(seat -> ref.structure()
                            .party(seat.party())
                            .map(party -> party.kind() == se.samverkansbot.register.PartyKind.MUNICIPALITY)
                            .orElse(false))
                    .toList();
            if (seats.isEmpty()) {
                continue;
            }
            long municipalities = seats.stream().map(Seat::party).distinct().count();
            lines.add(say.say(
                            "Kommunerna har %s platser i %s, från %s kommuner.",
                            "The municipalities have %s seats in %s, from %s municipalities.")
                    .formatted(Seats.headcount(seats).said(say), say.forum(ref), say.number(municipalities)));
        }
        if (lines.isEmpty()) {
            return Reply.plain(
                    say.say(
                            "Registret har inga platser för kommunerna i de forumen.",
                            "The register has no seats for the municipalities in those forums."),
                    u.language());
        }
        return Reply.plain(String.join("\n", lines), u.language());
    }

    /** "How many reps does the region have on the political level?": one party, its seats counted. */
    public static boolean countsSeatsOfAParty(Intent intent, Utterance u) {
        return u.asksHowMany()
                && !asksHowOften(u)
                && !countsTheWholeToo(u)
                && u.all(Mention.OfParty.class).size() == 1
                && u.ambiguous(Mention.OfParty.class).isEmpty()
                && u.all(Mention.OfPerson.class).isEmpty()
                && (u.words().stream().anyMatch(SEAT_WORDS::contains)
                        // "Hur många i arbetsgruppen kom från regionen?": those of a forum from a party, its seats.
                        || !u.all(Mention.OfForum.class).isEmpty()
                                && u.words().stream().anyMatch(w -> w.equals("fran") || w.equals("from")))
                && (intent instanceof Intent.About
                        || intent instanceof Intent.Levels
                        || intent instanceof Intent.Members
                        || intent instanceof Intent.Represents
                        // "How many chairs from the region take part in …?": "take part" is a party's cue.
                        || intent instanceof Intent.Parties);
    }

    /**
     * "Hur många av ledamöterna kommer från regionen resp. kommunerna?", "how many members does RSR have, and how many
     * of them come from the region?": the region's share of the whole, which the forum's count gives with its split
     * (see Seats.byKindOfParty), not the region's seats alone.
     */
    static boolean countsTheWholeToo(Utterance u) {
        boolean regionAndMunicipalities = u.all(Mention.OfParty.class).stream()
                        .anyMatch(p -> p.party().kind() == se.samverkansbot.register.PartyKind.REGION)
                && u.words().stream().anyMatch(MUNICIPALITY_WORDS::contains);
        return u.asksHowMany()
                && (regionAndMunicipalities || HOW_MANY_TWICE.matcher(u.text()).find());
    }

    private static final java.util.regex.Pattern HOW_MANY_TWICE = java.util.regex.Pattern.compile(
            "(?iuU)\\b(hur\\s+många|hur\\s+manga|how\\s+many)\\b.*\\b(hur\\s+många|hur\\s+manga|how\\s+many)\\b");

    /** "Hur många kommuner …" asks for the municipalities, not for every party with them. */
    static final Set<String> MUNICIPALITY_WORDS =
            Set.of("kommun", "kommuner", "kommunerna", "kommunsidan", "kommunernas", "municipalities", "municipality");

    private static final Set<String> OTHER_PARTY_WORDS = Set.of(
            "parter",
            "parterna",
            "huvudman",
            "huvudmannen",
            "huvudmannerna",
            "parties",
            "principals",
            "regioner",
            "regions");

    private static final Set<String> PARTY_WORDS = java.util.stream.Stream.concat(
                    MUNICIPALITY_WORDS.stream(), OTHER_PARTY_WORDS.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> OFTEN_WORDS =
            Set.of("ganger", "gang", "ggr", "times", "often", "traffas", "traffar", "moter", "meet", "meets");

    private static final Set<String> FORUM_WORDS =
            Set.of("forum", "forumen", "samverkansforum", "grupper", "grupperna", "forums", "groups", "bodies");

    /**
     * "Hur många ordförande sitter totalt i den politiska samverkan?", "how many chairs sit at the political HälSam
     * table?": how many sit there, in a forum whose members are chairs of boards, not who holds the forum's own chair.
     */
    public static boolean countsTheChairsWhoSit(Intent intent, Utterance u) {
        return intent instanceof Intent.RoleHolders holders
                && holders.roles().contains(se.samverkansbot.register.SeatRole.CHAIR)
                && u.asksHowMany()
                && !u.all(Mention.OfForum.class).isEmpty()
                && u.words().stream().anyMatch(w -> SITTING.contains(w) || AT_THE_TABLE.contains(w));
    }

    /** The seats of the forums named, counted: how many chairs sit there (see countsTheChairsWhoSit). */
    public Reply seatsOfTheForumsNamed(Utterance u) {
        List<ForumRef> named = ForumSubject.of(u, register.get().structures()).forums();
        return forums.members(u, named);
    }

    /** Words of taking part beside those of sitting: "ingår", "runt bordet", "at the table". */
    private static final Set<String> AT_THE_TABLE =
            Set.of("sitta", "ingar", "deltar", "bordet", "sitting", "table", "attend");

    /** "Hur många forum finns i Jämtland Härjedalen?": the forums of a structure, no level or forum named. */
    public static boolean countsForums(Utterance u) {
        // Today's forums: "hur många forum fanns i HälSam 2022?" asks about another year's.
        return u.asksHowMany()
                && (u.year().isEmpty() || u.year().get() == u.today().getYear())
                && !asksHowOften(u)
                && u.all(Mention.OfForum.class).isEmpty()
                && u.all(Mention.OfParty.class).isEmpty()
                && u.all(Mention.OfPerson.class).isEmpty()
                && u.levels().isEmpty()
                && u.areas().isEmpty()
                && u.words().stream().anyMatch(FORUM_WORDS::contains);
    }

    /** The forums of the structures the question is about, counted in all and per level. */
    public Reply forumCount(Utterance u) {
        return structures.forumCount(u, u.structures(register.get().structures()));
    }

    /** "Hur många kommuner ingår i HälSam?": a number asked of a structure's parties, no forum named. */
    public static boolean countsParties(Utterance u) {
        return u.asksHowMany()
                && !asksHowOften(u)
                && u.all(Mention.OfForum.class).isEmpty()
                && u.all(Mention.OfParty.class).isEmpty()
                && u.all(Mention.OfPerson.class).isEmpty()
                && u.levels().isEmpty()
                && u.words().stream().anyMatch(PARTY_WORDS::contains);
    }

    /** "Hur många gånger per år träffas …" asks how often, not how many. */
    public static boolean asksHowOften(Utterance u) {
        return u.words().stream().anyMatch(OFTEN_WORDS::contains);
    }

    /** Questions whose answer depends on what they name: a role, a party or body, a person, forums, a structure. */
    private Reply whatIsNamed(Intent intent, Utterance u, List<ForumRef> named, List<Structure> about) {
        boolean asksWho = intent instanceof Intent.PersonInfo
                || intent instanceof Intent.Members
                || intent instanceof Intent.About
                || intent instanceof Intent.Represents
                || intent instanceof Intent.Greeting;
        if (!u.roles().isEmpty()
                && asksWho
                && u.all(Mention.OfParty.class).isEmpty()
                && u.all(Mention.OfPerson.class).isEmpty()) {
            return roleHolders(u, u.roles(), named, about);
        }
        // "Vem sitter i HälSam för Sundsvall 2027?" asks who sits for a party, not which parties there are.
        boolean whoSitsForAParty = intent instanceof Intent.Members
                && named.isEmpty()
                && u.asksWho()
                && !u.all(Mention.OfParty.class).isEmpty();
        // "what is RUN in halsam": what the board is, not the seats it holds.
        if (!(intent instanceof Intent.Represents)) {
            Optional<Reply> body = BodyOwner.whatItIs(u);
            if (body.isPresent()) {
                return body.get();
            }
        }
        // A person named beside a party is who is asked about: "Mats Collin är socialchef i Sundsvall va?" got
        // Sundsvall's seats, where his own record says Härnösand.
        boolean aPersonNamed = !u.all(Mention.OfPerson.class).isEmpty();
        if (intent instanceof Intent.Represents
                || intent instanceof Intent.About && named.size() <= 1 && !aPersonNamed
                || whoSitsForAParty) {
            Optional<Reply> representation =
                    representation(whoSitsForAParty ? new Intent.Represents() : intent, u, named);
            if (representation.isPresent()) {
                return representation.get();
            }
        }
        Optional<List<Mention.OfPerson>> ambiguousPerson = u.ambiguous(Mention.OfPerson.class);
        if (ambiguousPerson.isPresent() && named.isEmpty()) {
            return clarify(
                    u,
                    ambiguousPerson.get().stream()
                            .map(p -> new Candidate(
                                    p.person().name() + " (" + p.structure().name() + ")", p.key()))
                            .toList());
        }
        List<Mention.OfPerson> persons = u.all(Mention.OfPerson.class);
        if (!persons.isEmpty()
                && (intent instanceof Intent.PersonInfo || intent instanceof Intent.About || named.isEmpty())) {
            return people.persons(u, persons);
        }
        if (named.isEmpty()
                && intent instanceof Intent.Frequency
                && u.all(Mention.OfStructure.class).isEmpty()) {
            // "Hur många temamöten blir det per år?": the forums whose rhythm holds that kind of meeting.
            List<ForumRef> holding =
                    MeetingAnswers.holdingTheKindNamed(u, register.get().structures());
            if (!holding.isEmpty()) {
                return frequency(u, holding);
            }
        }
        if (!named.isEmpty()) {
            return switch (intent) {
                case Intent.Frequency frequency -> frequency(u, named);
                case Intent.Mandate mandate -> forums.mandate(u, named);
                case Intent.ReportsTo reports -> forums.reportsTo(u, named);
                case Intent.Subordinates below -> forums.subordinates(u, named);
                case Intent.PreparedBy preparedBy -> forums.preparedBy(u, named);
                case Intent.Members members -> forums.members(u, named);
                case Intent.Represents represents -> forums.members(u, named);
                case Intent.PersonInfo person -> forums.members(u, named);
                case Intent.History history -> forums.history(u, named);
                default -> forums.about(u, named);
            };
        }
        return structureLevel(intent, u, about);
    }

    private Reply roleHolders(Utterance u, Set<SeatRole> roles, List<ForumRef> named, List<Structure> about) {
        if (named.isEmpty() && u.all(Mention.OfStructure.class).isEmpty()) {
            List<ForumRef> holding = forumsWithRoleInArea(u, allForums(u, about), roles);
            return holding.isEmpty() ? askWhichForum(u, about) : people.roleHolders(u, roles, holding);
        }
        return people.roleHolders(u, roles, named.isEmpty() ? allForums(u, about) : named);
    }

    /** The årshjul: every meeting and deadline of the structure in the year asked for (this year by default). */
    private Reply yearWheel(Utterance u, List<Structure> about) {
        Phrasing say = u.say();
        int year = u.year().orElse(u.today().getYear());
        StringBuilder text = new StringBuilder();
        for (Structure structure : about) {
            List<YearWheel.Entry> entries = yearWheel.of(structure.id(), year);
            if (entries.isEmpty()) {
                text.append(say.say(
                                        "Årshjulet för %s %d har inga möten inlagda ännu. Mötesdatum läggs in av forumens sekreterare "
                                                + "(som schema i strukturfilen).",
                                        "The year wheel of %s for %d has no meetings entered yet. Meeting dates are "
                                                + "entered by the forums' secretaries (as a schedule in the structure file).")
                                .formatted(structure.name(), year))
                        .append("\n\n");
                continue;
            }
            List<String> lines = entries.stream()
                    .map(e -> say.dateTime(e.at()) + " – "
                            + Phrasing.capitalize(say.label(e.kind())) + " – "
                            + structure.forum(e.forumId()).map(Forum::name).orElse(e.forumId())
                            + (e.status() == MeetingStatus.CANCELLED ? say.say(" (inställt)", " (cancelled)") : ""))
                    .toList();
            text.append(say.say("Årshjul för %s %d:", "Year wheel of %s for %d:")
                            .formatted(structure.name(), year))
                    .append('\n')
                    .append(Guidance.bullets(lines.subList(0, Math.min(lines.size(), 40))));
            if (lines.size() > 40) {
                text.append('\n')
                        .append(say.say("… och %d till.", "… and %d more.").formatted(lines.size() - 40));
            }
            text.append("\n\n");
        }
        return Reply.plain(text.toString().strip(), u.language());
    }

    private Reply meetingQuestion(Intent intent, Utterance u, List<ForumRef> named, List<Structure> about) {
        List<ForumRef> subject = named;
        if (subject.isEmpty() && u.asker().isPresent() && (u.matches().isEmpty() || firstPerson(u))) {
            subject = askerForums(u);
            if (subject.isEmpty()) {
                return people.myForums(u);
            }
        }
        if (subject.isEmpty() && firstPerson(u) && u.asker().isEmpty()) {
            return PeopleAnswers.unknownAsker(u.say());
        }
        if (subject.isEmpty() && u.namesStructureOnly()) {
            subject = allForums(u, about);
        }
        if (subject.isEmpty()) {
            // No forum to answer for: "när skulle förslaget vara klart?" is about a date in the documents, not a
            // meeting to come, when they cover the question closely.
            // A thing of the glossary named instead ("när ska investeringen i ÄOC tas upp igen?") is what the
            // question is about: no forum's calendar, so the passage need not beat one.
            return beyondIntents(u, u.all(Mention.OfTerm.class).isEmpty()).orElseGet(() -> askWhichForum(u, about));
        }
        return switch (intent) {
            case Intent.AgendaOfMeeting agenda -> meetingAnswers.agenda(u, subject, clock.instant());
            case Intent.Deadlines deadlines -> meetingAnswers.deadlines(u, subject, clock.instant());
            default ->
                u.asksWhere() && !u.asksWhen()
                        ? meetingAnswers.where(u, subject, clock.instant())
                        : asksForAMeetingHeld(u)
                                ? meetingAnswers.last(u, subject, clock.instant())
                                : meetingAnswers.next(u, subject, clock.instant());
        };
    }

    private static boolean asksForAMeetingHeld(Utterance u) {
        return MeetingAnswers.PAST_MEETING
                .matcher(se.samverkansbot.text.Words.normalize(u.text()))
                .find();
    }

    /** How often the forums meet, and the meetings entered for a month the question names. */
    private Reply frequency(Utterance u, List<ForumRef> named) {
        if (u.asksWhere()) {
            return meetingAnswers.where(u, named, clock.instant());
        }
        Reply rhythm = forums.frequency(u, named);
        return u.month()
                .map(month -> new Reply(
                        rhythm.text() + "\n" + meetingAnswers.inMonth(u, named, month),
                        rhythm.language(),
                        rhythm.parts()))
                .orElse(rhythm);
    }

    private Optional<Reply> representation(Intent intent, Utterance u, List<ForumRef> named) {
        Optional<List<Mention.OfParty>> ambiguousParty = u.ambiguous(Mention.OfParty.class);
        if (ambiguousParty.isPresent()) {
            return Optional.of(clarify(
                    u,
                    ambiguousParty.get().stream()
                            .map(p -> new Candidate(
                                    p.party().name() + " (" + p.structure().name() + ")", p.key()))
                            .toList()));
        }
        List<Mention.OfParty> parties = u.all(Mention.OfParty.class);
        List<Mention.OfBody> bodies = u.all(Mention.OfBody.class);
        if (bodies.size() > 1 && !parties.isEmpty()) {
            // "socialnämnden i Sundsvall": the body of the party named.
            Set<String> partyIds = parties.stream().map(p -> p.party().id()).collect(Collectors.toSet());
            bodies = bodies.stream()
                    .filter(b -> partyIds.contains(b.body().party()))
                    .toList();
            parties = List.of();
        }
        if (parties.isEmpty() && bodies.isEmpty()) {
            return Optional.empty();
        }
        if (bodies.size() > 3 && intent instanceof Intent.About) {
            return Optional.empty();
        }
        return Optional.of(people.representation(u, parties, bodies, named));
    }

    /**
     * A cost question: the administrative support's, unless it names something else of the glossary ("vad kostar
     * ÄOC-investeringen?"), whose cost the register does not hold — better said than the support's figures.
     */
    private Reply costOf(Utterance u, List<Structure> about) {
        // "Vad kostar adminstödet för HälSam?" asks about the support, not about HälSam, also a glossary word.
        List<Mention.OfTerm> terms = u.all(Mention.OfTerm.class).stream()
                .filter(t -> !t.namesItsStructure())
                .toList();
        boolean namesSupport = namesTheSupport(u);
        // "Vem skickar ut kallelser?" asks who does the task, which the support's tasks say; only a question about
        // money is answered with what a named thing costs.
        boolean asksCost = asksCost(u);
        if (!namesSupport && asksABudgetOfAParty(u) && !StructureAnswers.namesACostLine(u, about)) {
            // "What is Region Västernorrland's total budget for 2027?": a principal's own budget, which neither the
            // register nor the documents hold; the support's cost table would read as it.
            String party = u.all(Mention.OfParty.class).getFirst().party().name();
            return Reply.plain(
                    u.say()
                            .say(
                                    "Det vet jag inte: varken registret eller dokumenten har %ss budget. Det enda de"
                                            + " har om pengar är en beräkning av vad samverkans administrativa stöd kostar"
                                            + " per år.",
                                    "I don't know: neither the register nor the documents hold %s's budget. All they"
                                            + " have on money is an estimate of what the collaboration's administrative"
                                            + " support costs a year.")
                            .formatted(party),
                    u.language());
        }
        if (terms.isEmpty() || namesSupport || !asksCost || StructureAnswers.namesACostLine(u, about)) {
            // "Vad får översynen kosta?": a cost asked of something no line of the table is.
            boolean ofSomethingElse = terms.isEmpty() && asksCost && costsSomethingElse(u, about);
            return ofSomethingElse ? CostNotGiven.reply(u) : structures.adminSupport(u, about);
        }
        Reply what = structures.terms(u, terms);
        return Reply.plain(
                what.text() + "\n"
                        + u.say()
                                .say(
                                        "Registret har ingen uppgift om vad det kostar.",
                                        "The register has no information on what it costs."),
                u.language());
    }

    /** The administrative support named: "adminstödet", "kansliet", "the secretariat". */
    static boolean namesTheSupport(Utterance u) {
        return u.words().stream()
                .anyMatch(w -> w.startsWith("admin")
                        || w.startsWith("stod")
                        || w.equals("support")
                        || w.startsWith("kansli")
                        || w.startsWith("sekretariat")
                        || w.startsWith("secretariat"));
    }

    /**
     * A cost asked of something the support's table never names ("översynen", "internatet"), neither the support
     * nor one of its lines or amounts.
     */
    private boolean costsSomethingElse(Utterance u, List<Structure> about) {
        return !namesTheSupport(u)
                && !StructureAnswers.namesACostAmount(u, about)
                && !StructureAnswers.namesACostLine(u, about)
                && CostNotGiven.asksOfSomethingElse(u, about, sources::documentsWordsFor);
    }

    private static final Set<String> BUDGET_WORDS = Set.of("budget", "budgeten", "budgets", "budgetar");

    /** A budget asked of one party named: "regionens budget", "Sundsvall's budget for 2027". */
    private static boolean asksABudgetOfAParty(Utterance u) {
        return u.words().stream().anyMatch(BUDGET_WORDS::contains)
                && u.all(Mention.OfParty.class).stream()
                                .map(p -> p.party().id())
                                .distinct()
                                .count()
                        == 1
                && u.all(Mention.OfStructure.class).isEmpty();
    }

    /** "Har Sundsvall fler platser i HälSam än Ånge?": two parties' seats side by side. */
    public Optional<Reply> seatsCompared(Utterance u) {
        return SeatsCompared.answer(u);
    }

    /**
     * "How is the 3.4 MSEK split between the region and the municipalities?", "vem betalar samverkanskoordinatorn?":
     * a question of who pays the support, which no document says, whatever else it names (the parties, a post).
     */
    public Optional<Reply> costShared(Utterance u) {
        // The pattern first: this is asked of every question that gets this far, and few are about who pays.
        if (!StructureAnswers.asksHowACostIsShared(u)) {
            return Optional.empty();
        }
        List<Structure> about = u.structures(register.get().structures());
        // "Hur mycket betalar varje kommun för det administrativa stödet?" names the support, with no word of cost.
        boolean ofTheSupport = asksCost(u)
                || namesTheSupport(u)
                || StructureAnswers.namesACostAmount(u, about)
                || StructureAnswers.namesACostLine(u, about);
        if (ofTheSupport && u.all(Mention.OfParty.class).isEmpty() && costsSomethingElse(u, about)) {
            // "Vad kostar översynen och vem betalar den?": no document gives the review a cost, let alone a payer;
            // the support's cost, shared or not, is not what was asked.
            return Optional.of(CostNotGiven.reply(u));
        }
        return ofTheSupport ? structures.costShared(u, about) : Optional.empty();
    }

    /**
     * Whether the question names an amount of the support's cost table, or one of its posts with the size asked
     * ("hur stor tjänst är redaktören?"): the table answers it, before any passage.
     */
    public boolean asksACostLine(Utterance u) {
        return asksACostLine(u, u.structures(register.get().structures()));
    }

    private static boolean asksACostLine(Utterance u, List<Structure> about) {
        return StructureAnswers.namesACostAmount(u, about)
                || StructureAnswers.namesACostLine(u, about) && asksTheSizeOfAPost(u);
    }

    /** "Vad kostar kommunikatören?", "what is the cost line for the coordinator?": the cost of a line named. */
    private boolean asksTheCostOfALine(Utterance u) {
        return asksCost(u)
                && StructureAnswers.namesACostLine(
                        u, u.structures(register.get().structures()));
    }

    private static final Set<String> SIZE_OF_A_POST = Set.of(
            "stor",
            "storlek",
            "andel",
            "procent",
            "tjanst",
            "tjansten",
            "heltid",
            "big",
            "large",
            "share",
            "percent",
            "percentage",
            "fte",
            "full-time",
            "post");

    /** "Hur stor tjänst …", "what share of a post …": the size of a post in the cost table. */
    private static boolean asksTheSizeOfAPost(Utterance u) {
        return u.words().stream().anyMatch(SIZE_OF_A_POST::contains);
    }

    /** Whether the question is about money: "vad kostar …", "budget", "mnkr". */
    static boolean asksCost(Utterance u) {
        return u.words().stream()
                .anyMatch(w -> CostNotGiven.isAboutMoney(w)
                        || w.equals("allocated")
                        || w.startsWith("pris")
                        || w.equals("price")
                        || w.equals("mnkr")
                        || w.equals("kronor"));
    }

    /**
     * That the register does not spell out the letters, then what it knows. Worded without "X står för" / "X stands
     * for", which reads as the start of an expansion to anyone skimming.
     */
    private static Reply lettersUnknown(Utterance u, String letters, Reply known) {
        return known.after(u.say()
                .say(
                        "Det vet jag inte: registret skriver inte ut bokstäverna i %s. Det här vet jag:",
                        "I don't know: the register does not spell out the letters of %s. This is what I know:")
                .formatted(letters));
    }

    /** Written in capitals ("BUZ", "HSI") or short enough to be letters ("rsr"): what an abbreviation looks like. */
    private static boolean looksAbbreviated(String text, String word) {
        if (word.length() <= 5) {
            return true;
        }
        return writtenForms(text, word).anyMatch(token -> token.equals(token.toUpperCase(Locale.ROOT)));
    }

    /** How the question wrote a normalized word ("Gävleborg" for "gavleborg", "BUZ" for "buz"). */
    private static java.util.stream.Stream<String> writtenForms(String text, String word) {
        return java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(token -> se.samverkansbot.text.Words.normalize(token).equals(word));
    }

    /** Asks what the letters stand for, not what the thing is. */
    private static final java.util.regex.Pattern SPELLED_OUT = java.util.regex.Pattern.compile(
            "(?iU)\\b(står( \\S+){0,2} för|star( \\S+){0,2} for|stand for|stands for|short for|bokstäver\\p{L}*"
                    + "|bokstav\\p{L}*|letters)\\b");

    /**
     * "what does the review not cover? list pls" asks nothing about letters: only these words, or a word written in
     * capitals, make a question about an abbreviation nobody knows.
     */
    private static final java.util.regex.Pattern ASKS_FOR_LETTERS = java.util.regex.Pattern.compile(
            "(?iU)\\b(står för|star for|stand for|stands for|betyder|förkortning\\p{L}*|abbreviation|mean|means"
                    + "|meaning|innebär)\\b");

    /** Chat words that ask politely or hurry, never names or abbreviations. */
    private static final Set<String> CHAT_FILLERS =
            Set.of("pls", "plz", "please", "snalla", "tack", "thx", "thanks", "btw", "asap", "mvh", "kort", "short");

    /**
     * "Vad står HSI för i SamReKo HSI?": letters the question writes in capitals, part of a glossary term's name,
     * whose meaning does not spell them out (the glossary says what SamReKo HSI does, not what HSI stands for).
     */
    private static Optional<String> lettersNotSpelledOut(Utterance u, List<Mention.OfTerm> terms) {
        if (SPELLED_OUT.matcher(u.text()).find()) {
            // "BUZ, what do the letters stand for?": the term itself, whose meaning says what BUZ is, not its letters.
            Optional<String> itself = terms.stream()
                    .map(t -> t.term().term())
                    .filter(term ->
                            !term.contains(" ") && term.length() <= 8 && !term.equals(term.toLowerCase(Locale.ROOT)))
                    .filter(term -> terms.stream()
                            .filter(t -> t.term().term().equals(term))
                            .noneMatch(t -> spellsOut(term, t.term().meaning())))
                    .findFirst();
            if (itself.isPresent()) {
                return itself;
            }
        }
        return java.util.Arrays.stream(u.text().split("[^\\p{L}]+"))
                .filter(token -> token.length() >= 2
                        && token.length() <= 6
                        && token.equals(token.toUpperCase(Locale.ROOT))
                        && !token.equals(token.toLowerCase(Locale.ROOT)))
                .filter(token -> terms.stream()
                        .anyMatch(t -> !t.term().term().equals(token)
                                && java.util.Arrays.asList(t.term().term().split("\\s+"))
                                        .contains(token)
                                && !spellsOut(token, t.term().meaning())))
                .findFirst();
    }

    private static final java.util.regex.Pattern WORD_START = java.util.regex.Pattern.compile("(?U)\\b\\w");

    /** Whether the meaning's words start with the letters in order ("SVOM": Sociala vård- och omsorgsgruppen). */
    static boolean spellsOut(String letters, String meaning) {
        String text = meaning.toLowerCase(Locale.ROOT);
        String wanted = letters.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher words = WORD_START.matcher(text);
        while (words.find()) {
            if (text.charAt(words.start()) != wanted.charAt(0)) {
                continue;
            }
            int at = words.start() + 1;
            int found = 1;
            while (found < wanted.length() && at < text.length()) {
                if (text.charAt(at) == wanted.charAt(found)) {
                    found++;
                }
                at++;
            }
            if (found == wanted.length()) {
                return true;
            }
        }
        return false;
    }

    private Reply abbreviation(Utterance u, List<ForumRef> named) {
        // "Vad menas med lokal samverkan i HälSam?" asks about the level; the structure's own name is only where.
        boolean somethingElseNamed = !named.isEmpty() || !u.levels().isEmpty();
        List<Mention.OfTerm> terms = u.all(Mention.OfTerm.class).stream()
                .filter(term -> !(term.namesItsStructure() && somethingElseNamed))
                .toList();
        if (terms.isEmpty() && !u.levels().isEmpty()) {
            // A level is many forums: what the documents say of it beats the first few forums' overviews.
            Optional<Reply> documented = beyondIntents(u, false);
            if (documented.isPresent()) {
                return documented.get();
            }
        }
        if (!terms.isEmpty()) {
            Reply meaning = structures.terms(u, terms);
            return lettersNotSpelledOut(u, terms)
                    .map(letters -> lettersUnknown(u, letters, meaning))
                    .orElse(meaning);
        }
        if (!named.isEmpty()) {
            Reply about = forums.about(u, named);
            // "LAKO – what's that short for?": the glossary says what LAKO was, not what its letters stand for.
            List<String> unspelled = named.stream()
                    .filter(ref -> ForumAnswers.looksLikeAnAbbreviation(ref)
                            && ForumAnswers.expansion(ref).isEmpty())
                    .map(ref -> ref.forum().name())
                    .toList();
            // Only for the letters: "vad betyder LAKO?" asks what it is, which the overview says.
            if (unspelled.size() == named.size()
                    && SPELLED_OUT.matcher(u.text()).find()) {
                return lettersUnknown(u, u.say().join(unspelled), about);
            }
            return about;
        }
        Optional<Reply> documented = beyondIntents(u, true);
        if (documented.isPresent()) {
            // "What does the review have to clarify?" is not about an abbreviation: the documents answer it.
            return documented.get();
        }
        Set<String> questionWords = Set.of(
                "vad",
                "betyder",
                "star",
                "for",
                "what",
                "does",
                "stand",
                "mean",
                "forkortningen",
                "forkortning",
                "abbreviation",
                "the",
                "innebar",
                "meaning",
                "of",
                "is");
        List<String> unknown = u.unnamedWords().stream()
                .filter(w -> w.length() >= 2 && w.length() <= 20)
                .filter(w -> !questionWords.contains(w) && !CHAT_FILLERS.contains(w))
                .toList();
        boolean asksForLetters = ASKS_FOR_LETTERS.matcher(u.text()).find()
                || !unknown.isEmpty()
                        && writtenForms(u.text(), unknown.getLast())
                                .anyMatch(token -> token.equals(token.toUpperCase(Locale.ROOT)));
        if (!unknown.isEmpty() && (!looksAbbreviated(u.text(), unknown.getLast()) || !asksForLetters)) {
            // "What does the political reasoning say about private providers?" is no question about letters: the
            // nearest passage, marked as such, or an honest "I don't know".
            return sources.quote(u, false).orElseGet(() -> Guidance.notUnderstood(u.say()));
        }
        String word = unknown.isEmpty() ? "" : " '" + unknown.getLast().toUpperCase(Locale.ROOT) + "'";
        return Reply.plain(
                u.say()
                        .say(
                                "Jag känner inte till förkortningen%s. Den finns inte i någon strukturs ordlista.",
                                "I don't know the abbreviation%s. It is not in any structure's glossary.")
                        .formatted(word),
                u.language());
    }

    private Reply structureLevel(Intent intent, Utterance u, List<Structure> about) {
        if (u.all(Mention.OfStructure.class).isEmpty()) {
            List<Mention.OfTerm> terms = u.all(Mention.OfTerm.class);
            if (!terms.isEmpty()) {
                return structures.terms(u, terms);
            }
            if (!u.roles().isEmpty() || !u.areas().isEmpty()) {
                return askWhichForum(u, about);
            }
            return sources.quote(u, false).orElseGet(() -> Guidance.notUnderstood(u.say()));
        }
        List<Structure> named = u.all(Mention.OfStructure.class).stream()
                .map(Mention.OfStructure::structure)
                .distinct()
                .toList();
        return switch (intent) {
            case Intent.History history ->
                joined(u, named.stream().map(s -> structures.history(u, s)).toList());
            case Intent.Members members ->
                // "Vilka sitter i HälSam nästa mandatperiod?": on another day the seats are what changes, not the
                // parties.
                asksForThePoliticians(u)
                                || u.asksAboutAnotherDay() && u.words().stream().anyMatch(SITTING::contains)
                        ? forums.members(u, topPoliticalForums(u, named))
                        : structures.parties(u, named);
            case Intent.Represents represents -> structures.parties(u, named);
            // "Vem bereder inför de politiska mötena i HälSam?": each of its forums that something prepares for.
            case Intent.PreparedBy preparedBy -> {
                List<ForumRef> prepared = allForums(u, named).stream()
                        .filter(ref -> !ref.structure()
                                .forumsPreparingOn(ref.forum().id(), u.asOf())
                                .isEmpty())
                        .toList();
                yield prepared.isEmpty()
                        ? joined(
                                u,
                                named.stream()
                                        .map(s -> structures.overview(u, s))
                                        .toList())
                        : forums.preparedBy(u, prepared);
            }
            case Intent.Subordinates below -> structures.levels(u, named);
            case Intent.ReportsTo reports -> structures.levels(u, named);
            case Intent.Frequency frequency -> frequencyIn(u, named);
            default ->
                sources.onlyInAnotherStructure(u)
                        .orElseGet(() -> joined(
                                u,
                                named.stream()
                                        .map(s -> structures.overview(u, s))
                                        .toList()));
        };
    }

    private static Reply joined(Utterance u, List<Reply> replies) {
        List<ReplyPart> parts = new ArrayList<>();
        replies.forEach(r -> parts.addAll(r.parts()));
        return new Reply(String.join("\n\n", replies.stream().map(Reply::text).toList()), u.language(), parts);
    }

    /** One option of a clarifying question: what the person sees, and the mention the button pins. */
    private record Candidate(String label, String key) {}

    /** A name fits several things: ask which, each as a button that asks the question again with it picked. */
    private static Reply clarify(Utterance u, List<Candidate> candidates) {
        List<Candidate> shown = candidates.subList(0, Math.min(candidates.size(), 10));
        String prompt = u.say().say("Vilken menar du?", "Which one do you mean?");
        List<ReplyPart.Choice> choices = shown.stream()
                .map(c -> new ReplyPart.Choice(c.label(), new Command.Ask(u.text(), c.key())))
                .toList();
        return new Reply(
                prompt + "\n"
                        + Guidance.bullets(shown.stream().map(Candidate::label).toList()),
                u.language(),
                List.of(new ReplyPart.Choices(prompt, choices)));
    }

    private static Reply askWhichForum(Utterance u, List<Structure> about) {
        List<Candidate> main = new ArrayList<>();
        for (Structure structure : about) {
            structure.forums().stream()
                    .filter(f -> f.isActiveOn(u.today())
                            && f.level() != ForumLevel.LOCAL
                            && f.level() != ForumLevel.WORKING_GROUP)
                    .forEach(f -> main.add(new Candidate(
                            f.name() + " (" + structure.name() + ")", forumKey(new ForumRef(structure, f)))));
        }
        List<Candidate> shown = main.subList(0, Math.min(main.size(), 10));
        String prompt = u.say().say("Vilket forum menar du?", "Which forum do you mean?");
        return new Reply(
                prompt + "\n"
                        + Guidance.bullets(shown.stream().map(Candidate::label).toList()),
                u.language(),
                List.of(new ReplyPart.Choices(
                        prompt,
                        shown.stream()
                                .map(c -> new ReplyPart.Choice(c.label(), new Command.Ask(u.text(), c.key())))
                                .toList())));
    }

    private static String forumKey(ForumRef ref) {
        return new Mention.OfForum(ref.structure(), ref.forum()).key();
    }

    private static final Set<String> SITTING = Set.of("sitter", "satt", "sit", "sits", "sat");

    private static final Set<String> POLITICIAN_WORDS =
            Set.of("politiker", "politikerna", "politikern", "fortroendevalda", "politicians", "politician");

    /** "How many politicians sit in HälSam?" asks for the seats of its political forums, not for its parties. */
    private static boolean asksForThePoliticians(Utterance u) {
        return (u.asksWho() || u.asksHowMany()) && u.words().stream().anyMatch(POLITICIAN_WORDS::contains);
    }

    /**
     * How often a structure's forums meet. "Hur många politiska möten har HälSam per år?": the political forums'
     * rhythm, not the coordination groups' five a year beside it (read as the answer). "Hur ofta träffas
     * länssamordningsgrupperna i Jämtland?": that structure has no forums of that level, which is said, with the one
     * that has.
     */
    private Reply frequencyIn(Utterance u, List<Structure> named) {
        Phrasing say = u.say();
        List<String> missing = new ArrayList<>();
        for (ForumLevel level : u.levels()) {
            List<String> without = named.stream()
                    .filter(s -> s.forums().stream().noneMatch(f -> f.level() == level))
                    .map(Structure::name)
                    .toList();
            if (without.isEmpty()) {
                continue;
            }
            List<String> with = register.get().structures().stream()
                    .filter(s -> s.forums().stream().anyMatch(f -> f.level() == level))
                    .map(Structure::name)
                    .toList();
            missing.add(say.say("%s har inga forum på nivån %s%s.", "%s has no forums at the level %s%s.")
                    .formatted(
                            say.join(without),
                            level.label(u.language()),
                            with.isEmpty()
                                    ? ""
                                    : say.say("; det har %s", "; %s has").formatted(say.join(with))));
        }
        if (!missing.isEmpty()) {
            return Reply.plain(String.join("\n", missing), u.language());
        }
        List<ForumRef> meeting = (asksAboutPolitics(u) ? topPoliticalForums(u, named) : allForums(u, named))
                .stream().filter(f -> f.forum().meets() != null).toList();
        if (meeting.isEmpty()) {
            return Reply.plain(
                    say.say(
                                    "Registret säger inte hur ofta forumen i %s träffas.",
                                    "The register does not say how often the forums of %s meet.")
                            .formatted(
                                    say.join(named.stream().map(Structure::name).toList())),
                    u.language());
        }
        return forums.frequency(u, meeting);
    }

    /** "politiska möten", "the political level": the question is about the political forums. */
    private static boolean asksAboutPolitics(Utterance u) {
        return u.words().stream()
                .anyMatch(w -> w.equals("politisk")
                        || w.equals("politiska")
                        || w.equals("politiskt")
                        || w.equals("political")
                        || w.equals("politicians")
                        || w.equals("politiker")
                        || w.equals("politikerna"));
    }

    /**
     * A structure's political forums that report to no other political forum: its presidium sits among the members
     * of the forum it prepares for, and counting both would count the same people twice.
     */
    private static List<ForumRef> topPoliticalForums(Utterance u, List<Structure> structures) {
        return allForums(u, structures).stream()
                .filter(ref -> ref.forum().level() == ForumLevel.POLITICAL)
                .filter(ref -> !ref.structure().isReplacedOn(ref.forum().id(), u.today()))
                .filter(ref -> ref.forum().reportsTo() == null
                        || ref.structure()
                                .forum(ref.forum().reportsTo())
                                .map(parent -> parent.level() != ForumLevel.POLITICAL)
                                .orElse(true))
                .toList();
    }

    private static List<ForumRef> allForums(Utterance u, List<Structure> structures) {
        List<ForumRef> all = new ArrayList<>();
        for (Structure structure : structures) {
            for (Forum forum : structure.forums()) {
                if (forum.isActiveOn(u.today())) {
                    all.add(new ForumRef(structure, forum));
                }
            }
        }
        return all;
    }

    /** "ordförande för äldre": the forums where a seat with that role is tied to that strategic area. */
    private static List<ForumRef> forumsWithRoleInArea(Utterance u, List<ForumRef> forums, Set<SeatRole> roles) {
        if (u.areas().isEmpty()) {
            return List.of();
        }
        return forums.stream()
                .filter(ref -> ref.structure().seatsOn(ref.forum().id(), u.today()).stream()
                        .anyMatch(
                                seat -> roles.contains(seat.role()) && u.areas().contains(seat.area())))
                .toList();
    }

    private static List<ForumRef> askerForums(Utterance u) {
        RegisteredPerson me = u.asker().orElseThrow();
        return me.structure().seatsOn(u.today()).stream()
                .filter(seat -> me.id().equals(seat.person()))
                .map(seat -> me.structure().forum(seat.forum()).map(f -> new ForumRef(me.structure(), f)))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    /** "mitt nästa möte", "my meetings"; the English "I" is left out, as it is also the Swedish "i" (in). */
    private static boolean firstPerson(Utterance u) {
        return u.words().stream().anyMatch(FIRST_PERSON::contains);
    }
}
