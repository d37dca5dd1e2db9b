package se.samverkansbot.understanding;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import se.samverkansbot.text.Words;
import se.samverkansbot.understanding.Intent.Topic;

/**
 * Recognises what a message asks or asks to be done, questions and commands alike. Each intent declares its cue
 * phrases (Swedish and English), the slots it requires and those that make it likelier; every intent is scored
 * against the message and the best-scoring one whose slots are filled wins, never the earliest in a list:
 * <ul>
 *   <li>a cue scores by how specific it is (its number of words, or a weight it declares: "möte" alone says little);
 *   <li>a command's verb must lead the message ("godkänn A-7K3PQ") and then outweighs any question cue;
 *   <li>each slot the intent prefers that the message fills adds to the score ("ordförande" for role holders);
 *   <li>an intent whose required slot is missing is not chosen; if it was a command that outscored everything
 *       else, the person is told how to write it ("godkänn" without an item id);
 *   <li>a slot an intent forbids rules it out ("flytta A-7K3PQ" moves an item, not a meeting).
 * </ul>
 * Exact ties are broken by how specific the intent is (its rank), which the table below states for each.
 */
public final class Recogniser {
    /** What a leading command verb adds, so "flytta mötet …" is a command even though "mötet" is a question cue. */
    private static final double LEADS = 3.0;
    /** A cue that matched beside the best one adds a little: more evidence, not more specificity. */
    private static final double EACH_FURTHER_CUE = 0.1;
    /** An intent recognised from its required slots alone ("ordförande i SVOM?"), without any cue. */
    private static final double SLOTS_ALONE = 0.75;

    /** What a message can fill. */
    enum Slot {
        FORUM,
        PARTY,
        BODY,
        PERSON,
        TERM,
        ROLE,
        STRUCTURE,
        ITEM_ID,
        TOKEN,
        COLON
    }

    /** A cue phrase; an exact one is matched word for word, forgiving neither inflection nor typos. */
    record Cue(List<String> words, List<String> stems, double weight, boolean exact) {
        static Cue of(String phrase, double weight, boolean exact) {
            List<String> words = Words.tokens(phrase);
            return new Cue(words, words.stream().map(Words::stem).toList(), weight, exact);
        }
    }

    /** One intent's declaration. */
    record Spec(
            String name,
            int rank,
            List<Cue> cues,
            boolean leads,
            Set<Slot> requires,
            Set<Slot> prefers,
            Set<Slot> forbids,
            boolean slotsAlone,
            Topic topic,
            Function<Utterance, Intent> build) {}

    /** The chosen interpretation and its score (0 when nothing was recognised). */
    public record Recognised(Intent intent, double score) {}

    private final List<Spec> specs;

    /** How each intent is built from a message once recognised, by its name in {@code intents.yaml}. */
    private static final Map<String, Function<Utterance, Intent>> BUILDERS = Map.ofEntries(
            Map.entry("confirm", u -> new Intent.Confirm(token(u))),
            Map.entry("abort", u -> new Intent.Abort(token(u))),
            Map.entry("submit-item", u -> new Intent.SubmitItem()),
            Map.entry("withdraw-item", u -> new Intent.WithdrawItem(u.itemId().orElseThrow())),
            Map.entry("edit-item", u -> new Intent.EditItem(u.itemId().orElseThrow())),
            Map.entry("accept-item", u -> new Intent.AcceptItem(u.itemId().orElseThrow())),
            Map.entry("move-item", u -> new Intent.MoveItem(u.itemId().orElseThrow())),
            Map.entry("reject-item", u -> new Intent.RejectItem(u.itemId().orElseThrow())),
            Map.entry("items-to-review", u -> new Intent.ItemsToReview()),
            Map.entry("publish-notice", u -> new Intent.PublishNotice()),
            Map.entry("minutes-of-meeting", u -> new Intent.MinutesOfMeeting()),
            Map.entry("sign-minutes", u -> new Intent.SignMinutes()),
            Map.entry("publish-minutes", u -> new Intent.PublishMinutes()),
            Map.entry("my-follow-ups", u -> new Intent.MyFollowUps()),
            Map.entry("principal-decided", u -> new Intent.PrincipalDecided()),
            Map.entry("undecided-principals", u -> new Intent.UndecidedPrincipals()),
            Map.entry("follow-up-matrix", u -> new Intent.FollowUpMatrix()),
            Map.entry("recommendations", u -> new Intent.Recommendations()),
            Map.entry("create-meeting", u -> new Intent.CreateMeeting()),
            Map.entry("move-meeting", u -> new Intent.MoveMeeting()),
            Map.entry("cancel-meeting", u -> new Intent.CancelMeeting()),
            Map.entry("new-member", u -> new Intent.NewMember()),
            Map.entry("successor", u -> new Intent.Successor()),
            Map.entry("link-channel", u -> new Intent.LinkChannel()),
            Map.entry("unlink-channel", u -> new Intent.UnlinkChannel()),
            Map.entry("mute-reminders", u -> new Intent.MuteReminders()),
            Map.entry("unmute-reminders", u -> new Intent.UnmuteReminders()),
            Map.entry("how-to", u -> new Intent.HowTo(topic(u).orElse(null))),
            Map.entry("my-items", u -> new Intent.MyItems()),
            Map.entry("my-forums", u -> new Intent.MyForums()),
            Map.entry("help", u -> new Intent.Help()),
            Map.entry("thanks", u -> new Intent.Thanks()),
            Map.entry("greeting", u -> new Intent.Greeting()),
            Map.entry("year-wheel", u -> new Intent.YearWheel()),
            Map.entry("agenda", u -> new Intent.AgendaOfMeeting()),
            Map.entry("deadlines", u -> new Intent.Deadlines()),
            Map.entry("next-meeting", u -> new Intent.NextMeeting()),
            Map.entry("frequency", u -> new Intent.Frequency()),
            Map.entry("admin-support", u -> new Intent.AdminSupport()),
            Map.entry("documents", u -> new Intent.Documents()),
            Map.entry("abbreviation", u -> new Intent.Abbreviation()),
            Map.entry("decisions", u -> new Intent.Decisions()),
            Map.entry("history", u -> new Intent.History()),
            Map.entry("milestones", u -> new Intent.Milestones()),
            Map.entry("reports-to", u -> new Intent.ReportsTo()),
            Map.entry("represents", u -> new Intent.Represents()),
            Map.entry("members", u -> new Intent.Members()),
            Map.entry("subordinates", u -> new Intent.Subordinates()),
            Map.entry("prepared-by", u -> new Intent.PreparedBy()),
            Map.entry("person", u -> new Intent.PersonInfo()),
            Map.entry("role-holders", u -> new Intent.RoleHolders(u.roles())),
            Map.entry("parties", u -> new Intent.Parties()),
            Map.entry("areas", u -> new Intent.Areas()),
            Map.entry("levels", u -> new Intent.Levels()),
            Map.entry("mandate", u -> new Intent.Mandate()));

    public Recogniser() {
        this.specs = IntentTable.read(BUILDERS);
        this.cueStems = specs.stream()
                .flatMap(spec -> spec.cues().stream())
                .flatMap(cue -> cue.stems().stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The stems of every cue word: what the bot itself knows how to answer about. */
    private final Set<String> cueStems;

    /** Whether a word is one of the intents' cues ("möte", "ordförande"), as written or inflected. */
    public boolean isCueWord(String word) {
        String stem = Words.stem(word);
        // A stem of three letters is a cue's only as the word itself: "vader" (väder) stems to the "vad" of "vad är".
        return cueStems.contains(stem) && (stem.length() > 3 || stem.equals(word));
    }

    /** The best interpretation of the message, or {@link Intent.About} when nothing is asked recognisably. */
    public Recognised recognise(Utterance u) {
        List<String> words = u.words();
        List<String> stems = words.stream().map(Words::stem).toList();
        Set<Slot> filled = slots(u);
        Scored bestComplete = null;
        Scored bestCommand = null;
        for (Spec spec : specs) {
            if (spec.forbids().stream().anyMatch(filled::contains)) {
                continue;
            }
            double cueScore = cueScore(spec, words, stems);
            boolean complete = filled.containsAll(spec.requires());
            double score;
            if (cueScore > 0) {
                score = cueScore
                        + spec.prefers().stream().filter(filled::contains).count();
            } else if (spec.slotsAlone() && complete) {
                score = SLOTS_ALONE;
            } else {
                continue;
            }
            Scored scored = new Scored(spec, score);
            if (complete && (bestComplete == null || scored.beats(bestComplete))) {
                bestComplete = scored;
            }
            if (spec.leads() && !complete && (bestCommand == null || scored.beats(bestCommand))) {
                bestCommand = scored;
            }
        }
        if (bestCommand != null && (bestComplete == null || bestCommand.score() > bestComplete.score())) {
            // A command verb without what it needs: say how to write it.
            return new Recognised(new Intent.HowTo(bestCommand.spec().topic()), bestCommand.score());
        }
        // A complete command ("nytt ärende till länsledningen: Vem granskar …?") is carried out, whatever its text
        // asks.
        boolean aCommand = bestComplete != null && bestComplete.spec().leads();
        // "Can you remind me before the deadline?", "vem granskar ärendena?": a request or question about one step of
        // the bot's own, whatever meeting or item it names ("innan mötet" is when, not what it is about).
        if (!aCommand && ASKS_TO_BE_REMINDED.matcher(u.text()).find()) {
            return new Recognised(new Intent.HowTo(Topic.REMINDERS), 1);
        }
        if (bestComplete != null
                && bestComplete.spec().name().equals("my-items")
                && (HOW_FAR_AHEAD.matcher(u.text()).find() || u.asksWhen())) {
            // "How early before a meeting do I have to send in my item?": when an item is due, not one's list.
            return new Recognised(new Intent.HowTo(Topic.SUBMIT_ITEM), bestComplete.score());
        }
        if (!aCommand && ASKS_WHO_REVIEWS.matcher(u.text()).find()) {
            return new Recognised(new Intent.HowTo(Topic.REVIEW_ITEMS), 1);
        }
        Optional<Topic> topic = topic(u);
        boolean asksHowTo = ASKS_HOW_TO.matcher(u.text()).find();
        if (bestComplete == null) {
            // "Hur publicerar jag minnesanteckningarna?" has no cue of its own but asks how to use the bot.
            return asksHowTo && topic.isPresent()
                    ? new Recognised(new Intent.HowTo(topic.get()), 1)
                    : asksWhoInAForum(u)
                            ? new Recognised(new Intent.Members(), 1)
                            : new Recognised(new Intent.About(), 0);
        }
        Intent best = bestComplete.spec().build().apply(u);
        if (best instanceof Intent.Milestones && asksWhatHappensNow(u)) {
            // "Vad händer med ÄOC nästa år?" asks what becomes of something, not what happened: the cue "vad hände"
            // forgives inflection, and the list of past events is no answer.
            return new Recognised(new Intent.About(), 0);
        }
        if (best instanceof Intent.Parties && A_DECISION_TAKEN.matcher(u.text()).find()) {
            // "Har alla sju kommuner antagit HälSam i sina nämnder?" asks what the principals decided, not who they
            // are.
            return new Recognised(new Intent.About(), 0);
        }
        if ((best instanceof Intent.Help || best instanceof Intent.PersonInfo) && asksHowSomethingNamedWorks(u)) {
            // "Hur funkar HälSam?", "How does SVOM work?": how the structure or forum named works, not the bot, nor
            // where someone works.
            return new Recognised(new Intent.About(), 0);
        }
        if (best instanceof Intent.Help
                && bestComplete.score() <= IntentTable.WEAK
                && !u.matches().isEmpty()) {
            // "Sorry for writing in English. What is Länsledningen responsible for?": a language named beside a
            // question about something named asks that question, not for help.
            return new Recognised(new Intent.About(), 0);
        }
        if (best instanceof Intent.Greeting
                && bestComplete.score() <= IntentTable.WEAK
                // A board, forum or person named: "Hej HälSam-boten, hur mår du?" greets the bot, and a place alone
                // ("Hej! Ny nämndsekreterare i Sollefteå …") is the asker's own, no subject of the question.
                && u.all(Mention.class).stream()
                        .anyMatch(m -> m instanceof Mention.OfBody
                                || m instanceof Mention.OfForum
                                || m instanceof Mention.OfPerson)
                && u.text().contains("?")) {
            // "Hej, jag är nyvald ordf i socialnämnden i Krokom. Ingår jag i HälSam?": the greeting opens a question
            // about something named, which is what to answer.
            return asksWhoInAForum(u) ? new Recognised(new Intent.Members(), 1) : new Recognised(new Intent.About(), 0);
        }
        if (asksHowTo && topic.isPresent() && !(best instanceof Intent.HowTo) && !aCommand) {
            // "Hur publicerar jag kallelsen till nästa möte …?" asks how to use the bot, whatever else it names:
            // the way the question is put outweighs the cues of what it is about.
            return new Recognised(new Intent.HowTo(topic.get()), bestComplete.score());
        }
        return new Recognised(best, bestComplete.score());
    }

    /** A decision taken by someone: "antagit", "ställt sig bakom", "approved". */
    private static final java.util.regex.Pattern A_DECISION_TAKEN = java.util.regex.Pattern.compile(
            "(?iuU)\\b(antagit|antog|beslutat|beslutade|beslöt|godkänt|godkände|ställt sig bakom|ställde sig bakom"
                    + "|sagt (ja|nej)|sa (ja|nej)|adopted|approved|decided|endorsed)\\b");

    private static final java.util.regex.Pattern HOW_IT_WORKS =
            java.util.regex.Pattern.compile("(?iuU)\\b(hur (funkar|fungerar)|how (does|do) .{1,60}\\bwork)\\b");

    /** The bot spoken to or of: "hur funkar du?", "how does the bot work?". */
    private static final java.util.Set<String> THE_BOT =
            java.util.Set.of("du", "dig", "boten", "botten", "bot", "you", "samverkansbot", "samverkansboten");

    /** How a structure or forum named works: no person named, and not the bot. */
    private static boolean asksHowSomethingNamedWorks(Utterance u) {
        return HOW_IT_WORKS.matcher(u.text()).find()
                && u.words().stream().noneMatch(THE_BOT::contains)
                && u.all(Mention.OfPerson.class).isEmpty()
                && (!u.all(Mention.OfStructure.class).isEmpty()
                        || !u.all(Mention.OfForum.class).isEmpty());
    }

    /** Words asking who, before "i" or "in" and a forum's name: "vilka i HälSams arbetsgrupp …". */
    private static final java.util.Set<String> WHO = java.util.Set.of("vilka", "vem", "who");

    /**
     * "Vilka i HälSams arbetsgrupp kom från Kommunförbundet?", "who in the working group came from the region?": who of
     * a forum's members, the forum named right after "vilka i". Not "vilka i så fall?", which names no forum; so no
     * cue of the table, which cannot say what follows it.
     */
    private static boolean asksWhoInAForum(Utterance u) {
        List<String> words = u.words();
        return u.matches().stream()
                .filter(m -> m.mentions().stream().anyMatch(Mention.OfForum.class::isInstance))
                .anyMatch(m -> {
                    int at = m.start();
                    // "the", a year and a structure's genitive may stand between: "who in the working group", "who in
                    // the 2022 working group", "vilka i HälSams arbetsgrupp".
                    while (at > 0
                            && (words.get(at - 1).equals("the")
                                    || Utterance.isAYear(words.get(at - 1))
                                    || namesAStructureAt(u, at - 1))) {
                        at--;
                    }
                    return at >= 2
                            && (words.get(at - 1).equals("i")
                                    || words.get(at - 1).equals("in"))
                            && WHO.contains(words.get(at - 2));
                });
    }

    /** Whether the word alone names a structure: "HälSams" in "vilka i HälSams arbetsgrupp". */
    private static boolean namesAStructureAt(Utterance u, int word) {
        return u.matches().stream()
                .anyMatch(m -> m.start() == word
                        && m.end() == word + 1
                        && m.mentions().stream()
                                .allMatch(x -> x instanceof Mention.OfStructure || x instanceof Mention.OfTerm));
    }

    private static final java.util.Set<String> HAPPENS_NOW =
            java.util.Set.of("hander", "happens", "happen", "happening");

    private static boolean asksWhatHappensNow(Utterance u) {
        return u.words().stream().anyMatch(HAPPENS_NOW::contains);
    }

    /** "Hur långt innan mötet …", "how many days before the meeting …": when something is due before a meeting. */
    private static final java.util.regex.Pattern HOW_FAR_AHEAD = java.util.regex.Pattern.compile(
            "(?iuU)\\b(hur långt|hur lång tid|hur många dagar|hur tidigt|how long|how many days|how far|how early)\\s+(innan|före|i förväg"
                    + "|before|in advance|ahead)\\b");

    /** Withdrawing or changing an item, in the question's normalized words ("ändra" is "andra"). */
    private static final java.util.regex.Pattern CHANGES_AN_ITEM = java.util.regex.Pattern.compile(
            " (dra|drar|drog|ta|tar)( \\p{L}+)? (tillbaka|bort) | aterkalla\\p{L}* | (andra|andrar|redigera|uppdatera)"
                    + " (ett|mitt|arendet|det|rubriken|beskrivningen) | (withdraw|edit|delete|remove|change|update)\\p{L}* ");

    private static final java.util.regex.Pattern EMAIL_OR_CALENDAR = java.util.regex.Pattern.compile(
            " (kalender\\w*|calendars?|outlook|ical|ics|mejl\\w*|mail|mailen|e ?post\\w*|e ?mails?|inbox|inkorg\\w*) ");

    /**
     * "I'm not in the region's Teams, how will I get the notices?", "får jag kallelsen om jag inte har Teams?": how
     * things reach one who is not in the chat, which is by email.
     */
    private static final java.util.regex.Pattern OUTSIDE_THE_CHAT =
            java.util.regex.Pattern.compile("(?U) (not|inte|ej|utan|without|no)( \\w+){0,4} (teams|slack)\\b");

    private static final java.util.regex.Pattern ASKS_TO_BE_REMINDED = java.util.regex.Pattern.compile(
            "(?iuU)(^|[,.;:!?]\\s*)((can|could|will|would)\\s+(you|u|the bot|it)\\s+(remind|notify)"
                    + "|(kan|kommer|skulle)\\s+(du|boten)\\s+(påminna|paminna))\\b"
                    // "Can you send me a reminder before the deadline?", "kan du skicka en påminnelse till mig?"
                    + "|\\b((can|could|will|would)\\s+(you|u|the bot|it)\\s+(send|give)\\s+(me|us)\\s+(a\\s+)?reminders?"
                    + "|(kan|kommer|skulle)\\s+(du|boten)\\s+(skicka|ge)\\s+((mig|oss)\\s+)?(en\\s+)?(påminnelse|paminnelse)"
                    // "Do I get reminders?", "får jag en påminnelse innan?", "how do reminders work?"
                    + "|(do|will|would)\\s+(i|we)\\s+get\\s+(a\\s+)?reminders?"
                    + "|(får|far|kommer)\\s+(jag|vi)\\s+(att\\s+)?(få\\s+|fa\\s+)?(en\\s+)?(påminnelse|paminnelse)"
                    + "|how\\s+(do|does)\\s+(the\\s+)?reminders?\\s+work"
                    + "|hur\\s+(fungerar|funkar)\\s+(påminnelse|paminnelse))\\p{L}*");

    private static final java.util.regex.Pattern ASKS_WHO_REVIEWS = java.util.regex.Pattern.compile(
            "(?iuU)(^|[,.;:!?]\\s*)(vem|vilka|who)\\s+(granskar|godkänner|godkanner|approves|reviews|accepts)\\b");

    /**
     * Where a question starts: the message's start, or after a sentence's end, a comma, or a dash ("I submitted an
     * item by mistake - can I withdraw it?").
     */
    private static final String SENTENCE_START = "(^|[,.;:!?]\\s*|\\s[-–]\\s*)";

    /** A question about how to do something oneself: "hur gör jag …", "kan jag …", "how do I …", "can I …". */
    private static final java.util.regex.Pattern ASKS_HOW_TO = java.util.regex.Pattern.compile("(?iuU)" + SENTENCE_START
            + "(hur|var|vart)\\s+\\p{L}+\\s+(jag|man|vi)\\b"
            + "|" + SENTENCE_START + "(kan|får|går)\\s+(jag|man|vi|det)\\b"
            + "|" + SENTENCE_START + "(how|where)\\s+(do|can|should|would)\\s+(i|we|you)\\b"
            // Whether something reaches one: "will I get an email with the notice?", "kommer jag att få …".
            + "|" + SENTENCE_START + "(will|do|would)\\s+(i|we)\\s+(get|receive)\\b"
            + "|" + SENTENCE_START + "(kommer|hur)\\s+(jag|vi)\\s+(att\\s+)?(få|fa)\\b"
            + "|" + SENTENCE_START + "(can|may|could)\\s+(i|we)\\b"
            // Whom to turn to: "vem ska jag vända mig till …", "who should I talk to …".
            + "|" + SENTENCE_START + "(vem|who)\\s+(ska|bör|kan|kontaktar|vänder|should|do|can)\\s+(jag|man|vi|i|we)\\b"
            + "|\\bis it possible to\\b"
            // How far ahead something is due: "hur långt innan mötet måste jag skicka in ärendet?".
            + "|" + HOW_FAR_AHEAD.pattern()
            // The passive asks how it is done, too: "hur justeras minnesanteckningarna?", "how are the
            // minutes signed?" (only a topic of the bot's own makes it a how-to).
            + "|" + SENTENCE_START + "hur\\s+\\p{L}{3,}s\\b"
            + "|" + SENTENCE_START + "how\\s+(is|are)\\s+(the\\s+)?\\p{L}+\\s+\\p{L}+ed\\b");

    private record Scored(Spec spec, double score) {
        boolean beats(Scored other) {
            return score > other.score || score == other.score && spec.rank() < other.spec.rank();
        }
    }

    private static double cueScore(Spec spec, List<String> words, List<String> stems) {
        double best = 0;
        int matched = 0;
        for (Cue cue : spec.cues()) {
            boolean found = spec.leads() ? matchesAt(words, stems, cue, 0) : contains(words, stems, cue);
            if (found) {
                matched++;
                best = Math.max(best, cue.weight() + (spec.leads() ? LEADS : 0));
            }
        }
        return best == 0 ? 0 : best + EACH_FURTHER_CUE * (matched - 1);
    }

    /** The slots the message fills. */
    static Set<Slot> slots(Utterance u) {
        Set<Slot> filled = EnumSet.noneOf(Slot.class);
        if (!u.all(Mention.OfForum.class).isEmpty() || !u.levels().isEmpty()) {
            filled.add(Slot.FORUM);
        }
        if (!u.all(Mention.OfParty.class).isEmpty()) {
            filled.add(Slot.PARTY);
        }
        if (!u.all(Mention.OfBody.class).isEmpty()) {
            filled.add(Slot.BODY);
        }
        if (!u.all(Mention.OfPerson.class).isEmpty()) {
            filled.add(Slot.PERSON);
        }
        if (!u.all(Mention.OfTerm.class).isEmpty()) {
            filled.add(Slot.TERM);
        }
        if (!u.roles().isEmpty()) {
            filled.add(Slot.ROLE);
        }
        if (!u.all(Mention.OfStructure.class).isEmpty()) {
            filled.add(Slot.STRUCTURE);
        }
        if (u.itemId().isPresent()) {
            filled.add(Slot.ITEM_ID);
        }
        if (token(u) != null) {
            filled.add(Slot.TOKEN);
        }
        if (u.text().indexOf(':') >= 0) {
            filled.add(Slot.COLON);
        }
        return filled;
    }

    /** A confirmation code: the one word after "bekräfta" or "avbryt", when the message is just those two words. */
    private static String token(Utterance u) {
        return u.words().size() == 2
                        && u.words().get(1).length() >= 4
                        && u.words().get(1).length() <= 8
                ? u.words().get(1).toUpperCase(java.util.Locale.ROOT)
                : null;
    }

    /** What a how-to question is about, from the words that name each part of the bot. */
    private static Optional<Topic> topic(Utterance u) {
        String text = " " + String.join(" ", u.words()) + " ";
        List<Object[]> topics = List.of(
                new Object[] {
                    Topic.MY_ITEMS,
                    // Withdrawing is done to one's own item: "kan jag dra tillbaka ett ärende jag skickat in?".
                    List.of(
                            " mina arenden",
                            " my items",
                            " mitt arende",
                            " dra tillbaka",
                            " aterkalla",
                            " withdraw",
                            " delete",
                            " remove",
                            " ta bort")
                },
                new Object[] {Topic.REVIEW_ITEMS, List.of(" granska", " review", " godkanna", " approve", " avsla")},
                new Object[] {Topic.NOTICE, List.of(" kallelse", " notice", " publicera", " publish")},
                new Object[] {Topic.REMINDERS, List.of(" paminnelse", " paminn", " remind", " tysta", " mute", " notis")
                },
                new Object[] {Topic.CHANNEL, List.of(" kanal", " channel", " koppla", " link")},
                new Object[] {
                    Topic.REGISTER,
                    List.of(
                            " ny ledamot",
                            " new member",
                            " eftertradare",
                            " successor",
                            " registret",
                            " register",
                            " lagga in mig",
                            " add me",
                            " added to")
                },
                new Object[] {
                    Topic.MINUTES,
                    List.of(
                            " minnesanteckning",
                            " protokoll",
                            " minutes",
                            " anteckna",
                            " narvaro",
                            " attendance",
                            " justera",
                            " justering")
                },
                new Object[] {Topic.FOLLOW_UPS, List.of(" uppfoljning", " follow up", " follow-up", " followup")},
                // Only what is done with meetings in the bot: "får jag skicka en ersättare till mötet?" and "kan mötet
                // hållas som internat?" ask about the meetings themselves, which no command answers.
                new Object[] {
                    Topic.MEETINGS,
                    MEETING_IN_THE_BOT.matcher(text).find()
                            ? List.of(" mote", " moten", " meeting", " sammantrade")
                            : List.of()
                },
                new Object[] {
                    Topic.SUBMIT_ITEM,
                    Stream.of(
                                    " arende",
                                    " item",
                                    " dagordning",
                                    " agenda",
                                    " lamna",
                                    " anmal",
                                    " submit",
                                    " fraga till",
                                    " upp en fraga",
                                    " lyfta",
                                    " lyftas",
                                    " lyfter",
                                    " raise")
                            // "Hur gör vi för att lämna HälSam?" asks how a party leaves, which no command does.
                            .filter(key -> !key.equals(" lamna")
                                    || !LEAVES_THE_COLLABORATION.matcher(text).find())
                            .toList()
                });
        // The topic named first wins: in "how do I submit an item for the next meeting" the meeting is only where
        // the item goes. A list order would let "möte" capture every question that mentions a meeting. What is
        // named outranks what is done to it: "hur publicerar jag minnesanteckningarna?" is about the minutes.
        if (HOW_FAR_AHEAD.matcher(u.text()).find() && (text.contains(" arende") || text.contains(" item"))) {
            // "hur långt innan mötet måste jag skicka in ärendet?" asks when an item is due, not about the meeting.
            return Optional.of(Topic.SUBMIT_ITEM);
        }
        if (CHANGES_AN_ITEM.matcher(text).find() && (text.contains(" arende") || text.contains(" item"))) {
            // "Jag skickade in fel ärende igår, hur drar jag tillbaka det?", "kan jag ändra ett ärende efter att jag
            // har skickat in det?": done to one's own item, which names the item before what is done to it.
            return Optional.of(Topic.MY_ITEMS);
        }
        if (EMAIL_OR_CALENDAR.matcher(text).find()
                || OUTSIDE_THE_CHAT.matcher(text).find()) {
            // "Får jag kallelsen på mejl?", "how do I get the meetings into my calendar?": how things reach one
            // outside the chat, whatever they are (the notice, the meetings).
            return Optional.of(Topic.EMAIL_AND_CALENDAR);
        }
        Optional<Topic> named = firstNamed(text, topics, false);
        return named.isPresent() ? named : firstNamed(text, topics, true);
    }

    /** Doing something with a meeting in the bot: entering, moving, cancelling or calling it. */
    private static final java.util.regex.Pattern MEETING_IN_THE_BOT = java.util.regex.Pattern.compile(
            " (lagg\\w*|lagga|boka\\w*|flytta\\w*|stall\\w* in|stalla in|installt|skapa\\w*|kalla\\w*|andra\\w*"
                    + "|registrera\\w*|add\\w*|book\\w*|move\\w*|cancel\\w*|create\\w*|schedul\\w*|set up|enter\\w*"
                    + "|change\\w*|resched\\w*|call\\w*|planera\\w*|plan) ");

    /** "lämna HälSam", "lämna samverkan", "lämna SVOM": a party leaving, not an item left, in folded text. */
    private static final java.util.regex.Pattern LEAVES_THE_COLLABORATION = java.util.regex.Pattern.compile(
            "(?U) (lamna|lamnar|lamnat) (hal ?sam|samverkan\\w*|strukturen|forumet|presidiet|gruppen|svom|barnarenan"
                    + "|socsam|buz|rsr|samreko\\w*)\\b");

    /** Words that say what is done rather than to what: a topic of their own only when nothing is named. */
    private static final java.util.Set<String> VERB_KEYS = java.util.Set.of(
            " granska",
            " review",
            " godkanna",
            " approve",
            " avsla",
            " publicera",
            " publish",
            " tysta",
            " mute",
            " koppla",
            " link",
            " lamna",
            " anmal",
            " submit",
            " paminn",
            " remind",
            " anteckna",
            " justera");

    private static Optional<Topic> firstNamed(String text, List<Object[]> topics, boolean verbsToo) {
        Topic first = null;
        int firstAt = Integer.MAX_VALUE;
        for (Object[] candidate : topics) {
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) candidate[1];
            for (String key : keys) {
                if (!verbsToo && VERB_KEYS.contains(key)) {
                    continue;
                }
                int at = text.indexOf(key);
                if (at >= 0 && at < firstAt) {
                    firstAt = at;
                    first = (Topic) candidate[0];
                }
            }
        }
        return Optional.ofNullable(first);
    }

    private static boolean contains(List<String> words, List<String> stems, Cue cue) {
        for (int start = 0; start + cue.words().size() <= words.size(); start++) {
            if (matchesAt(words, stems, cue, start) && !during(words, cue, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Fanns SocialReKo kvar under 2023?", "under våren", "under nästa mandatperiod": "under" before a time is
     * "during", no cue of what lies under a forum.
     */
    private static boolean during(List<String> words, Cue cue, int start) {
        int next = start + cue.words().size();
        return cue.words().size() == 1
                && cue.words().getFirst().equals("under")
                && next < words.size()
                && (words.get(next).matches("\\d{4}") || TIMES.contains(words.get(next)));
    }

    /** Words of a time after "under", as {@link Utterance#words()} writes them (no diacritics). */
    private static final Set<String> TIMES = Set.of(
            // Not determiners ("under den politiska nivån", "under the presidium" name what lies under a forum).
            "aret",
            "ar",
            "hosten",
            "varen",
            "sommaren",
            "vintern",
            "mandatperioden",
            "perioden",
            "tiden",
            "nasta",
            "kommande",
            "hela",
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
            "next");

    private static boolean matchesAt(List<String> words, List<String> stems, Cue cue, int start) {
        if (start + cue.words().size() > words.size()) {
            return false;
        }
        for (int k = 0; k < cue.words().size(); k++) {
            // An exact cue is the word itself: "hållas" stems as "hallå" does, and is no greeting.
            boolean same = cue.exact()
                    ? words.get(start + k).equals(cue.words().get(k))
                    : cueWord(
                                    words.get(start + k),
                                    stems.get(start + k),
                                    cue.words().get(k),
                                    cue.stems().get(k))
                            || endsACompound(words.get(start + k), cue);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Swedish compound ending in a long weak cue is that thing, specified: "översynsdokumentet" is a document, as
     * "dokumentet" is. Only weak cues: a strong one in a compound would decide what the compound names only in part
     * ("samverkansstrukturen" in "ska Kommunförbundet ha en roll i samverkansstrukturen?" does not ask for its levels).
     */
    private static boolean endsACompound(String typed, Cue cue) {
        String word = cue.words().getFirst();
        return cue.words().size() == 1
                && cue.weight() <= IntentTable.WEAK
                && word.length() >= 8
                && typed.length() >= word.length() + 4
                && typed.endsWith(word);
    }

    private static boolean cueWord(String typed, String typedStem, String cue, String cueStem) {
        // Short function words must match exactly ("vem" is not "vad"); longer ones forgive inflection and typos,
        // but not in their first three letters: "mening" (a sentence) is no typo of "meaning", nor "syftet" of
        // anything else.
        return typed.equals(cue)
                || cue.length() >= 5
                        && typed.length() >= 3
                        && typed.regionMatches(0, cue, 0, 3)
                        && Words.sameWord(typed, typedStem, cue, cueStem);
    }
}
