package se.samverkansbot.answers;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.Structure;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * The Swedish term of office (mandatperiod) of the elected members of regions and municipalities: four years from 1
 * January after a general election year (2022, 2026, 2030 …), so 2023–2026, 2027–2030. Political seats of the
 * structures follow it, which is why so many of them end on 31 December 2026.
 */
final class TermOfOffice {
    private static final Set<String> TERM_WORDS =
            Set.of("mandatperiod", "mandatperioden", "mandatperiodens", "term", "mandate");
    private static final Set<String> START_WORDS = Set.of(
            "borjar",
            "startar",
            "inleds",
            "tilltrader",
            "tilltrada",
            "start",
            "starts",
            "begin",
            "begins",
            "commence",
            "commences",
            "take",
            "takes");
    private static final Set<String> NEW_WORDS = Set.of("ny", "nya", "nasta", "kommande", "new", "next", "coming");
    /** Words for a structure's seats, as the question's normalized words write them. */
    static final Set<String> SEAT_WORDS = Set.of(
            "ledamoter",
            "ledamoterna",
            "ledamot",
            "platser",
            "platserna",
            "plats",
            "platsen",
            "representanter",
            "politiker",
            "politikerna",
            "members",
            "seats",
            "seat",
            "representatives",
            "politicians");

    /** Posts chosen for a term ("presidieposterna" is read as "presidium posterna"). */
    private static final Set<String> POST_WORDS =
            Set.of("post", "poster", "posten", "posterna", "posts", "uppdragen", "mandat", "mandaten");

    /** "Hur många dagar är det kvar …", "how many weeks are left …": a count of what is left, from today. */
    private static final String DAYS_OR_WEEKS_LEFT =
            "hur många (dagar|veckor)|hur manga (dagar|veckor)|how many (days|weeks)";

    private static final java.util.regex.Pattern HOW_MUCH_IS_LEFT =
            java.util.regex.Pattern.compile("(?iuU)\\b(" + DAYS_OR_WEEKS_LEFT + ")\\b");

    private static final java.util.regex.Pattern HOW_LONG_IT_LASTS = java.util.regex.Pattern.compile(
            "(?iuU)\\b(hur länge (gäller|varar|pågår|löper|sitter)|hur lange (galler|varar|pagar|loper|sitter)"
                    + "|till när|till nar|how long (does|will|is|until)|until when|hur länge (till|kvar)|hur lange (till|kvar)"
                    + "|hur lång tid (är det )?kvar|hur lang tid (ar det )?kvar|till vilket datum|fram till när"
                    + "|fram till nar|until what date|until which date|through what date|up to what date|"
                    + DAYS_OR_WEEKS_LEFT + ")\\b");

    /** "Från vilket datum gäller den nya mandatperioden?": when something starts, asked without "när". */
    private static final java.util.regex.Pattern FROM_WHAT_DATE = java.util.regex.Pattern.compile(
            "(?iuU)\\b((från|fran) (vilket|vilken) (datum|dag)|from (what|which) (date|day)|as of (what|which) date)\\b");

    /** Words of something's age: "hur många år har HälSam funnits …?" counts a structure's years. */
    private static final Set<String> EXISTING =
            Set.of("funnits", "funnit", "existerat", "existed", "existing", "gammal", "gamla", "old");

    /** "Hur många år är en mandatperiod?", "how many years was the 2023-2026 mandate period?". */
    private static final java.util.regex.Pattern HOW_MANY_YEARS =
            java.util.regex.Pattern.compile("(?iuU)\\b(hur många år|hur manga ar|how many years)\\b");

    private static final Set<String> CURRENT_WORDS =
            Set.of("nuvarande", "denna", "pagaende", "current", "this", "present");
    private static final Set<String> END_WORDS =
            Set.of("slutar", "upphor", "avslutas", "slut", "end", "ends", "expire", "expires", "finish", "finishes");

    private TermOfOffice() {}

    /** Whether a seat ending on {@code day} ends with a term of office. */
    static boolean endsOn(LocalDate day) {
        return day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 31 && day.getYear() % 4 == 2;
    }

    /** The first day of the term of office after {@code today}'s. */
    static LocalDate nextStart(LocalDate today) {
        int year = today.getYear() + 1;
        while ((year - 1) % 4 != 2) {
            year++;
        }
        return LocalDate.of(year, 1, 1);
    }

    /** The last day of {@code today}'s term of office. */
    static LocalDate currentEnd(LocalDate today) {
        return nextStart(today).minusDays(1);
    }

    /** The first day of {@code today}'s term of office, four years before the next one's. */
    static LocalDate currentStart(LocalDate today) {
        return nextStart(today).minusYears(4);
    }

    /** Words before "val" that make it an election, not a choice. */
    private static final Set<String> ELECTION_VAL_AFTER = Set.of("nasta", "senaste", "forra", "allmanna", "kommande");

    private static final Set<String> ELECTION_WORDS =
            Set.of("valet", "valdagen", "valdag", "riksdagsvalet", "election", "elections");

    /**
     * "När var valet i år?", "when is the next election?": general elections are held on the second Sunday of
     * September every fourth year (2022, 2026, 2030 …), and the term that follows starts on 1 January. The last one
     * and the next one, by that rule.
     */
    static Optional<Reply> whenTheElectionIs(Utterance u) {
        // "val" alone is also a choice ("val av ordförande"); "nästa val", "allmänna val" is an election.
        int val = u.words().indexOf("val");
        boolean anElection = u.words().stream().anyMatch(ELECTION_WORDS::contains)
                || val > 0
                        && ELECTION_VAL_AFTER.contains(
                                u.words().get(val - 1)); // "När bör valet till HälSams presidium ske?" is the
        // choice of a presidium, which the documents speak of.
        if (!u.asksWhen()
                || !anElection
                || !u.all(se.samverkansbot.understanding.Mention.OfForum.class).isEmpty()) {
            return Optional.empty();
        }
        LocalDate next = electionDay(nextStart(u.today()).getYear() - 1);
        if (next.isBefore(u.today())) {
            next = electionDay(next.getYear() + 4);
        }
        LocalDate last = electionDay(next.getYear() - 4);
        // "När börjar de nya nämnderna gälla efter valet?": the year, not only "the year after".
        LocalDate termAfterLast = LocalDate.of(last.getYear() + 1, 1, 1);
        String termAfter = (termAfterLast.isAfter(u.today())
                        ? u.say()
                                .say(
                                        " Mandatperioden efter valet %d börjar %s.",
                                        " The term after the %d election starts on %s.")
                        : u.say()
                                .say(
                                        " Mandatperioden efter valet %d började %s.",
                                        " The term after the %d election started on %s."))
                .formatted(last.getYear(), u.say().date(termAfterLast));
        return Optional.of(Reply.plain(
                u.say()
                                .say(
                                        "Allmänna val hålls andra söndagen i september vart fjärde år: det senaste var %s, det"
                                                + " nästa blir %s. Mandatperioden efter ett val börjar 1 januari året efter.",
                                        "General elections are held on the second Sunday of September every fourth year: the"
                                                + " last was on %s, the next will be on %s. The term of office after an"
                                                + " election starts on 1 January the year after.")
                                .formatted(u.say().date(last), u.say().date(next))
                        + termAfter,
                u.language()));
    }

    private static LocalDate electionDay(int year) {
        return LocalDate.of(year, 9, 1)
                .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2, java.time.DayOfWeek.SUNDAY));
    }

    /** "Hur länge gäller …", "until when …": how long something lasts, which a term of office may answer. */
    static boolean asksHowLong(Utterance u) {
        return HOW_LONG_IT_LASTS.matcher(u.text()).find();
    }

    /**
     * "När börjar den nya mandatperioden?" or "När slutar den nuvarande?": the term's first and last day. Only when
     * what is asked after "när"/"when" is the term's start or end ("… börjar en ny mandatperiod – när bör valet ske?"
     * asks about something else).
     */
    static Optional<Reply> whenATermStartsOrEnds(Utterance u) {
        int when = Math.max(u.words().indexOf("nar"), u.words().indexOf("when"));
        // "Hur länge gäller nuvarande mandatperiod?" asks when it ends.
        boolean howLong = HOW_LONG_IT_LASTS.matcher(u.text()).find();
        boolean fromWhatDate = FROM_WHAT_DATE.matcher(u.text()).find();
        if (when < 0
                && !u.asksWhen()
                && !howLong
                && !fromWhatDate
                && !onlyTheTermAsked(u)
                && !asksWhetherItEnds(u)
                && !asksWhetherItStarts(u)) {
            return Optional.empty();
        }
        // "From which date do the new members take their seats?" asks when without "when".
        // "Nya mandatperioden, startar den 1 jan 2027 el när?": what is asked comes before a "när" that ends it.
        List<String> asked = when == u.words().size() - 1
                ? u.words().subList(0, when)
                : u.words().subList(when + 1, u.words().size());
        // "Does my seat end on 31 December or does it run until a new presidium is elected?" asks whether today's
        // seats end; the new presidium is no new term asked about.
        boolean next = asked.stream().anyMatch(NEW_WORDS::contains)
                && !(when < 0 && asksWhetherItEnds(u) && asked.stream().noneMatch(START_WORDS::contains));
        boolean current = asked.stream().anyMatch(CURRENT_WORDS::contains);
        int term = asked.indexOf("term");
        // "term" alone is the term of office when it is said which one ("the new term", "the current presidium term")
        // or whose: "I will chair the school board in Örnsköldsvik. When does my term start?".
        boolean aboutTheTerm = asked.stream().anyMatch(TERM_WORDS::contains)
                        && (term < 0
                                || asked.contains("office")
                                || asked.contains("mandate")
                                || next
                                || current
                                || when >= 0 && asked.stream().anyMatch(OWN_WORDS::contains))
                // The new members start with the new term: "när tillträder de nya ledamöterna?".
                || next && asked.stream().anyMatch(SEAT_WORDS::contains)
                // "Hur länge gäller presidieposterna?", "until when are the current posts elected?": the posts are
                // chosen for the term of office — today's term; posts "som väljs 2027" are the next one's, which
                // the presidium's own composition answers.
                || (howLong || current)
                        && asked.stream().anyMatch(POST_WORDS::contains)
                        && !u.asOf().isAfter(u.today());
        boolean starts = asked.stream().anyMatch(START_WORDS::contains)
                // "Från vilket datum gäller den nya mandatperioden?": from when the next term holds.
                || fromWhatDate && next;
        boolean ends = asked.stream().anyMatch(END_WORDS::contains)
                || asked.contains("gar") && asked.contains("ut")
                || howLong && !starts;
        // "Our presidium's seats, when do they end?": seats said before the "when" end with the term, when no party,
        // board or person is named whose seat may end otherwise ("until when is the RUN chair's seat valid?").
        aboutTheTerm |= ends
                && !starts
                && u.words().stream().anyMatch(w -> SEAT_WORDS.contains(w) || POST_WORDS.contains(w))
                && u.all(se.samverkansbot.understanding.Mention.OfParty.class).isEmpty()
                && u.all(se.samverkansbot.understanding.Mention.OfBody.class).isEmpty()
                && u.all(se.samverkansbot.understanding.Mention.OfPerson.class).isEmpty()
                // A day of the current term named ("does my seat end on 31 December?") is still its seats.
                && !u.asOf().isAfter(currentEnd(u.today()));
        if (!aboutTheTerm || !starts && !ends) {
            return Optional.empty();
        }
        // "I was elected in September … When does my term start?", "när börjar min mandatperiod?": one's own term
        // still to start is the next.
        next |= starts && !current && when >= 0 && asked.stream().anyMatch(OWN_WORDS::contains);
        if (starts && ends && next) {
            // "When does the current mandatperiod end and when does the next one start?": both, the turn between (not
            // when the current began, which is not asked). Without the next ("när börjar och slutar
            // mandatperioden?") the current's start and end follow below.
            LocalDate nextTerm = nextStart(u.today());
            LocalDate end = nextTerm.minusDays(1);
            return Optional.of(Reply.plain(
                    u.say()
                            .say(
                                    "Den nuvarande mandatperioden slutar %s (%s). Nästa börjar %s (%s),"
                                            + " efter valet %d, och slutar %s. De politiska platserna i strukturerna"
                                            + " följer mandatperioden; efterträdarna registreras av forumens sekreterare.",
                                    "The current term of office ends %s (%s). The next starts %s (%s),"
                                            + " after the %d election, and ends %s. The structures' political seats"
                                            + " follow the term; the forums' secretaries register the successors.")
                            .formatted(
                                    end,
                                    u.say().date(end),
                                    nextTerm,
                                    u.say().date(nextTerm),
                                    nextTerm.getYear() - 1,
                                    u.say().date(LocalDate.of(nextTerm.getYear() + 3, 12, 31))),
                    u.language()));
        }
        if (starts && next) {
            LocalDate start = nextStart(u.today());
            LocalDate end = LocalDate.of(start.getYear() + 3, 12, 31);
            return Optional.of(Reply.plain(
                    u.say()
                            .say(
                                    "Nästa mandatperiod börjar %s (%s) och slutar %s, efter valet %d. De politiska"
                                            + " platserna i strukturerna följer den; efterträdarna registreras av"
                                            + " forumens sekreterare.",
                                    "The next term of office starts %s (%s) and ends %s, after the %d election. The"
                                            + " structures' political seats follow it; the forums' secretaries"
                                            + " register the successors.")
                            .formatted(start, u.say().date(start), u.say().date(end), start.getYear() - 1),
                    u.language()));
        }
        if (!ends || next) {
            return Optional.empty();
        }
        LocalDate end = currentEnd(u.today());
        LocalDate start = currentStart(u.today());
        // "Hur många dagar är det kvar av mandatperioden?": the count from today, the last day included.
        String left = HOW_MUCH_IS_LEFT.matcher(u.text()).find()
                ? " "
                        + u.say()
                                .say(
                                        "Från i dag är det %d dagar kvar, sista dagen medräknad.",
                                        "From today that is %d days, the last day included.")
                                .formatted(java.time.temporal.ChronoUnit.DAYS.between(u.today(), end) + 1)
                : "";
        return Optional.of(Reply.plain(
                u.say()
                                .say(
                                        "Den nuvarande mandatperioden började %s och slutar %s (%s). De politiska platserna i"
                                                + " strukturerna följer den och gäller till och med %s, om inget annat anges;"
                                                + " efterträdarna registreras av forumens sekreterare.",
                                        "The current term of office started %s and ends %s (%s). The structures' political"
                                                + " seats follow it and run until %s unless stated otherwise; the forums'"
                                                + " secretaries register the successors.")
                                .formatted(
                                        start, end, u.say().date(end), u.say().date(end))
                        + left,
                u.language()));
    }

    /**
     * "Does my HälSam seat end on 31 December or …?": whether seats or a term end, asked without "when"; the seats and
     * posts of the structures end with the term.
     */
    private static boolean asksWhetherItEnds(Utterance u) {
        List<String> words = u.words();
        return u.text().strip().endsWith("?")
                && words.stream().anyMatch(END_WORDS::contains)
                && words.stream()
                        .anyMatch(w -> SEAT_WORDS.contains(w) || POST_WORDS.contains(w) || TERM_WORDS.contains(w));
    }

    /**
     * "Stämmer det att den nya mandatperioden börjar 1 februari 2027?", "is it true that the new term starts on …?":
     * whether a term starts, asked without "when" (and, with a day named, got a quote of HälSam's own start date).
     */
    private static boolean asksWhetherItStarts(Utterance u) {
        // In the question itself, not a sentence said before it: "The new term starts in January. Who will be
        // HälSam's convener from 2027?" asks who.
        String[] sentences = u.text().strip().split("(?<=[.!])\\s+");
        List<String> words = se.samverkansbot.text.Words.tokens(sentences[sentences.length - 1]);
        return u.text().strip().endsWith("?")
                && words.stream().anyMatch(START_WORDS::contains)
                && words.stream().anyMatch(TERM_WORDS::contains);
    }

    /**
     * "Hur många år är en mandatperiod?", "how many years was the 2023-2026 mandate period?": four, from 1 January after
     * an election year, with the current term's first and last day.
     */
    static Optional<Reply> howManyYears(Utterance u) {
        // Not "hur många år har HälSam funnits när den nya mandatperioden börjar?": the years of a structure.
        if (!HOW_MANY_YEARS.matcher(u.text()).find()
                || u.words().stream().noneMatch(TERM_WORDS::contains)
                || u.words().stream().anyMatch(EXISTING::contains)) {
            return Optional.empty();
        }
        LocalDate end = currentEnd(u.today());
        LocalDate start = currentStart(u.today());
        return Optional.of(Reply.plain(
                u.say()
                        .say(
                                "En mandatperiod är fyra år och börjar 1 januari året efter valet. Den nuvarande började"
                                        + " %s och slutar %s; de politiska platserna och presidieposterna i strukturerna"
                                        + " följer den.",
                                "A term of office is four years and starts on 1 January after the election. The current"
                                        + " one started %s and ends %s; the structures' political seats and presidium"
                                        + " posts follow it.")
                        .formatted(start, end),
                u.language()));
    }

    /**
     * "ny mandatperiod startar?", "nuvarande mandatperiod slutar?": nothing but the term and its start or end, asked
     * as a question without a question word.
     */
    private static boolean onlyTheTermAsked(Utterance u) {
        List<String> words = u.words();
        return u.text().strip().endsWith("?")
                && words.stream().anyMatch(TERM_WORDS::contains)
                && words.stream().anyMatch(w -> START_WORDS.contains(w) || END_WORDS.contains(w))
                && words.stream()
                        .allMatch(w -> TERM_WORDS.contains(w)
                                || START_WORDS.contains(w)
                                || END_WORDS.contains(w)
                                || NEW_WORDS.contains(w)
                                || CURRENT_WORDS.contains(w)
                                || w.equals("den")
                                || w.equals("the"));
    }

    /**
     * "After new year, which municipal politicians will sit in HälSam?": seats defined by a position go to whoever
     * holds it in the new term, so the positions, each with how many parties hold one, say who will sit.
     */
    private static Optional<String> positionsOf(Structure structure, List<Seat> ending, Phrasing say) {
        java.util.Map<String, Long> positions = new java.util.LinkedHashMap<>();
        for (Seat seat : ending) {
            if (seat.person() != null || seat.position() == null) {
                continue;
            }
            String position = seat.position();
            String party = structure.party(seat.party()).map(p -> p.name()).orElse(null);
            if (party != null) {
                position = position.replace(", " + party, "").replace(" " + party, "");
            }
            positions.merge(position.strip(), 1L, Long::sum);
        }
        if (positions.isEmpty()) {
            return Optional.empty();
        }
        List<String> said = positions.entrySet().stream()
                .map(e -> e.getValue() > 1 ? e.getValue() + " × " + e.getKey() : e.getKey())
                .toList();
        return Optional.of(say.say(
                        "Platserna hör till uppdragen, inte personerna: den som har uppdraget i den nya mandatperioden tar platsen. Uppdragen: %s.",
                        "The seats belong to the positions, not the people: whoever holds the position in the new term takes the seat. The positions: %s.")
                .formatted(String.join("; ", said)));
    }

    /** The asker's own ("my term", "min mandatperiod"): the first person singular, and "our". */
    private static final Set<String> OWN_WORDS = java.util.stream.Stream.concat(
                    Answers.FIRST_PERSON.stream(), java.util.stream.Stream.of("our"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Words asking whether something holds on: "sitter kvar", "fortfarande", "still". */
    private static final Set<String> STILL_WORDS =
            Set.of("kvar", "fortfarande", "aven", "still", "remain", "remains", "stay", "stays");

    private static final Set<String> SAME_WORDS = Set.of("samma", "same");
    private static final Set<String> PEOPLE_WORDS =
            Set.of("personer", "personerna", "people", "ledamoter", "members", "politiker", "politicians");

    /**
     * "Will the presidium be the same people in 2027?": the same people, not "samma kommun" ("bör kommunernas två
     * presidieplatser 2027 gå till samma kommun?" asks a rule of choosing).
     */
    private static boolean sameLot(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (SAME_WORDS.contains(words.get(i)) && PEOPLE_WORDS.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TURN_WORDS = Set.of("arsskiftet", "arsskifte", "nyar", "nyaret", "nyarsafton");
    private static final Set<String> HAPPEN_WORDS =
            Set.of("hander", "sker", "andras", "happens", "happen", "happening", "changes", "change");

    /**
     * "Vad händer med HälSams platser vid årsskiftet?", "will the same politicians sit after new year?": the seats
     * that end with the term, and for how many of them a successor is registered. Only at the turn of a term: another
     * new year changes no seat.
     */
    static Optional<Reply> atTheTurnOfTheTerm(Utterance u, List<Structure> structures) {
        List<String> words = u.words();
        boolean turn = words.stream().anyMatch(TURN_WORDS::contains)
                || words.contains("year") && (words.contains("turn") || words.contains("new"));
        LocalDate end = currentEnd(u.today());
        // "Vad händer 1 jan 2027 för HälSam?" names the term's first day: what happens then is that its seats end.
        // So does "vad händer med HälSam efter 2026?", "what happens in HälSam next year?": the day asked about is it.
        // And "what happens to the HälSam presidium when the term ends dec 31?": its last day, or its end in words.
        boolean theTermsFirstDay = (u.dates().contains(end.plusDays(1))
                        || u.dates().contains(end)
                        || u.namesADay() && u.asOf().equals(end.plusDays(1))
                        || words.stream().anyMatch(TERM_WORDS::contains)
                                && words.stream().anyMatch(END_WORDS::contains))
                && words.stream().anyMatch(HAPPEN_WORDS::contains)
                // "Vad händer med ÄOC 2027?" asks about ÄOC, not the seats.
                && u.all(se.samverkansbot.understanding.Mention.OfTerm.class).stream()
                        .allMatch(se.samverkansbot.understanding.Mention.OfTerm::namesItsStructure);
        // "Gäller nuvarande presidium även under 2027?", "do the current seats still apply at a meeting on 17
        // December?", "will the presidium be the same people in 2027?": whether today's seats hold on, which the day
        // they end answers.
        boolean stillHeld =
                (words.stream().anyMatch(CURRENT_WORDS::contains) || u.asOf().isAfter(end))
                        && (words.stream().anyMatch(STILL_WORDS::contains) || sameLot(words))
                        && (words.stream().anyMatch(SEAT_WORDS::contains)
                                || !u.all(se.samverkansbot.understanding.Mention.OfForum.class)
                                        .isEmpty());
        if (!(turn && words.stream().anyMatch(SEAT_WORDS::contains) || theTermsFirstDay || stillHeld)
                || end.getYear() != u.today().getYear()) {
            return Optional.empty();
        }
        Phrasing say = u.say();
        List<String> lines = new ArrayList<>();
        // "What happens to the HälSam presidium …": that forum's seats, not all of the structure's.
        Set<String> forumsNamed = u.all(se.samverkansbot.understanding.Mention.OfForum.class).stream()
                .map(mention -> mention.forum().id())
                .collect(java.util.stream.Collectors.toSet());
        for (Structure structure : structures) {
            List<Seat> ending = structure.seats().stream()
                    .filter(seat -> end.equals(seat.period().to()))
                    .filter(seat -> forumsNamed.isEmpty() || forumsNamed.contains(seat.forum()))
                    .toList();
            if (ending.isEmpty()) {
                continue;
            }
            String where = forumsNamed.isEmpty()
                    ? structure.name()
                    : say.join(structure.forums().stream()
                            .filter(forum -> forumsNamed.contains(forum.id()))
                            .map(forum -> say.forum(new ForumRef(structure, forum)))
                            .toList());
            long succeeded = ending.stream()
                    .filter(seat -> structure.seats().stream()
                            .anyMatch(next -> next.sameSeatAs(seat)
                                    && next.period().from() != null
                                    && next.period().from().isAfter(end)))
                    .count();
            lines.add(
                    succeeded == 0
                            ? say.say(
                                            "I %s slutar %s platser den %s, när mandatperioden slutar; ingen"
                                                    + " efterträdare är registrerad ännu.",
                                            "In %s, %s seats end on %s, when the term of office ends; no successor is"
                                                    + " registered yet.")
                                    .formatted(where, say.number(ending.size()), say.date(end))
                            : say.say(
                                            "I %s slutar %s platser den %s, när mandatperioden slutar; efterträdare är"
                                                    + " registrerade för %d av dem.",
                                            "In %s, %s seats end on %s, when the term of office ends; successors are"
                                                    + " registered for %d of them.")
                                    .formatted(where, say.number(ending.size()), say.date(end), succeeded));
            positionsOf(structure, ending, say).ifPresent(lines::add);
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        lines.add(say.say(
                        "Nästa mandatperiod börjar %s. Forumens sekreterare registrerar efterträdarna.",
                        "The next term of office starts %s. The forums' secretaries register the successors.")
                .formatted(say.date(end.plusDays(1))));
        return Optional.of(Reply.plain(String.join("\n", lines), u.language()));
    }
}
