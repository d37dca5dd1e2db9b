package se.samverkansbot.answers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.sources.Passage;
import se.samverkansbot.sources.SourceSearch;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * Answers from the source documents: the passage that covers the question, quoted as written, with the
 * document's title and date. Never a sentence of the bot's own about what the documents say — a quote can be
 * checked, a paraphrase cannot.
 */
final class SourceAnswers {
    private final SourceSearch search;
    private final Supplier<Register> register;

    SourceAnswers(Supplier<Register> register) {
        this.search = new SourceSearch(register);
        this.register = register;
    }

    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("^\\s*[-•–*]\\s+.*");

    /** Covering this share of the question's words, and at least three of them, a passage beats an overview. */
    static final double OVERRULING_COVERAGE = 0.7;

    /** Whether the source documents use the word anywhere. */
    boolean mentioned(String word) {
        return search.mentions(word);
    }

    /** The documents' Swedish words a question word stands for (its translations, or itself); none if not theirs. */
    List<String> documentsWordsFor(String word) {
        return search.documentsWordsFor(word);
    }

    /** Whether the source documents use both parts of the word, as a compound. */
    boolean mentionedAsACompound(String word) {
        return search.isACompoundOfTheirs(word);
    }

    /** Whether the source documents use the word, a word a typo away, or its parts as a compound. */
    boolean mentionedAlike(String word) {
        return search.mentionsAlike(word);
    }

    /** Whether the documents speak of what an English phrase of the word list means; empty if the list lacks it. */
    Optional<Boolean> mentionsTheSwedishOf(String englishPhrase) {
        return search.mentionsTheSwedishOf(englishPhrase);
    }

    /** Whether the question names an amount the documents hold. */
    boolean mentionsAnAmountIn(String question) {
        return search.mentionsAnAmountIn(question);
    }

    /**
     * "Vad var det för möte 3 juni 2022?", "what was to be decided on 9 Dec 2022?": a past day the question names
     * that dated events of the register fall on is what it asks about, whatever else it says.
     */
    Optional<Reply> onTheDayNamed(Utterance u) {
        List<java.time.LocalDate> days = u.dates();
        if (days.isEmpty()) {
            return inTheMonthNamed(u);
        }
        if (days.size() != 1 || !days.getFirst().isBefore(u.today())) {
            return Optional.empty();
        }
        java.time.LocalDate day = days.getFirst();
        List<SourceSearch.FoundMilestone> onThatDay =
                eventsWhere(u, m -> m.date().day() != null && m.date().start().equals(day));
        if (onThatDay.isEmpty()) {
            return Optional.empty();
        }
        Optional<Reply> onAnotherDay = describedOnAnotherDay(u, day, onThatDay);
        if (onAnotherDay.isPresent()) {
            return onAnotherDay;
        }
        List<String> events = onThatDay.stream().map(found -> said(u, found)).toList();
        SourceSearch.FoundMilestone first = onThatDay.getFirst();
        String text = String.join("\n", events);
        return search.writtenOn(
                        first.structure().id(),
                        day,
                        u.text() + " " + first.milestone().title())
                .map(passage -> {
                    Reply quoted = reply(u, passage, register.get());
                    return new Reply(text + "\n\n" + quoted.text(), u.language(), quoted.parts());
                })
                .or(() -> Optional.of(Reply.plain(text, u.language())));
    }

    /**
     * "SocialReKo ställde sig bakom förslaget till ny politisk struktur den 9 december 2022, va?": the event the
     * question describes is dated another day, and the day named holds another event (the officials' structure). The
     * day's event alone read as a yes. Only when one event fits the question's words clearly best, as well as a
     * "när" question's event must, and none of the day's events fits as well.
     */
    private Optional<Reply> describedOnAnotherDay(
            Utterance u, java.time.LocalDate day, List<SourceSearch.FoundMilestone> onThatDay) {
        return search.bestMilestones(u.text(), u.language(), named(u), false)
                .filter(best -> best.tied().isEmpty()
                        && best.coverage() >= OVERRULING_COVERAGE
                        && best.matched() >= 3
                        && best.milestone().date().day() != null
                        && !best.milestone().date().start().equals(day))
                .map(best -> {
                    Phrasing say = u.say();
                    List<String> lines = new java.util.ArrayList<>();
                    lines.add(say.say(
                                    "Det du beskriver var enligt registret inte den %s utan den %s:",
                                    "What you describe was, according to the register, not on %s but on %s:")
                            .formatted(
                                    say.date(day),
                                    say.date(best.milestone().date().start())));
                    lines.add(said(u, best));
                    lines.add("");
                    lines.add(say.say("Den %s var det:", "On %s it was:").formatted(say.date(day)));
                    onThatDay.forEach(each -> lines.add(said(u, each)));
                    return Reply.plain(String.join("\n", lines), u.language());
                });
    }

    /** "Vilka gemensamma möten hölls 2022?", "which joint meetings were held in 2022?": which events there were. */
    private static final java.util.regex.Pattern WHICH_WERE_HELD = java.util.regex.Pattern.compile(
            "(?iuU)\\b(vilka|which)\\b[^?]*\\b(hölls|holls|ägde rum|agde rum|took place|held|hade man)\\b");

    /**
     * "Hur många gemensamma möten hölls 2022?", "vilka gemensamma möten hölls 2022?": a past year, and the register's
     * events of that year that fit the question equally best, counted and listed. The register's events, said as
     * such: the documents may tell of more.
     */
    Optional<Reply> eventsCounted(Utterance u) {
        if (!(u.asksHowMany() || WHICH_WERE_HELD.matcher(u.text()).find())
                || u.year().isEmpty()
                || u.year().get() >= u.today().getYear()) {
            return Optional.empty();
        }
        int year = u.year().get();
        return search.bestMilestones(u.text(), u.language(), named(u), true)
                .map(found -> found.allEarliestFirst().stream()
                        .filter(f -> f.milestone().date().year() == year)
                        .toList())
                .filter(events -> !events.isEmpty())
                .map(events -> {
                    List<String> lines = new java.util.ArrayList<>();
                    lines.add(
                            events.size() == 1
                                    ? u.say()
                                            .say(
                                                    "Registret har en händelse %d som passar frågan:",
                                                    "The register has one event in %d that fits the question:")
                                            .formatted(year)
                                    : u.say()
                                            .say(
                                                    "Registret har %s händelser %d som passar frågan:",
                                                    "The register has %s events in %d that fit the question:")
                                            .formatted(u.say().number(events.size()), year));
                    events.forEach(each -> lines.add(eventLine(u, each)));
                    return Reply.plain(String.join("\n", lines), u.language());
                });
    }

    /** The register's dated events that pass the test, in the structures the question is about. */
    private List<SourceSearch.FoundMilestone> eventsWhere(
            Utterance u, java.util.function.Predicate<se.samverkansbot.register.Milestone> test) {
        List<String> within = named(u);
        List<SourceSearch.FoundMilestone> found = new java.util.ArrayList<>();
        for (Structure structure : register.get().structures()) {
            if (within.isEmpty() || within.contains(structure.id())) {
                structure.milestones().stream()
                        .filter(test)
                        .forEach(m -> found.add(new SourceSearch.FoundMilestone(structure, m, 1.0, 1)));
            }
        }
        return found;
    }

    /** One event as a list line: "• 2022-12-09 (9 december 2022) (HälSam): Gemensamt möte beslutar …". */
    private static String eventLine(Utterance u, SourceSearch.FoundMilestone each) {
        return u.say()
                .say("• %s (%s): %s.", "• %s (%s): %s (in Swedish).")
                .formatted(
                        when(u.say(), each.milestone().date()),
                        each.structure().name(),
                        each.milestone().title());
    }

    /** More events of one month than this, and the month alone does not say which the question means. */
    private static final int MOST_EVENTS_OF_A_MONTH = 3;

    /**
     * "What did SVOM propose in October 2023?": a past month with a year, and the events of the register in it that
     * concern the forum the question names (any, if it names none), when they are few. Not for "how many", nor for
     * "who" without a forum.
     */
    private Optional<Reply> inTheMonthNamed(Utterance u) {
        Optional<java.time.YearMonth> month = u.month();
        Set<String> forums = new java.util.HashSet<>();
        u.all(Mention.OfForum.class).forEach(f -> forums.add(f.forum().id()));
        if (month.isEmpty()
                || u.year().isEmpty()
                || u.asksHowMany()
                // "Who came up with the proposal presented in June 2022?": the event of that month says what was
                // done with it, the documents who made it; with a forum named, the event is that forum's doing.
                || u.asksWho() && forums.isEmpty()
                || !month.get().atEndOfMonth().isBefore(u.today())) {
            return Optional.empty();
        }
        List<SourceSearch.FoundMilestone> inMonth = eventsWhere(
                u,
                m -> m.date().year() == month.get().getYear()
                        && m.date().month() != null
                        && m.date().month() == month.get().getMonthValue()
                        && (forums.isEmpty() || m.forums().stream().anyMatch(forums::contains)));
        if (inMonth.isEmpty() || inMonth.size() > MOST_EVENTS_OF_A_MONTH) {
            return Optional.empty();
        }
        return Optional.of(Reply.plain(
                String.join("\n", inMonth.stream().map(found -> said(u, found)).toList()), u.language()));
    }

    /** "2022-12-09 (9 december 2022) (HälSam): Gemensamt möte beslutar …", with its description below. */
    private static String said(Utterance u, SourceSearch.FoundMilestone found) {
        se.samverkansbot.register.Milestone milestone = found.milestone();
        return u.say()
                        .say("%s (%s): %s.", "%s (%s): %s (in Swedish).")
                        .formatted(
                                when(u.say(), milestone.date()),
                                found.structure().name(),
                                milestone.title())
                + (milestone.description() == null ? "" : "\n" + milestone.description());
    }

    /** Asks what came of something: whether it was adopted, approved or rejected, what was decided, the result. */
    private static final java.util.regex.Pattern ASKS_AN_OUTCOME = java.util.regex.Pattern.compile(
            "(?iuU)\\b(vad (beslutade|beslutades|beslöt|beslot|blev|kom .{1,30} fram till)"
                    + "|blev (det|den|de|förslaget|forslaget|strukturen|översynen|oversynen)? ?(antagen|antaget|antagna|godkänd"
                    + "|godkand|godkänt|godkant|beslutad|beslutat|avslagen|avslaget|av)"
                    + "|godkände|godkande|antog|biföll|bifoll|avslog|beslöt|klubbade|sa (ja|nej)|antogs|godkändes"
                    + "|godkandes|beslutades|resultatet|utfallet|till slut|gick (det|förslaget|forslaget) igenom"
                    + "|did .{1,40} (approve|adopt|accept|agree|decide|reject|endorse|pass)"
                    + "|(was|were) .{1,40} (approved|adopted|accepted|decided|rejected|endorsed|passed)"
                    + "|what (was|were) .{0,30}decided|what did .{1,40} decide|outcome|results?|went through"
                    + "|came (out )?of"
                    // "What did the Jämtland review end up proposing?", "vad landade översynen i?"
                    + "|end(ed)? up|in the end|landade|landat)\\b");

    /**
     * "Did RSR approve SVOM's proposal?", "vad beslutades på mötet 9 december?": of an event the documents only plan or
     * announce, what came of it is not recorded. Saying so, with what they do say of the event, is the honest answer;
     * the event's title ("Gemensamt möte beslutar om …") or the forum's mandate would read as its outcome.
     */
    Optional<Reply> unrecordedOutcome(Utterance u) {
        if (!ASKS_AN_OUTCOME.matcher(u.text()).find()) {
            return Optional.empty();
        }
        return outcomeOfAnEvent(u).or(() -> outcomeAfterItsSources(u));
    }

    private Optional<Reply> outcomeOfAnEvent(Utterance u) {
        // The event is what is left when the words that ask for its outcome are taken out: "beslutade … till slut" is
        // in no event's title.
        String event = ASKS_AN_OUTCOME.matcher(u.text()).replaceAll(" ");
        return search.bestMilestones(event, u.language(), named(u), false)
                .filter(found -> found.tied().isEmpty())
                .filter(found -> found.milestone().unrecorded() != null)
                .map(found -> Reply.plain(
                        u.say()
                                        .say(
                                                "Det vet jag inte: dokumenten säger inte %s. Det här säger de:",
                                                "I don't know: the documents do not say what came of it. This is what"
                                                        + " they say:")
                                        .formatted(found.milestone().unrecorded())
                                + "\n"
                                + said(u, found),
                        u.language()));
    }

    /**
     * "Vad beslutade HälSam i våras?", asked in December 2026, when the passage nearest the question is of 2022: a
     * document cannot tell what was decided after it was written. Quoted, even as only the nearest thing found, its
     * "har under våren beslutats" read as this spring's decision. A passage that states no year may be of any, and
     * one of a later year than asked is still the nearest thing found (see found).
     */
    private Optional<Reply> outcomeAfterItsSources(Utterance u) {
        Optional<Integer> asked = u.yearSpokenOf();
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        return found(u, true)
                .map(found -> SourceSearch.yearsOf(found.passage()))
                .filter(years -> !years.isEmpty() && years.last() < asked.get())
                .map(years -> Reply.plain(
                        u.say()
                                .say(
                                        "Det vet jag inte: dokumenten säger inget om vad som beslutades %d. Det"
                                                + " närmaste jag hittar om det är från %d.",
                                        "I don't know: the documents do not say what was decided in %d. The nearest"
                                                + " I find on it is from %d.")
                                .formatted(asked.get(), years.last()),
                        u.language()));
    }

    /** A "when" question about a dated event of the register: its date, title and description. */
    Optional<Reply> milestone(Utterance u, boolean overrulingAnIntent) {
        return search.findMilestone(u.text(), u.language(), named(u))
                .filter(found -> !overrulingAnIntent || found.coverage() >= OVERRULING_COVERAGE && found.matched() >= 3)
                .map(found -> {
                    if (!found.tied().isEmpty() && found.tied().size() < MOST_EVENTS_LISTED) {
                        return several(u, found);
                    }
                    se.samverkansbot.register.Milestone milestone = found.milestone();
                    String text = said(u, found);
                    // The document's own words beside the date: the reader can check it, and sees the date as
                    // the document writes it ("senast 1/5"). The passage the question points to when it holds a
                    // date, else the sentence that gives this day; a year alone is too common to find that by.
                    boolean day = milestone.date().day() != null;
                    Optional<SourceSearch.Found> source = search.find(u.text(), u.language(), named(u), false)
                            .filter(passage -> passage.coverage() >= OVERRULING_COVERAGE
                                    // Any date, not only this day: where the documents disagree on it (31/10
                                    // and 221030), the question's passage shows the reader the other one too.
                                    && SourceSearch.holdsADate(passage.excerpt()))
                            .or(() -> day
                                    ? search.writtenOn(
                                            found.structure().id(),
                                            milestone.date().start(),
                                            u.text() + " " + milestone.title())
                                    : Optional.empty());
                    return source.map(passage -> {
                                Reply quoted = reply(u, passage, register.get());
                                return new Reply(text + "\n\n" + quoted.text(), u.language(), quoted.parts());
                            })
                            .orElseGet(() -> Reply.plain(text, u.language()));
                });
    }

    /** More events that fit a question equally well than this are no answer to it: it names none of them. */
    private static final int MOST_EVENTS_LISTED = 6;

    /**
     * "När var det gemensamma mötet 2022?" when the register holds four: all of them, earliest first, rather than
     * the one that happened to be found first stated as the answer.
     */
    private static Reply several(Utterance u, SourceSearch.FoundMilestone found) {
        List<SourceSearch.FoundMilestone> all = found.allEarliestFirst();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(u.say()
                .say("%s händelser i registret passar frågan:", "%s events in the register fit the question:")
                .formatted(Phrasing.capitalize(u.say().number(all.size()))));
        all.forEach(each -> lines.add(eventLine(u, each)));
        return Reply.plain(String.join("\n", lines), u.language());
    }

    /** "2022-02-04 (4 februari 2022)" for a full date, "2021" or "juni 2022" for a partial one. */
    private static String when(Phrasing say, se.samverkansbot.register.PartialDate date) {
        if (date.day() == null) {
            return Phrasing.capitalize(date.display(say.language()));
        }
        return date.start() + " (" + say.date(date.start()) + ")";
    }

    /**
     * How many items the excerpt's lists hold: one count for one list; for several (each under its own line ending in
     * a colon, "Förslaget ska klargöra:", "Uppdraget bör inte omfatta:") a count per list, since one sum of them
     * counts no list the question asked about.
     */
    private static String counted(Utterance u, String excerpt) {
        Map<String, Long> byList = new java.util.LinkedHashMap<>();
        String list = "";
        for (String line : excerpt.lines().toList()) {
            if (LIST_ITEM.matcher(line).matches()) {
                byList.merge(list, 1L, Long::sum);
            } else if (line.strip().endsWith(":")) {
                list = line.strip().substring(0, line.strip().length() - 1);
            }
        }
        long items = byList.values().stream().mapToLong(Long::longValue).sum();
        if (items < 2) {
            return "";
        }
        if (byList.size() == 1 || byList.containsKey("")) {
            return u.say()
                    .say("Dokumentet räknar upp %s (%d). ", "The document lists %s (%d). ")
                    .formatted(u.say().number(items), items);
        }
        List<String> each = byList.entrySet().stream()
                .map(e -> u.say()
                        .say("%s under ”%s”", "%s under “%s”")
                        .formatted(u.say().number(e.getValue()), e.getKey()))
                .toList();
        return u.say()
                .say("Dokumentet räknar upp %s. ", "The document lists %s. ")
                .formatted(u.say().join(each));
    }

    /** A question searched for, and what was found. */
    private record Searched(Utterance asked, Optional<SourceSearch.Found> found) {}

    /** The last search without typos and the last with: one message may ask for the same quote twice. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<Searched> lastSearched =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(2);

    /**
     * The passage for the question, not searched again for the same message: a question no intent answers is first
     * tried against the documents, then, when nothing covers it, answered by the intent, whose answer may try the
     * same search again (an overview without a named structure quotes the documents). The message's own utterance
     * is the key, by identity, so no other message's search is ever reused; the two slots are shared by all
     * conversations, so a message that another one's search overtakes searches again.
     */
    private Optional<SourceSearch.Found> found(Utterance u, boolean typos) {
        int slot = typos ? 1 : 0;
        Searched last = lastSearched.get(slot);
        if (last != null && last.asked() == u) {
            return last.found();
        }
        Optional<SourceSearch.Found> found = search.find(u.searchText(), u.language(), named(u), typos)
                // A passage of other years than the one asked of ("vad beslutade HälSam i våras?" of 2022's spring)
                // is at most the nearest thing found.
                .map(passage -> u.yearSpokenOf()
                        .filter(year -> !SourceSearch.mayBeOf(passage.passage(), year))
                        .map(year -> SourceSearch.onlyNearest(passage))
                        .orElse(passage));
        lastSearched.set(slot, new Searched(u, found));
        return found;
    }

    Optional<Reply> quote(Utterance u, boolean overrulingAnIntent) {
        if (!u.all(Mention.OfPerson.class).isEmpty()) {
            // The register knows the person, with their seats and periods; a document only lists them.
            return Optional.empty();
        }
        return found(u, !overrulingAnIntent)
                .filter(found -> !overrulingAnIntent || found.coverage() >= OVERRULING_COVERAGE && found.matched() >= 3)
                // "Which forum replaced SocialReKo, and from what date?": a passage without a date does not answer a
                // "when" better than the intent's answer, which may hold it ("upphörde 2022-12-31; ersattes av …").
                .filter(found -> !overrulingAnIntent || !u.asksWhen() || SourceSearch.holdsADate(found.excerpt()))
                .map(found -> beyondTheDocuments(u, found)
                        .map(unknown -> pointedTo(u, found, unknown))
                        .orElseGet(() -> reply(u, found, register.get())));
    }

    /**
     * What the bot does not know, and where the nearest passage is, unquoted: quoted, it reads as the answer
     * whatever is said before it ("… vid behov" as the steering groups appointed so far).
     */
    private static Reply pointedTo(Utterance u, SourceSearch.Found found, String unknown) {
        Passage passage = found.passage();
        String citation = passage.document().citation();
        String where = passage.heading().isBlank()
                ? ""
                : u.say().say(", under ”%s”", ", under “%s”").formatted(passage.heading());
        return new Reply(
                unknown
                        + u.say()
                                .say(
                                        " Det närmaste jag hittar står i dokumentet ”%s”%s.",
                                        " The nearest I find is in the document “%s”%s.")
                                .formatted(citation, where),
                u.language(),
                List.of(new ReplyPart.Facts(
                        u.say().say("Källa", "Source"),
                        List.of(new ReplyPart.Fact(u.say().say("Dokument", "Document"), citation)))));
    }

    /**
     * A question of one structure that only another structure's documents answer: "Vad ska översynen i Västernorrland
     * klargöra, typ mandat och roller?" asks of Jämtland Härjedalen's review as if it were HälSam's. The overview of
     * the structure named was the answer, which names its own Kommunförbundet where the review names the other's.
     * Said as it is: nothing of it in the named structure's documents, and where the other's speak of it, unquoted.
     * Quoted, it reads as the answer for the structure asked of: "När börjar den nya samverkansstrukturen i Jämtland
     * Härjedalen att gälla?" is not answered by the day HälSam began.
     */
    Optional<Reply> onlyInAnotherStructure(Utterance u) {
        List<Mention.OfStructure> structures = u.all(Mention.OfStructure.class);
        if (structures.size() != 1
                || !u.all(Mention.OfForum.class).isEmpty()
                || !u.all(Mention.OfPerson.class).isEmpty()) {
            return Optional.empty();
        }
        Structure asked = structures.getFirst().structure();
        // The named structure's own search, kept for the quote that may follow: with one structure named it is the
        // one searched (see named).
        if (found(u, false).isPresent()) {
            return Optional.empty();
        }
        return search.find(u.searchText(), u.language(), List.of(), false)
                .filter(found -> !found.passage().structureId().equals(asked.id()))
                .filter(found -> found.alongside() == null)
                .filter(found -> found.coverage() >= OVERRULING_COVERAGE && found.matched() >= 3)
                .map(found -> pointedTo(
                        u,
                        found,
                        u.say()
                                .say(
                                        "Det vet jag inte för %s: dess dokument säger inget om det.",
                                        "I don't know that for %s: its documents say nothing of it.")
                                .formatted(asked.name())));
    }

    /** The one structure the question is about, when what it names says so; else every structure's documents. */
    private static List<String> named(Utterance u) {
        List<Mention.OfStructure> structures = u.all(Mention.OfStructure.class);
        if (structures.size() == 1) {
            // "… klargöra i HälSam?": a structure named outright decides, whatever else a word links to elsewhere
            // (a typo-like word linked to a person of another structure would otherwise widen the search to all).
            return List.of(structures.getFirst().structure().id());
        }
        Set<String> forums = new LinkedHashSet<>();
        u.all(Mention.OfForum.class)
                .forEach(forum -> forums.add(forum.structure().id()));
        if (forums.size() == 1) {
            // "Does Barnarenan also hold a yearly meeting in internat form?": a forum named outright decides over a
            // glossary word of another structure ("internat"), whose document would answer for a forum it never
            // names.
            return List.copyOf(forums);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Mention mention : u.all(Mention.class)) {
            Structure structure = mention.structure();
            if (structure != null) {
                ids.add(structure.id());
            }
        }
        return ids.size() == 1 ? List.copyOf(ids) : List.of();
    }

    private static final java.util.regex.Pattern ASKS_WHICH_MUNICIPALITY =
            java.util.regex.Pattern.compile("(?iu)(vilken|vilka) kommun|which municipalit");

    /**
     * What a "which municipality" question asks for, when the quote names no municipality: "Vilken kommun pausade
     * ÄOC?" is answered by a passage saying "Kommunfullmäktige har beslutat …", which names none. Saying so first
     * keeps the quote from reading as the answer. Not for "who": a quote answers that with bodies the register does
     * not hold ("Kommunfullmäktige"), and "the documents do not say who" would then be wrong.
     */
    private static Optional<String> notNamed(Utterance u, String excerpt, Register register) {
        if (!ASKS_WHICH_MUNICIPALITY.matcher(u.text()).find()) {
            return Optional.empty();
        }
        String text = se.samverkansbot.text.Words.normalize(excerpt);
        for (Structure structure : register.structures()) {
            for (se.samverkansbot.register.Party party : structure.parties()) {
                if (party.kind() == se.samverkansbot.register.PartyKind.MUNICIPALITY
                        && names(text, party.name(), party.aliases())) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(u.say()
                .say(
                        "Dokumenten säger inte vilken kommun; det närmaste jag hittar är detta. ",
                        "The documents do not say which municipality; the nearest I find is this. "));
    }

    /** "Hittills", "so far": what has been done since the documents were written. */
    private static final java.util.regex.Pattern ASKS_SO_FAR = java.util.regex.Pattern.compile(
            "(?iuU)\\b(hittills|hitintills|hittintills|än\\s+så\\s+länge|an\\s+sa\\s+lange|so\\s+far|to\\s+date"
                    + "|up\\s+to\\s+now|until\\s+now)\\b");

    /**
     * What the documents cannot hold, though a passage is near: what has been done so far (they describe the model
     * and its tasks; a passage with a date is what had been done by then, and answers); when something ended, of a
     * passage that tells of no end and covers the question only in part; a town or web address the passage does not
     * give.
     */
    private static Optional<String> beyondTheDocuments(Utterance u, SourceSearch.Found found) {
        String excerpt = found.excerpt();
        if (ASKS_SO_FAR.matcher(u.text()).find() && !SourceSearch.holdsADayOrYear(excerpt)) {
            return Optional.of(u.say()
                    .say(
                            "Det vet jag inte: dokumenten beskriver hur samverkan ska arbeta, inte vad som har gjorts"
                                    + " hittills.",
                            "I don't know: the documents describe how the collaboration is to work, not what has"
                                    + " been done so far."));
        }
        if (u.asksWhen()
                && found.coverage() < OVERRULING_COVERAGE
                && ASKS_WHEN_IT_ENDED.matcher(u.text()).find()
                && !TELLS_AN_END.matcher(excerpt).find()) {
            // "When was the Rådet för regional utveckling abolished?" nearest to "I september 2009 initierade
            // dåvarande 'Rådet …'": the date of another event, which quoted reads as the end asked for.
            return Optional.of(u.say()
                    .say(
                            "Det vet jag inte: dokumenten säger inte när det upphörde.",
                            "I don't know: the documents do not say when it ended."));
        }
        if (ASKS_A_TOWN_OR_SITE.matcher(u.text()).find()
                && !GIVES_A_PLACE.matcher(excerpt).find()) {
            return Optional.of(u.say()
                    .say(
                            "Det vet jag inte: dokumenten säger inte var.",
                            "I don't know: the documents do not say where."));
        }
        return Optional.empty();
    }

    /**
     * A town or a web address asked for by name: "på vilken ort", "vilken webbplats", "which town". Not any "var" or
     * "where": "var publiceras dokumenten?" is answered by "webb", "where should the decision be sent?" by a forum.
     */
    private static final java.util.regex.Pattern ASKS_A_TOWN_OR_SITE = java.util.regex.Pattern.compile(
            "(?iuU)\\b((vilken|vilket)\\s+(ort|stad|webbplats|hemsida|sajt|webbadress|url)"
                    + "|(which|what)\\s+(town|city|website|web\\s+address|url))\\b");

    /** When something ended: "när upphörde", "när lades … ned", "when was … abolished". */
    private static final java.util.regex.Pattern ASKS_WHEN_IT_ENDED = java.util.regex.Pattern.compile(
            "(?iuU)\\b(upphörde|upphorde|avskaffades|avvecklades|lades\\s+(ned|ner)|lagts\\s+(ned|ner)|slutade"
                    + "|ended|abolished|disbanded|dissolved|ceased|closed\\s+down|shut\\s+down|wound\\s+up)\\b");

    /** A passage that tells of an end: "upphör att gälla från och med 2022-12-31", "ersattes av", "lades ned". */
    private static final java.util.regex.Pattern TELLS_AN_END = java.util.regex.Pattern.compile(
            "(?iuU)\\b(upphör\\p{L}*|upphor\\p{L}*|avskaffa\\p{L}*|avveckl\\p{L}*|lades\\s+(ned|ner)|ersatt\\p{L}*"
                    + "|ersätt\\p{L}*|slutade|till\\s+och\\s+med|pausa\\p{L}*)");

    /** A place a passage gives: a web address, or a capitalised name after a preposition ("i Sundsvall"). */
    private static final java.util.regex.Pattern GIVES_A_PLACE = java.util.regex.Pattern.compile(
            // Case matters here: a town is written with a capital.
            "(?uU)(https?://|www\\.|\\.se\\b|\\b([Ii]|[Pp]å|[Pp]a|[Ii]n|[Aa]t)\\s+\\p{Lu}\\p{L}+)");

    private static final java.util.regex.Pattern ASKS_THE_DATE = java.util.regex.Pattern.compile(
            "(?iuU)\\b(vilket datum|vilken dag|vilket år|vilket ar|what date|which date|what day|which day|what year"
                    + "|which year)\\b");

    private static String structureName(Register register, String id) {
        return register.structures().stream()
                .filter(s -> s.id().equals(id))
                .map(Structure::name)
                .findFirst()
                .orElse(id);
    }

    private static boolean names(String text, String name, List<String> aliases) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
                .map(se.samverkansbot.text.Words::normalize)
                .filter(n -> n.length() >= 2)
                .anyMatch(n -> (" " + text + " ").contains(" " + n + " "));
    }

    /**
     * The passage that covers the question, to follow a register answer: no "I don't know for sure" before it, as
     * the answer before it is what the bot knows.
     */
    Optional<Reply> quoteAlongside(Utterance u) {
        return quoteAlongside(u, excerpt -> true);
    }

    /** @param fits whether the excerpt found may follow the answer at all */
    Optional<Reply> quoteAlongside(Utterance u, java.util.function.Predicate<String> fits) {
        if (!u.all(Mention.OfPerson.class).isEmpty()) {
            return Optional.empty();
        }
        Register now = register.get();
        return search.find(u.text(), u.language(), named(u), true)
                .filter(found -> !opensWithAnotherForum(u, found.passage(), found.excerpt(), now))
                // Nor under a heading of another forum: "what does Länsledningen do?" answered with its mandate is not
                // followed by the coordination groups' tasks "på uppdrag av länsledningen", where "träffas 5 gånger
                // per år" read as Länsledningen's.
                .filter(found -> !opensWithAnotherForum(
                        u, found.passage(), found.passage().heading(), now))
                // With no forum or level named, a passage under a forum's heading is about a forum the answer
                // before it may not be: "Hur många gånger per år samlas politikerna i HälSam?" answered with the
                // political forum's meetings was followed by the coordination groups' "Träffas 5 gånger per år".
                .filter(found -> namesAForumOrLevel(u)
                        || search.forumOpening(
                                        found.passage().structureId(),
                                        found.passage().heading())
                                .isEmpty())
                .filter(found -> fits.test(found.excerpt()))
                // "På vilken webbplats publiceras dokumenten?" is not answered by "Webb – publiceringsansvar …",
                // even as a passage found besides.
                .filter(found -> beyondTheDocuments(u, found).isEmpty())
                // Two structures' documents that answer equally well are a guess at which one is meant, and the
                // register answer before them has already said which: "how many local groups?" answered with
                // HälSam's 21 was followed by SVOM's history beside HälSam's coordination groups.
                .filter(found -> found.alongside() == null
                        || found.alongside()
                                .passage()
                                .structureId()
                                .equals(found.passage().structureId()))
                .map(found -> reply(u, found, now, true));
    }

    /** Whether the question names a forum or a level, which a passage's heading may then be of. */
    private static boolean namesAForumOrLevel(Utterance u) {
        return !u.all(Mention.OfForum.class).isEmpty()
                || !u.all(Mention.OfLevel.class).isEmpty();
    }

    /**
     * "What is the first task of the county coordination groups?" answered with their mandate is not followed by
     * "Länsledningen ansvarar för processerna och följer upp … länsamordningsgrupperna": a passage whose first word
     * is another forum of the structure (its subject: "Länsledningen", "Länsledningens arbete") says what that forum
     * does, though it names the asked one too.
     */
    private boolean opensWithAnotherForum(Utterance u, Passage passage, String excerpt, Register register) {
        List<Mention.OfForum> forums = u.all(Mention.OfForum.class);
        List<Mention.OfLevel> levels = u.all(Mention.OfLevel.class);
        if (forums.isEmpty() && levels.isEmpty()) {
            return false;
        }
        return search.forumOpening(passage.structureId(), excerpt)
                .flatMap(id -> register.structure(passage.structureId()).flatMap(s -> s.forum(id)))
                .filter(other -> forums.stream().noneMatch(m -> m.forum().id().equals(other.id()))
                        && levels.stream().noneMatch(m -> m.level() == other.level()))
                .isPresent();
    }

    private static Reply reply(Utterance u, SourceSearch.Found found, Register register) {
        return reply(u, found, register, false);
    }

    private static Reply reply(Utterance u, SourceSearch.Found found, Register register, boolean followsAnAnswer) {
        Passage passage = found.passage();
        String citation = passage.document().citation();
        String where = passage.heading().isBlank()
                ? ""
                : u.say().say(", under ”%s”", ", under “%s”").formatted(passage.heading());
        // A passage that covers only part of the question may not answer it: say so before quoting it.
        Optional<String> notNamed = notNamed(u, found.excerpt(), register);
        boolean twoStructures = found.alongside() != null
                && !found.alongside().passage().structureId().equals(passage.structureId());
        String unsure = twoStructures
                ? u.say()
                        .say(
                                "Både %s och %s har något om det i sina dokument; här är vad vardera säger. ",
                                "The documents of both %s and %s speak of it; here is what each says. ")
                        .formatted(
                                structureName(register, passage.structureId()),
                                structureName(
                                        register, found.alongside().passage().structureId()))
                : followsAnAnswer
                        ? found.coverage() < OVERRULING_COVERAGE
                                ? u.say()
                                        .say(
                                                "I dokumenten hittar jag också detta, men jag vet inte säkert att det svarar på frågan. ",
                                                "In the documents I also find this, but I do not know for sure that it answers the question. ")
                                : ""
                        : notNamed.isPresent()
                                ? notNamed.get()
                                : found.coverage() < OVERRULING_COVERAGE
                                        ? u.say()
                                                .say(
                                                        "Det vet jag inte säkert, men det närmaste jag hittar i dokumenten är detta. ",
                                                        "I don't know for sure, but this is the nearest I find in the documents. ")
                                        : u.asksWhen() && !SourceSearch.holdsADate(found.excerpt())
                                                // A "when" question answered by a passage without a date is not
                                                // answered: say so.
                                                ? u.say()
                                                        .say(
                                                                "Dokumenten anger ingen tidpunkt för det; det närmaste jag hittar är detta. ",
                                                                "The documents do not say when; the nearest I find is this. ")
                                                : ASKS_THE_DATE
                                                                        .matcher(u.text())
                                                                        .find()
                                                                && !SourceSearch.holdsADayOrYear(found.excerpt())
                                                        // "Vilket datum …?" answered by "så snart som möjligt": a
                                                        // time, but not the date asked for.
                                                        ? u.say()
                                                                .say(
                                                                        "Dokumenten anger inget datum för det; det närmaste jag hittar är detta. ",
                                                                        "The documents give no date for it; the nearest I find is this. ")
                                                        : "";
        // "Hur många saker ska förslaget klargöra?" answered by a list: the count first, then the list to check it.
        String counted = u.asksHowMany() ? counted(u, found.excerpt()) : "";
        String text = unsure
                + counted
                + u.say()
                        .say("I dokumentet ”%s”%s står det:", "The document “%s”%s says (in Swedish):")
                        .formatted(citation, where)
                + "\n\n”" + found.excerpt() + "”";
        List<ReplyPart.Fact> sources =
                new java.util.ArrayList<>(List.of(new ReplyPart.Fact(u.say().say("Dokument", "Document"), citation)));
        SourceSearch.Found alongside = found.alongside();
        if (alongside != null) {
            Passage other = alongside.passage();
            String otherCitation = other.document().citation();
            text += "\n\n"
                    + u.say()
                            .say("I dokumentet ”%s”%s står det också:", "The document “%s”%s also says (in Swedish):")
                            .formatted(
                                    otherCitation,
                                    other.heading().isBlank()
                                            ? ""
                                            : u.say()
                                                    .say(", under ”%s”", ", under “%s”")
                                                    .formatted(other.heading()))
                    + "\n\n”" + alongside.excerpt() + "”";
            sources.add(new ReplyPart.Fact(u.say().say("Dokument", "Document"), otherCitation));
        }
        return new Reply(text, u.language(), List.of(new ReplyPart.Facts(u.say().say("Källa", "Source"), sources)));
    }
}
