package se.samverkansbot.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import se.samverkansbot.answers.Answers;
import se.samverkansbot.answers.EndedForum;
import se.samverkansbot.answers.Guidance;
import se.samverkansbot.answers.MissingAnswer;
import se.samverkansbot.answers.PeopleAnswers;
import se.samverkansbot.chat.ChatLimits;
import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Form;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.Overview;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.UserAction;
import se.samverkansbot.commands.AgendaCommands;
import se.samverkansbot.commands.ChannelCommands;
import se.samverkansbot.commands.CommandRegistry;
import se.samverkansbot.commands.Confirmations;
import se.samverkansbot.commands.MeetingCommands;
import se.samverkansbot.commands.MinutesCommands;
import se.samverkansbot.commands.MuteCommands;
import se.samverkansbot.commands.RegisterCommands;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.understanding.ForumSubject;
import se.samverkansbot.understanding.Intent;
import se.samverkansbot.understanding.Recogniser;
import se.samverkansbot.understanding.SelfIntroduction;
import se.samverkansbot.understanding.TwoQuestions;
import se.samverkansbot.understanding.Understanding;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.understanding.WhetherItDecides;
import se.samverkansbot.wording.Phrasing;

/**
 * Everything a person does towards the bot, on any platform: what they say is understood once and recognised as a
 * question or a command; a pressed button or a submitted form carries its typed values straight to the use case;
 * an opened home gets the person's overview. One exhaustive switch over the intents decides who answers.
 */
public final class Conversation {
    private final Supplier<Register> register;
    private final Askers askers;
    private final Understanding understanding;
    private final Recogniser recogniser = new Recogniser();
    private final Answers answers;
    private final AgendaCommands agenda;
    private final MeetingCommands meetings;
    private final ChannelCommands channels;
    private final MuteCommands reminders;
    private final MinutesCommands minutes;
    private final RegisterCommands registerChanges;
    private final Confirmations confirmations;
    private final CommandRegistry commands;
    private final Clock clock;

    public Conversation(
            Supplier<Register> register,
            Askers askers,
            Understanding understanding,
            Answers answers,
            AgendaCommands agenda,
            MeetingCommands meetings,
            ChannelCommands channels,
            MuteCommands reminders,
            MinutesCommands minutes,
            RegisterCommands registerChanges,
            Confirmations confirmations,
            CommandRegistry commands,
            Clock clock) {
        this.register = register;
        this.askers = askers;
        this.understanding = understanding;
        this.answers = answers;
        this.agenda = agenda;
        this.meetings = meetings;
        this.channels = channels;
        this.reminders = reminders;
        this.minutes = minutes;
        this.registerChanges = registerChanges;
        this.confirmations = confirmations;
        this.commands = commands;
        this.clock = clock;
    }

    public Reply handle(InboundMessage message) {
        Optional<RegisteredPerson> asker = askers.of(message.sender());
        return switch (message.action()) {
            case UserAction.Said said -> said(said.text(), null, asker, message);
            case UserAction.Pressed pressed -> pressed(pressed.command(), asker, message);
            case UserAction.Submitted submitted -> submitted(submitted.form(), asker, message);
            case UserAction.OpenedHome home -> overview(message).asReply();
        };
    }

    /** The person's overview, by sections, for a platform that shows them on a home tab or a welcome card. */
    public Overview overview(InboundMessage message) {
        Optional<RegisteredPerson> asker = askers.of(message.sender());
        Utterance u = understanding.understand("", asker, hint(message, asker), null);
        Phrasing say = u.say();
        List<Overview.Section> sections = new ArrayList<>();
        if (asker.isEmpty()) {
            sections.add(new Overview.Section(
                    say.say("Samverkansbot", "Samverkansbot"), commands.help(asker, u.today(), say)));
            return new Overview(say.language(), sections);
        }
        sections.add(section(say.say("Mina forum", "My forums"), answers.answer(new Intent.MyForums(), u)));
        sections.add(
                section(say.say("Mina nästa möten", "My next meetings"), answers.answer(new Intent.NextMeeting(), u)));
        sections.add(
                section(say.say("Kommande deadlines", "Coming deadlines"), answers.answer(new Intent.Deadlines(), u)));
        sections.add(section(say.say("Mina ärenden", "My items"), agenda.mine(asker.get(), say)));
        sections.add(section(say.say("Att granska", "To review"), agenda.toReview(List.of(), asker.get(), say)));
        return new Overview(say.language(), sections);
    }

    private static Overview.Section section(String title, Reply reply) {
        return new Overview.Section(title, reply);
    }

    private Reply said(String text, String pin, Optional<RegisteredPerson> asker, InboundMessage message) {
        Reply reply = answered(text, pin, asker, message);
        if (reply.text().isBlank() && reply.parts().isEmpty()) {
            // An answer that found nothing to say (a list filtered to nothing) must still say something.
            Language language =
                    understanding.language(text.substring(0, Math.min(text.length(), 400)), hint(message, asker));
            return Guidance.notUnderstood(new Phrasing(language));
        }
        return reply;
    }

    private Reply answered(String text, String pin, Optional<RegisteredPerson> asker, InboundMessage message) {
        if (text.length() > ChatLimits.MESSAGE) {
            Language language = understanding.language(text.substring(0, 400), hint(message, asker));
            return Guidance.tooLong(new Phrasing(language), ChatLimits.MESSAGE);
        }
        // "Jag är ny socialchef i Strömsund – vilka politiker sitter i SVOM?": the question, without who the asker is,
        // unless it speaks of the asker or of the introduction ("ingår jag i HälSam?", "vad innebär det för HälSam?").
        String asked = SelfIntroduction.in(text)
                .filter(introduction -> !introduction.questionNeedsTheIntroduction())
                .map(introduction -> withTheStructureOf(introduction, asker, message))
                .orElse(text);
        if (pin == null) {
            Optional<Reply> apart = TwoQuestions.in(asked).flatMap(two -> answeredApart(two, asker, message));
            if (apart.isPresent()) {
                return apart.get();
            }
        }
        return answeredWhole(asked, pin, asker, message);
    }

    /**
     * "Hej! Ny som sekreterare i HälSam. Vad är egentligen syftet med samverkan?": the structure the introduction names
     * is the one a question naming none is about; without it both structures' documents were quoted. Only a structure
     * named outright: the introduction's municipality is no part of the question ("ny socialchef i Strömsund – vilka
     * sitter i SVOM?").
     */
    private String withTheStructureOf(
            SelfIntroduction introduction, Optional<RegisteredPerson> asker, InboundMessage message) {
        String question = introduction.question();
        if (!namesNothing(understanding.understand(question, asker, hint(message, asker), null))) {
            return question;
        }
        List<String> structures = understanding
                .understand(introduction.introduction(), asker, hint(message, asker), null)
                .all(se.samverkansbot.understanding.Mention.OfStructure.class)
                .stream()
                .map(structure -> structure.structure().name())
                .distinct()
                .toList();
        return structures.size() == 1 ? question + " " + structures.getFirst() : question;
    }

    /**
     * Each of two questions in one message answered ("Hur många länssamordningsgrupper finns och hur ofta ses de?"),
     * the second with the names of the first where it names none ("de"), and the first with those of the second. None
     * when a half asks back (which forum?) or has no answer ("Vad händer efter …? Vem tar det formella beslutet?" asks
     * the second of the first), or when both ask the same of one subject: the message is then read whole.
     */
    private Optional<Reply> answeredApart(TwoQuestions two, Optional<RegisteredPerson> asker, InboundMessage message) {
        Utterance first = understanding.understand(two.first(), asker, hint(message, asker), null);
        Utterance second = understanding.understand(two.second(), asker, hint(message, asker), null);
        boolean secondNamesNothing = namesNothing(second);
        if (two.askTheSame() && secondNamesNothing) {
            return Optional.empty();
        }
        String secondAsked = secondNamesNothing ? two.second() + " " + names(first) : two.second();
        // And the first with the names of the second: "Hur många kommuner och hur många regioner är parter i HälSam?"
        // counted the municipalities of both structures.
        String firstAsked =
                !secondNamesNothing && namesNothing(first) ? two.first() + " " + names(second) : two.first();
        Reply one = answeredWhole(firstAsked.strip(), null, asker, message);
        Reply other = answeredWhole(secondAsked.strip(), null, asker, message);
        if (MissingAnswer.asksBackOrAdmits(one) || MissingAnswer.asksBackOrAdmits(other)) {
            return Optional.empty();
        }
        if (one.text().equals(other.text())) {
            return Optional.of(one);
        }
        // As text: a platform that renders a reply's parts shows only the first paragraph of its text beside them.
        return Optional.of(Reply.plain(one.text() + "\n\n" + other.text(), one.language()));
    }

    private static boolean namesNothing(Utterance u) {
        return u.all(se.samverkansbot.understanding.Mention.OfStructure.class).isEmpty()
                && u.all(se.samverkansbot.understanding.Mention.OfForum.class).isEmpty()
                && u.all(se.samverkansbot.understanding.Mention.OfParty.class).isEmpty()
                && u.all(se.samverkansbot.understanding.Mention.OfLevel.class).isEmpty();
    }

    /** The words of the names a question uses, as its normalized words write them ("lanssamordningsgrupper"). */
    private static String names(Utterance u) {
        return String.join(
                " ",
                u.matches().stream()
                        .flatMap(match -> u.words().subList(match.start(), match.end()).stream())
                        .toList());
    }

    private Reply answeredWhole(String asked, String pin, Optional<RegisteredPerson> asker, InboundMessage message) {
        Utterance u = understanding.understand(asked, asker, hint(message, asker), pin);
        if (u.words().isEmpty()) {
            return Guidance.emptyQuestion(u.say());
        }
        Recogniser.Recognised asRecognised = recogniser.recognise(u);
        // "When will the Jämtland review be finished?": no meeting is asked about, so no intent is recognised.
        Recogniser.Recognised recognised = noMeetingNamed(asRecognised, u) || noDeadlineOfTheCalendar(asRecognised, u)
                ? new Recogniser.Recognised(new Intent.About(), 0)
                : asksWhetherAForumDecides(asRecognised, u)
                        // "Beslutar SVOM själv om översynen?", "kan presidiet besluta om budget för …?": the rule that
                        // only the principals decide, before a cost line or a passage that shares a word.
                        ? new Recogniser.Recognised(new Intent.Decisions(), 2)
                        : asRecognised;
        if (recognised.score() == 0
                || isQuestion(recognised.intent())
                || recognised.intent() instanceof Intent.HowTo
                // "Förs det protokoll på HälSams möten?" asks how meetings are recorded, not for one meeting's minutes.
                || recognised.intent() instanceof Intent.MinutesOfMeeting) {
            // "Hur långt innan mötet kommer kallelsen ut?", "raderas ett ärende jag drar tillbaka?": the bot's own
            // practice, whatever forum or item the question also names; "did RSR approve the proposal?": what the
            // documents do not record of an event, whatever forum it names.
            Optional<Reply> practice = answers.practice(u).or(() -> answers.unrecordedOutcome(u));
            if (practice.isPresent()) {
                return practice.get();
            }
        }
        if (asksAboutTheRegister(recognised)
                || recognised.score() == 0 && !u.matches().isEmpty()) {
            // Also with nothing recognised but a name: "finns det nåt motsvarande HälSam i region gävleborg?".
            Optional<Reply> unknown = answers.unknownName(u);
            if (unknown.isPresent()) {
                return unknown.get();
            }
        }
        Optional<Reply> written = answers.whereItIsWritten(u);
        if (written.isPresent()) {
            return written.get();
        }
        if (asksAboutTheRegister(recognised) || recognised.score() == 0) {
            Optional<Reply> unknown = answers.unknownKind(u, recogniser::isCueWord)
                    .or(() -> recognised.score() == 0
                            ? answers.offTheSubject(u, recogniser::isCueWord)
                            : Optional.empty());
            if (unknown.isPresent()) {
                return unknown.get();
            }
        }
        if (asksWhoSitsOrHowMany(recognised.intent())) {
            Optional<Reply> presidium = answers.presidiumOfAForum(u);
            if (presidium.isPresent()) {
                return presidium.get();
            }
        }
        // "Har Sundsvall fler platser i HälSam än Ånge?": before the seats of one party named.
        Optional<Reply> compared = answers.seatsCompared(u);
        if (compared.isPresent()) {
            return compared.get();
        }
        Optional<Reply> shared = answers.costShared(u);
        if (shared.isPresent()) {
            return shared.get();
        }
        if (Answers.countsWhatNobodyKeeps(u)) {
            return answers.uncounted(u);
        }
        if (Answers.countsTheChairsWhoSit(recognised.intent(), u)) {
            // Before any passage: "when everyone is there" asks no date.
            return answers.seatsOfTheForumsNamed(u);
        }
        if (Answers.countsForums(u)) {
            return answers.forumCount(u);
        }
        boolean question = isQuestion(recognised.intent());
        // "Who will the region's presidium seat be picked from after New Year?" asks how a seat is filled, which the
        // documents say, not that the term turns.
        // "Vad förväntas min nämnd göra i HälSam?" from a new chair asks about duties, which the documents state.
        boolean aRule = asksHowOneIsChosen(u) || asksAboutDuties(u);
        // A new chair's seats, unless the term's start or end answers: "I'm the outgoing HSN chair. When does the new
        // mandate period start?" asks for a date, and "yes, the seat goes with the role" answered another question.
        Optional<Reply> term = (question && !aRule
                        ? answers.termStartOrEnd(u).or(() -> answers.seatsOfABoardsChair(u))
                        : Optional.<Reply>empty())
                // "Until when are the current posts elected?" asks how long, whatever word of choosing it uses.
                .or(() -> aRule && !Answers.asksHowLong(u) ? Optional.<Reply>empty() : answers.termOfOffice(u))
                .or(() -> asksAboutDuties(u) ? Optional.<Reply>empty() : answers.seatValidity(u))
                .or(() -> question ? answers.boardInAForum(u) : Optional.empty())
                .or(() -> question ? answers.holderOfABoardsRole(u) : Optional.empty())
                .or(() -> question ? answers.ownerOfABody(u) : Optional.empty())
                .or(() -> question ? se.samverkansbot.answers.ForumLevelQuestion.answer(u) : Optional.empty())
                .or(() -> question ? answers.opinionOfAParty(u) : Optional.empty())
                .or(() -> question ? answers.forumsCompared(u) : Optional.empty())
                .or(() -> question
                                && (recognised.score() == 0
                                        || recognised.intent() instanceof Intent.About
                                        || recognised.intent() instanceof Intent.Parties
                                        || recognised.intent() instanceof Intent.Represents
                                        || recognised.intent() instanceof Intent.Members)
                        ? answers.membership(u)
                        : Optional.empty())
                // Questions only: "nytt ärende till länsledningen: inför nästa temamöte" is a command to carry out.
                .or(() -> question ? answers.recurringMeeting(u) : Optional.empty())
                .or(() -> question ? answers.forumsOfArea(u) : Optional.empty())
                // "Hur många gemensamma möten hölls 2022?": the register's events of that year, counted.
                .or(() -> question
                                && !(recognised.intent() instanceof Intent.Members)
                                && !(recognised.intent() instanceof Intent.Represents)
                        ? answers.eventsCounted(u)
                        : Optional.empty())
                // Not for the seats of a day ("vem satt i presidiet 2023-05-01?"): those the register answers.
                .or(() -> !question
                                || recognised.intent() instanceof Intent.Members
                                || recognised.intent() instanceof Intent.Represents
                                || recognised.intent() instanceof Intent.RoleHolders
                                || recognised.intent() instanceof Intent.PersonInfo
                        ? Optional.empty()
                        : answers.onTheDayNamed(u))
                // Only where no intent of its own is recognised: "Vilka forum fanns i HälSam 2022?" asks for levels.
                .or(() -> recognised.score() < 1 || recognised.intent() instanceof Intent.About
                        ? answers.existence(u)
                        : Optional.empty());
        if (term.isPresent()) {
            return MissingAnswer.placeAdmitted(u, term.get());
        }
        // "Is Barnarenan HälSam's forum for children?": that the forum belongs to the other structure comes first,
        // before any passage on the structure asked about.
        // And "Jag jobbar i Härjedalens kommun – tillhör vi HälSam?": that the municipality is a party of the other.
        Optional<String> elsewhere = question
                ? se.samverkansbot.answers.ForumOfAnotherStructure.said(u).or(() -> answers.partyOfAnotherStructure(u))
                : Optional.empty();
        if (elsewhere.isPresent()) {
            return respond(new Intent.About(), u, message).after(elsewhere.get());
        }
        // What the register answers, never a passage: a count of a level, of parties, of one party's seats ("hur
        // många politiker från regionen ingår i politiska HälSam?"), a line of the cost table ("hur stor tjänst är
        // redaktören?").
        boolean answeredByTheRegister = Answers.countsALevel(recognised.intent(), u)
                || Answers.countsParties(u)
                || Answers.countsSeatsOfAParty(recognised.intent(), u)
                || answers.asksACostLine(u);
        // "Kan presidiet besluta när kommunerna är oeniga?": "när" joins a clause there, and asks for no date.
        boolean datesSomethingElse =
                u.asksWhen() && !isAboutMeetings(recognised.intent()) && !asksWhatItsDecisionsBind(recognised, u);
        if (!answeredByTheRegister
                && (recognised.score() == 0
                        || isBroad(recognised.intent())
                                && !asksForTheMembersOfAForumNamed(recognised, u)
                                && !asksWhichPartiesTakePart(recognised, u)
                                && !asksWhatItsDecisionsBind(recognised, u)
                                && !asksWhichAreas(recognised, u)
                        || datesSomethingElse
                        || asksHowOneIsChosen(u)
                        || asksAboutDuties(u)
                        || aMeetingInGeneral(recognised, u)
                        || aMeetingInThePast(recognised, u)
                        || representsNobodyNamed(recognised, u)
                        || u.asksWhy())) {
            // A question no intent fits, or one only a broad overview fits: a passage of the source documents that
            // covers it is the better answer ("when did SocialReKo back the proposal" is not a list of levels).
            // The register holds no reasons: for "why" a passage needs no closer match than without an intent.
            // A weak cue for meetings in general ("what's the point of the yearly theme meetings") is no intent a
            // passage must beat: the meeting answer would say nothing of them.
            Optional<Reply> quoted = answers.beyondIntents(
                            u,
                            recognised.score() > 0
                                    && !u.asksWhy()
                                    && !aMeetingInGeneral(recognised, u)
                                    && !aMeetingInThePast(recognised, u)
                                    && !asksWhoWithNobodyToLookUp(recognised, u)
                                    && !asksAboutAThingOfTheGlossary(recognised, u)
                                    && !asksAboutDuties(u)
                                    // "När ska HälSams presidium väljas?": how (and when) a seat is filled is the
                                    // documents' rule; the calendar's "no meetings yet" is no answer to beat.
                                    && !asksHowOneIsChosen(u))
                    // Not for an intent of its own ("Vilka är huvudmännen?" asks for the parties, whatever the
                    // glossary says of the word).
                    .or(() -> recognised.score() == 0 && u.asksHowMany()
                            // "Hur många deltog …?" with nothing countable recognised: neither an overview nor the
                            // glossary would say how many.
                            ? Optional.of(answers.uncounted(u))
                            : Optional.empty())
                    .or(() -> recognised.score() == 0
                                    || recognised.intent() instanceof Intent.About
                                    || recognised.intent() instanceof Intent.Areas
                            ? answers.aboutAGlossaryWord(u)
                            : Optional.empty());
            if (quoted.isPresent()) {
                return MissingAnswer.admitted(u, quoted.get());
            }
        }
        Reply reply = respond(recognised.intent(), u, message);
        if (aMeetingInGeneral(recognised, u) && !u.asksWhen()) {
            reply = MissingAnswer.admittedAboutMeetings(u, reply);
        }
        return asksAboutWhatAForumDoes(recognised.intent()) ? EndedForum.saidFirst(u, reply) : reply;
    }

    /**
     * "Vad hände med ÄOC-investeringen?": a thing of the glossary, no forum, asked with a cue only an overview answers
     * (the list of every milestone): the question is about the thing, which the documents tell of.
     */
    private static boolean asksAboutAThingOfTheGlossary(Recogniser.Recognised recognised, Utterance u) {
        return (recognised.intent() instanceof Intent.Milestones || recognised.intent() instanceof Intent.History)
                && !u.all(se.samverkansbot.understanding.Mention.OfTerm.class).isEmpty()
                && u.all(se.samverkansbot.understanding.Mention.OfForum.class).isEmpty();
    }

    /** Questions answered with a forum's seats: who sits there, how many, who represents whom. */
    private static boolean asksWhoSitsOrHowMany(Intent intent) {
        return intent instanceof Intent.Members
                || intent instanceof Intent.Represents
                || intent instanceof Intent.PersonInfo;
    }

    /** Questions about a forum's meetings, deadlines, agenda or how to take part, which an ended forum has none of. */
    private static boolean asksAboutWhatAForumDoes(Intent intent) {
        return intent instanceof Intent.NextMeeting
                || intent instanceof Intent.Frequency
                || intent instanceof Intent.Deadlines
                || intent instanceof Intent.AgendaOfMeeting
                || intent instanceof Intent.HowTo;
    }

    /**
     * "Vem ska representera nämnden under mandatperioden?" names no party, board or person whose seats could answer
     * (nor, for "who is …", a role or forum): it asks about a rule of representation, which the documents state.
     */
    private static boolean representsNobodyNamed(Recogniser.Recognised recognised, Utterance u) {
        boolean whoWithoutARole = recognised.intent() instanceof Intent.PersonInfo
                && u.roles().isEmpty()
                && u.all(se.samverkansbot.understanding.Mention.OfForum.class).isEmpty();
        return (recognised.intent() instanceof Intent.Represents || whoWithoutARole)
                && u.all(se.samverkansbot.understanding.Mention.OfParty.class).isEmpty()
                && u.all(se.samverkansbot.understanding.Mention.OfBody.class).isEmpty()
                && u.all(se.samverkansbot.understanding.Mention.OfPerson.class).isEmpty();
    }

    /**
     * "Who is supposed to carry out the review?": a "who" that names no person, role, forum, party or body has nobody
     * the register could look up; its answer would be an overview, so a passage need not beat it.
     */
    private static boolean asksWhoWithNobodyToLookUp(Recogniser.Recognised recognised, Utterance u) {
        return recognised.intent() instanceof Intent.PersonInfo && representsNobodyNamed(recognised, u);
    }

    private static final Set<String> CHOOSING_WORDS = Set.of(
            "valja",
            "utse",
            "pick",
            "select",
            "elect",
            "valjer",
            "valjs",
            "valjas",
            "vald",
            "valda",
            "utser",
            "utses",
            "utsedd",
            "utsedda",
            "chosen",
            "choose",
            "picked",
            "picks",
            "nominated",
            "nominates",
            "chooses",
            "appointed",
            "appoints",
            "appoint",
            "selected",
            "selects",
            "elected",
            "elects",
            // "When is the new presidium formed?", "när ska presidiet tillsättas?": filled, as a body of seats.
            "formed",
            "tillsatts",
            "tillsattas",
            "tillsatta");

    /**
     * "Vem väljer kommunernas representanter till presidiet?": how a seat is filled is a rule the documents state,
     * which a list of today's seats (or of none next year) does not answer.
     */
    private static boolean asksHowOneIsChosen(Utterance u) {
        List<String> words = u.words();
        for (int i = 0; i < words.size(); i++) {
            // "When does the new term start for the elected members?": a participle before the people it describes
            // says who they are, not how they are chosen.
            if (CHOOSING_WORDS.contains(words.get(i))
                    && (i + 1 == words.size() || !CHOSEN_PEOPLE.contains(words.get(i + 1)))
                    && !untilChosen(words, i)
                    && !saidOfTheAsker(words, i)) {
                return true;
            }
        }
        return MAY_BECOME.matcher(u.text()).find();
    }

    private static final Set<String> ASKER_WORDS = Set.of("i", "ive", "jag", "we", "vi");
    private static final Set<String> BEING_WORDS = Set.of("was", "been", "am", "were", "ar", "blev", "var");
    /** A choice made, not to make: "when shall we elect …" asks how one is chosen, "I was elected" does not. */
    private static final Set<String> CHOSEN_FORMS =
            Set.of("vald", "valda", "valdes", "utsedd", "utsedda", "elected", "chosen", "appointed", "selected");

    /**
     * "I was elected in September and will chair the school board. When does my term start?", "jag är vald till …":
     * the choice is who the asker is, not what they ask.
     */
    private static boolean saidOfTheAsker(List<String> words, int choosing) {
        return CHOSEN_FORMS.contains(words.get(choosing))
                && choosing >= 2
                && ASKER_WORDS.contains(words.get(choosing - 2))
                && BEING_WORDS.contains(words.get(choosing - 1));
    }

    /** Words that make a choice a point in time: "until a new presidium is elected", "tills en ny har valts". */
    private static final Set<String> UNTIL = Set.of("until", "tills", "before", "innan");

    /** How far before the word of choosing "until" may stand: "until a new presidium is elected". */
    private static final int WORDS_BEFORE_A_CHOICE = 6;

    /**
     * "Does my seat end on 31 December or does it run until a new presidium is elected?" asks when the seat ends; the
     * choosing is only the point it may last until.
     */
    private static boolean untilChosen(List<String> words, int choosing) {
        for (int k = Math.max(0, choosing - WORDS_BEFORE_A_CHOICE); k < choosing; k++) {
            if (UNTIL.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The people a participle of choosing may describe: "the elected members", "de valda ledamöterna". */
    private static final Set<String> CHOSEN_PEOPLE = Set.of(
            "members",
            "representatives",
            "politicians",
            "officials",
            "ledamoter",
            "ledamoterna",
            "representanter",
            "representanterna",
            "politiker",
            "politikerna",
            "foretradare",
            "foretradarna");

    /**
     * "Vem från regionen kan sitta i presidiet?", "kan jag hamna i HälSams presidium?": who may hold a seat is the
     * rule of how it is filled, not who holds it today (nor "no" because today's seats name someone else).
     */
    private static final java.util.regex.Pattern MAY_BECOME = java.util.regex.Pattern.compile(
            "(?iuU)\\b(kan|får|far|could|can|may|might)\\s+(\\p{L}+\\s+){0,2}(sitta|hamna|bli vald|bli utsedd|väljas|valjas"
                    + "|utses|sit|end up|be chosen|be picked|be elected|become"
                    // "Vilka av regionens politiker kan bli regionens representant i presidiet?", "kan det bli jag som
                    // representerar regionen?"
                    + "|bli\\s+(\\p{L}+\\s+)?(representant|representanten|ordförande|ordforande|ledamot"
                    + "|sammankallande)"
                    + "|bli\\s+jag)\\b");

    /** What is expected of a member or a board: no seat, term or calendar of the register answers it. */
    private static boolean asksAboutDuties(Utterance u) {
        return Utterance.ASKS_A_DUTY.matcher(u.text()).find();
    }

    /** A question the answers take, as opposed to a command, help or a greeting. */
    private static boolean isQuestion(Intent intent) {
        return asksAboutTheRegister(new Recogniser.Recognised(intent, 1))
                || intent instanceof Intent.Deadlines
                || intent instanceof Intent.AgendaOfMeeting
                || intent instanceof Intent.YearWheel
                || intent instanceof Intent.Abbreviation
                // "Vad rekommenderade SocialReKo 4 feb 2022?" asks what was said on that day.
                || intent instanceof Intent.Recommendations;
    }

    /**
     * A question about the forums, people and documents of the register, as opposed to a command, help or a
     * greeting: the kind that must not be answered with something else when it names what the register lacks.
     */
    private static boolean asksAboutTheRegister(Recogniser.Recognised recognised) {
        Intent intent = recognised.intent();
        // Nothing recognised at all ("what is the weather in Paris?") gets the general "I don't know" instead.
        return recognised.score() > 0
                && (intent instanceof Intent.About
                        || intent instanceof Intent.PersonInfo
                        || intent instanceof Intent.Represents
                        || intent instanceof Intent.Members
                        || intent instanceof Intent.RoleHolders
                        || intent instanceof Intent.Parties
                        || intent instanceof Intent.Levels
                        || intent instanceof Intent.Areas
                        || intent instanceof Intent.Decisions
                        || intent instanceof Intent.History
                        || intent instanceof Intent.Milestones
                        || intent instanceof Intent.Mandate
                        || intent instanceof Intent.Frequency
                        || intent instanceof Intent.ReportsTo
                        || intent instanceof Intent.Subordinates
                        || intent instanceof Intent.PreparedBy
                        || intent instanceof Intent.NextMeeting
                        || intent instanceof Intent.AdminSupport
                        || intent instanceof Intent.Documents);
    }

    /**
     * "What format is suggested for HälSam's yearly joint meeting?": the word "meeting" alone, with no forum and
     * nothing that asks for a date, is about meetings as the documents describe them, not the calendar's next one.
     */
    private static boolean aMeetingInGeneral(Recogniser.Recognised recognised, Utterance u) {
        // A forum named adds to the score (the intent prefers one) without asking any more for its calendar:
        // "vad förväntas nämnden göra före och efter ett HälSam-möte?" has only the weak word "möte".
        boolean forumNamed =
                !u.all(se.samverkansbot.understanding.Mention.OfForum.class).isEmpty();
        return recognised.intent() instanceof Intent.NextMeeting
                && recognised.score() - (forumNamed ? 1 : 0) < 1
                // "Vilka hälsammöten ska vi ha under 2027?" asks the calendar of a year.
                && !(forumNamed && u.year().isPresent() && !u.asOf().isBefore(u.today()))
                && (!u.asksWhen() && u.words().stream().noneMatch(CALENDAR_WORDS::contains)
                        // "vilket datum var det sista gemensamma mötet 2022 …" names no forum whose calendar could
                        // answer: the documents' meetings can.
                        || u.all(se.samverkansbot.understanding.Mention.OfForum.class)
                                .isEmpty());
    }

    /**
     * "Vad innehöll förslaget till SocialReKos möte i juni 2022?": the calendar holds the meetings to come, so a
     * meeting the question dates before today is one the documents may tell of, not "no upcoming meetings".
     */
    private static boolean aMeetingInThePast(Recogniser.Recognised recognised, Utterance u) {
        return (recognised.intent() instanceof Intent.NextMeeting
                        || recognised.intent() instanceof Intent.AgendaOfMeeting
                        || recognised.intent() instanceof Intent.Deadlines)
                // A day named in the past, or only forums that have ended ("vilket datum levererade arbetsgruppen
                // förslaget till SocialReKos möte?"): their calendar has nothing to come.
                && u.asOf().isBefore(u.today());
    }

    /**
     * "When will the Jämtland review be finished?": "when will" is a cue for the next meeting, but with no meeting and
     * no forum named the question dates something else, which the documents may tell and the calendar cannot.
     */
    private static boolean noMeetingNamed(Recogniser.Recognised recognised, Utterance u) {
        return recognised.intent() instanceof Intent.NextMeeting
                && namesNoForumLevelOrMeeting(u)
                && u.words().stream().noneMatch(CALENDAR_WORDS::contains);
    }

    /** No forum, no level and no meeting named, nor one's own: what the calendar could answer is not asked about. */
    private static boolean namesNoForumLevelOrMeeting(Utterance u) {
        return u.all(se.samverkansbot.understanding.Mention.OfForum.class).isEmpty()
                && u.levels().isEmpty()
                && u.words().stream().noneMatch(MEETINGS_OR_ONES_OWN::contains);
    }

    /**
     * "Senast vilket datum skulle tjänstepersonsförslaget till politisk struktur lämnas?": "senast" is a cue for the
     * calendar's deadlines, but with no forum, level or structure named, and nothing the calendar keeps a deadline
     * for (an item, the notice, the papers, the minutes), no meeting and no "next", the question dates something the
     * documents tell of; asking which forum is meant lists every forum of both structures.
     */
    private static boolean noDeadlineOfTheCalendar(Recogniser.Recognised recognised, Utterance u) {
        return recognised.intent() instanceof Intent.Deadlines
                && namesNoForumLevelOrMeeting(u)
                && u.all(se.samverkansbot.understanding.Mention.OfStructure.class)
                        .isEmpty()
                && u.words().stream().noneMatch(UPCOMING::contains)
                && u.words().stream()
                        .noneMatch(word -> CALENDAR_DEADLINES.stream().anyMatch(word::startsWith));
    }

    private static final Set<String> UPCOMING = Set.of("nasta", "next", "kommande", "upcoming");

    /** The beginnings of the words for what the calendar keeps deadlines for, as normalized words write them. */
    private static final List<String> CALENDAR_DEADLINES = List.of(
            "arende",
            "item",
            "dagordning",
            "agenda",
            "kallelse",
            "notice",
            "handling",
            "paper",
            "minnesanteckning",
            "minutes",
            "protokoll",
            "juster",
            "deadline");

    /**
     * Words of meetings, and of one's own (a "when do we …?" asks for one's own forums' meetings), as the question's
     * normalized words write them.
     */
    private static final Set<String> MEETINGS_OR_ONES_OWN = Set.of(
            "mote",
            "motet",
            "moten",
            "motena",
            "sammantrade",
            "sammantradet",
            "traffas",
            "mots",
            "meeting",
            "meetings",
            "meet",
            "meets",
            "mina",
            "my",
            "mitt",
            "vi",
            "we",
            "kalender",
            "calendar");

    /** Words that ask for a meeting's date ("is there a date for …", "datum för årsmötet"), however put. */
    private static final Set<String> CALENDAR_WORDS = Set.of(
            "date", "dates", "datum", "dag", "day", "time", "tid", "tiden", "nasta", "next", "kommande", "upcoming");

    /** Intents whose "when" is a meeting or deadline of the calendar, which the meeting answers know best. */
    private static boolean isAboutMeetings(Intent intent) {
        return intent instanceof Intent.NextMeeting
                || intent instanceof Intent.Deadlines
                || intent instanceof Intent.AgendaOfMeeting
                || intent instanceof Intent.YearWheel
                || intent instanceof Intent.Frequency
                || intent instanceof Intent.History;
    }

    /**
     * "Vem sitter i länssamordningsgruppen för barn och unga?": the register's seats of the forum named answer it (or
     * say none are recorded, with the documents' words for its composition); a passage that only names the forum
     * would be quoted for matching its name.
     */
    private static boolean asksForTheMembersOfAForumNamed(Recogniser.Recognised recognised, Utterance u) {
        return recognised.intent() instanceof Intent.Members
                && !u.all(se.samverkansbot.understanding.Mention.OfForum.class).isEmpty();
    }

    /** "Vilka kommuner ingår i samverkan i Jämtland Härjedalen?", "which municipalities are part of HälSam?". */
    private static final java.util.regex.Pattern WHICH_PARTIES = java.util.regex.Pattern.compile(
            "(?iuU)\\b(vilka|which) (kommuner|parter|huvudmän|huvudman|municipalities|parties|principals)"
                    + " (ingår|ingar|är med|ar med|deltar|är parter|ar parter|är huvudmän|are part|are in|take part"
                    + "|belong|are members|are parties|are principals|participate)\\b");

    /**
     * A question for the structure's parties themselves: the register's list answers it, and a passage that shares
     * "kommuner" and "samverkan" ("Uppdraget bör inte omfatta: samverkan med andra aktörer än … länets kommuner") is
     * no list of them.
     */
    private static boolean asksWhichPartiesTakePart(Recogniser.Recognised recognised, Utterance u) {
        return recognised.intent() instanceof Intent.Parties
                && WHICH_PARTIES.matcher(u.text()).find();
    }

    /**
     * Whether a forum or structure may decide: a yes-or-no question opening with deciding or being able to decide,
     * about a forum or structure named.
     */
    private static boolean asksWhetherAForumDecides(Recogniser.Recognised recognised, Utterance u) {
        if (!(recognised.intent() instanceof Intent.AdminSupport
                        || recognised.intent() instanceof Intent.Recommendations
                        // "Is it binding for our municipality?": the municipality is whom it would bind.
                        || recognised.intent() instanceof Intent.Parties
                        || recognised.intent() instanceof Intent.About
                        || recognised.intent() instanceof Intent.Decisions
                        // "Kan HälSam tvinga kommunerna att delta i …?": "delta" is a cue of who sits there.
                        || recognised.intent() instanceof Intent.Members)
                || u.all(se.samverkansbot.understanding.Mention.OfForum.class).isEmpty()
                        && u.all(se.samverkansbot.understanding.Mention.OfStructure.class)
                                .isEmpty()) {
            return false;
        }
        // Not "vem bestämmer …": who decides a matter of its own ("hur många lokala grupper en kommun ska ha") is
        // answered by the documents' rule for that matter (measured: the principals' rule lost dev13 one).
        return se.samverkansbot.understanding.WhetherItDecides.asked(u.text());
    }

    /**
     * "Kan HälSam fatta beslut som blir bindande för kommunerna?": two cues of deciding ask what the structure's
     * decisions bind, which its rule answers (only the principals decide); a passage that shares "fatta beslut" and
     * "kommunerna" tells of some other decision. One cue ("vem beslutar om översynen?") may be about a decision the
     * documents tell of.
     */
    private static boolean asksWhatItsDecisionsBind(Recogniser.Recognised recognised, Utterance u) {
        // "Kan HälSam själv ta beslut som gäller kommunerna?": asking whether it can decide is asking the same.
        return recognised.intent() instanceof Intent.Decisions
                && (recognised.score() >= 2
                        || ASKS_WHETHER_IT_CAN.matcher(u.text()).find());
    }

    private static final java.util.regex.Pattern ASKS_WHETHER_IT_CAN =
            java.util.regex.Pattern.compile("(?iuU)^\\W*(kan|får|far|can|may|could)\\b");

    /**
     * "Which three strategiska områden does HälSam work with?", "vilka strategiska områden finns?": the register's list
     * answers, not a passage that names the areas in passing.
     */
    private static boolean asksWhichAreas(Recogniser.Recognised recognised, Utterance u) {
        return recognised.intent() instanceof Intent.Areas
                && WHICH.matcher(u.text()).find();
    }

    private static final java.util.regex.Pattern WHICH =
            java.util.regex.Pattern.compile("(?iuU)^\\W*(vilka|vilket|which|what are|name the)\\b");

    /** Intents answered with an overview of a structure or forum, which a precise passage may answer better. */
    private static boolean isBroad(Intent intent) {
        return intent instanceof Intent.About
                || intent instanceof Intent.Levels
                || intent instanceof Intent.Parties
                || intent instanceof Intent.Decisions
                || intent instanceof Intent.History
                || intent instanceof Intent.Milestones
                || intent instanceof Intent.Areas
                || intent instanceof Intent.Members
                // "Står det något om privata utförare i underlaget?" is answered by the passage, not the list.
                || intent instanceof Intent.Documents;
    }

    /** Joining a forum or a structure: "kommer jag med i", "få plats i", "get into", "join". */
    private static final java.util.regex.Pattern JOINS = java.util.regex.Pattern.compile(
            "(?iuU)\\b(med\\s+i|in\\s+i|(få|fa|får|far)\\s+((jag|vi|man|hon|han|de)\\s+)?(en\\s+)?plats"
                    + "|bli\\s+medlem|bli\\s+ledamot|get\\s+into|join|get\\s+a\\s+seat|become\\s+a\\s+member)\\b");

    private static boolean asksHowToJoinAForum(Utterance u) {
        return (!u.all(se.samverkansbot.understanding.Mention.OfForum.class).isEmpty()
                        || !u.all(se.samverkansbot.understanding.Mention.OfStructure.class)
                                .isEmpty())
                && JOINS.matcher(u.text()).find();
    }

    /** The one place that decides who answers each kind of intent. */
    private Reply respond(Intent intent, Utterance u, InboundMessage message) {
        return switch (intent) {
            case Intent.Help help -> commands.help(u.asker(), u.today(), u.say());
            case Intent.HowTo howTo -> {
                if (howTo.topic() == null && asksHowToJoinAForum(u)) {
                    // "Hur kommer jag med i Barnarenan?" asks who has a seat there, which the register answers (for a
                    // board's chair, the seats that go with the role); no command of the bot's does it.
                    yield answers.seatsOfABoardsChair(u).orElseGet(() -> answers.answer(new Intent.About(), u));
                }
                List<se.samverkansbot.understanding.Mention.OfForum> named =
                        u.all(se.samverkansbot.understanding.Mention.OfForum.class);
                // "Where do I raise school absence among kids?" names an area, not a forum: its forums come first.
                List<se.samverkansbot.register.ForumRef> ofArea =
                        howTo.topic() == Intent.Topic.SUBMIT_ITEM && named.isEmpty()
                                ? answers.forumsOfTheAreaNamed(u)
                                : List.of();
                Optional<String> example = named.size() == 1
                        ? Optional.of(named.getFirst().forum().name())
                        : ofArea.size() == 1
                                ? Optional.of(ofArea.getFirst().forum().name())
                                : answers.theForumOfTheAreaNamed(u)
                                        .map(ref -> ref.forum().name());
                Reply how = commands.howTo(howTo.topic(), u.asker(), u.today(), u.say(), example);
                Reply told = ofArea.isEmpty()
                        ? how
                        : new Reply(
                                answers.describeForumsOfArea(u, ofArea).text() + "\n\n" + how.text(),
                                how.language(),
                                how.parts());
                yield howTo.topic() == Intent.Topic.SUBMIT_ITEM
                        ? answers.whereMattersStart(u)
                                .map(start -> new Reply(told.text() + "\n\n" + start, told.language(), told.parts()))
                                .orElse(told)
                        : told;
            }
            case Intent.Greeting greeting -> answers.answer(intent, u);
            case Intent.Thanks thanks -> answers.answer(intent, u);
            case Intent.About about -> answers.answer(intent, u);
            case Intent.MyForums mine -> answers.answer(intent, u);
            case Intent.YearWheel wheel -> answers.answer(intent, u);
            case Intent.NextMeeting next -> answers.answer(intent, u);
            case Intent.AgendaOfMeeting agendaOf -> answers.answer(intent, u);
            case Intent.Deadlines deadlines -> answers.answer(intent, u);
            case Intent.Frequency frequency -> answers.answer(intent, u);
            case Intent.Mandate mandate -> answers.answer(intent, u);
            case Intent.ReportsTo reports -> answers.answer(intent, u);
            case Intent.Subordinates below -> answers.answer(intent, u);
            case Intent.PreparedBy preparedBy -> answers.answer(intent, u);
            case Intent.Members members -> answers.answer(intent, u);
            case Intent.Represents represents -> answers.answer(intent, u);
            case Intent.RoleHolders holders -> answers.answer(intent, u);
            case Intent.PersonInfo person -> answers.answer(intent, u);
            case Intent.Parties parties -> answers.answer(intent, u);
            case Intent.Areas areas -> answers.answer(intent, u);
            case Intent.Levels levels -> answers.answer(intent, u);
            case Intent.History history -> answers.answer(intent, u);
            case Intent.Milestones milestones -> answers.answer(intent, u);
            case Intent.Abbreviation abbreviation -> answers.answer(intent, u);
            case Intent.AdminSupport support -> answers.answer(intent, u);
            case Intent.Documents documents -> answers.answer(intent, u);
            case Intent.Decisions decisions -> answers.answer(intent, u);
            case Intent.SubmitItem submit -> known(u, asker -> agenda.submitFromChat(u, asker, message.requestId()));
            case Intent.MyItems mine ->
                u.asker().isPresent()
                        ? agenda.mine(u.asker().get(), u.say())
                        : PeopleAnswers.unknownAsker(
                                u.say(), u.say().say("visa dina ärenden", "show your agenda items"));
            case Intent.EditItem edit -> known(u, asker -> agenda.edit(edit.itemId(), u, asker));
            case Intent.WithdrawItem withdraw -> known(u, asker -> agenda.withdraw(withdraw.itemId(), asker, u.say()));
            case Intent.ItemsToReview review -> known(u, asker -> agenda.toReview(named(u), asker, u.say()));
            case Intent.AcceptItem accept -> known(u, asker -> agenda.accept(accept.itemId(), asker, u.say()));
            case Intent.MoveItem move -> known(u, asker -> agenda.moveToLater(move.itemId(), asker, u.say()));
            case Intent.RejectItem reject -> known(u, asker -> agenda.reject(reject.itemId(), u, asker));
            case Intent.PublishNotice publish -> known(u, asker -> agenda.proposePublish(named(u), u, asker));
            case Intent.CreateMeeting create -> known(u, asker -> meetings.propose(intent, u, named(u), asker));
            case Intent.MoveMeeting move -> known(u, asker -> meetings.propose(intent, u, named(u), asker));
            case Intent.CancelMeeting cancel -> known(u, asker -> meetings.propose(intent, u, named(u), asker));
            case Intent.NewMember member -> known(u, asker -> registerChanges.propose(intent, u, named(u), asker));
            case Intent.Successor successor -> known(u, asker -> registerChanges.propose(intent, u, named(u), asker));
            case Intent.LinkChannel link ->
                known(u, asker -> channels.link(true, u, named(u), asker, message.address()));
            case Intent.UnlinkChannel unlink ->
                known(u, asker -> channels.link(false, u, named(u), asker, message.address()));
            case Intent.MuteReminders mute -> known(u, asker -> reminders.mute(true, u, named(u), asker));
            case Intent.UnmuteReminders unmute -> known(u, asker -> reminders.mute(false, u, named(u), asker));
            case Intent.MinutesOfMeeting minutesOf -> known(u, asker -> minutes.ofForum(named(u), asker, u.say()));
            case Intent.SignMinutes sign ->
                known(u, asker -> minutes.signForum(named(u), asker, message.requestId(), u.say()));
            case Intent.PublishMinutes publish ->
                known(u, asker -> minutes.publishForum(named(u), asker, message.requestId(), u.say()));
            case Intent.MyFollowUps mine -> known(u, asker -> minutes.myFollowUps(asker, u.say()));
            case Intent.PrincipalDecided decided -> minutes.principalDecided(u, () -> answers.beyondIntents(u, false));
            case Intent.UndecidedPrincipals undecided -> minutes.undecided(u, u.asker());
            case Intent.FollowUpMatrix matrix -> minutes.matrix(u, u.asker());
            case Intent.Recommendations recommendations ->
                // "Does a recommendation from HälSam bind my municipality?" asks what a recommendation is worth, which
                // the rule on who decides answers, not the list of recommendations published.
                WhetherItDecides.asked(u.text())
                        ? answers.answer(new Intent.Decisions(), u)
                        : minutes.recommendations(u, u.asker(), () -> answers.beyondIntents(u, true));
            case Intent.Confirm confirm -> confirmation(true, confirm.token(), u.asker(), u.say(), message.requestId());
            case Intent.Abort abort -> confirmation(false, abort.token(), u.asker(), u.say(), message.requestId());
        };
    }

    private Reply pressed(Command command, Optional<RegisteredPerson> asker, InboundMessage message) {
        Phrasing say = new Phrasing(languageOf(message, asker));
        return switch (command) {
            case Command.Ask ask -> said(ask.question(), ask.pin(), asker, message);
            case Command.Confirm confirm -> confirmation(true, confirm.token(), asker, say, message.requestId());
            case Command.Abort abort -> confirmation(false, abort.token(), asker, say, message.requestId());
            case Command.AcceptItem accept -> known(asker, say, person -> agenda.accept(accept.itemId(), person, say));
            case Command.MoveItem move -> known(asker, say, person -> agenda.moveToLater(move.itemId(), person, say));
            case Command.WithdrawItem withdraw ->
                known(asker, say, person -> agenda.withdraw(withdraw.itemId(), person, say));
            case Command.ShowMyItems mine -> known(asker, say, person -> agenda.mine(person, say));
            case Command.ShowItemsToReview review ->
                known(asker, say, person -> agenda.toReview(List.of(), person, say));
            case Command.ShowHelp help -> commands.help(asker, SwedishTime.today(clock), say);
            case Command.ShowMinutes show -> known(asker, say, person -> minutes.show(show.meetingId(), person, say));
            case Command.SignMinutes sign ->
                known(asker, say, person -> minutes.sign(sign.meetingId(), person, message.requestId(), say));
            case Command.PublishMinutes publish ->
                known(asker, say, person -> minutes.publish(publish.meetingId(), person, message.requestId(), say));
            case Command.ShowMyFollowUps mine -> known(asker, say, person -> minutes.myFollowUps(person, say));
        };
    }

    private Reply submitted(Form form, Optional<RegisteredPerson> asker, InboundMessage message) {
        Phrasing say = new Phrasing(languageOf(message, asker));
        return switch (form) {
            case Form.AgendaItemDraft draft ->
                known(asker, say, person -> agenda.submitForm(draft, person, message.requestId(), say));
            case Form.MinutesItem item ->
                known(asker, say, person -> minutes.recordItem(item, person, message.requestId(), say));
            case Form.MinutesAttendance attendance ->
                known(asker, say, person -> minutes.recordAttendance(attendance, person, message.requestId(), say));
            case Form.FollowUpAnswer answer ->
                known(asker, say, person -> minutes.answer(answer, person, message.requestId(), say));
        };
    }

    private Reply confirmation(
            boolean confirmed, String token, Optional<RegisteredPerson> asker, Phrasing asked, String requestId) {
        return known(
                asker,
                asked,
                person -> confirmations
                        .act(token, person.id(), requestId, taken -> {
                            Phrasing say = Confirmations.languageOf(taken);
                            if (!confirmed) {
                                return Reply.plain(
                                        say.say("Okej, inget är ändrat.", "All right, nothing was changed."),
                                        say.language());
                            }
                            if (taken.action().startsWith("agenda.")) {
                                return agenda.publishConfirmed(taken.data(), person.id(), say);
                            }
                            return taken.action().startsWith("register.")
                                    ? registerChanges.execute(taken.action(), taken.data(), person.id(), say)
                                    : meetings.execute(taken.action(), taken.data(), say);
                        })
                        .orElseGet(() -> Confirmations.nothingWaiting(token, asked)));
    }

    /** The forums a message names, for commands that act on one. */
    private List<ForumRef> named(Utterance u) {
        return ForumSubject.of(u, register.get().structures()).forums();
    }

    private interface ForPerson {
        Reply reply(RegisteredPerson asker);
    }

    /** Commands act for a known person only; a guest is told how to become known. */
    private static Reply known(Utterance u, ForPerson action) {
        return known(u.asker(), u.say(), action);
    }

    private static Reply known(Optional<RegisteredPerson> asker, Phrasing say, ForPerson action) {
        return asker.map(action::reply).orElseGet(() -> PeopleAnswers.unknownAsker(say));
    }

    /** The language to answer a button or form in: the one it was offered in, else the person's, else Swedish. */
    private static Language languageOf(InboundMessage message, Optional<RegisteredPerson> asker) {
        if (message.languageHint() != null) {
            return Language.fromTag(message.languageHint());
        }
        return asker.map(RegisteredPerson::language).orElse(Language.SWEDISH);
    }

    /** What decides the language when the words do not: the platform's hint, else the person's own language. */
    private static String hint(InboundMessage message, Optional<RegisteredPerson> asker) {
        if (message.languageHint() != null) {
            return message.languageHint();
        }
        return asker.map(p -> p.person().language() == null ? null : p.language() == Language.ENGLISH ? "en" : "sv")
                .orElse(null);
    }
}
