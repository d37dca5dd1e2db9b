package se.samverkansbot.answering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import se.samverkansbot.answering.RegisterIndex.PersonInStructure;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.Reply;
import se.samverkansbot.conversation.ReplyPart;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.meeting.YearWheel;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.Structure;
import se.samverkansbot.text.Words;

/**
 * Answers a member's question from the register, in Swedish or English. It states only what the register
 * holds: what it does not know it says it does not know, and a name that fits several things gets a
 * clarifying question instead of a guess.
 */
public final class QuestionAnswering {
    public static final int MAX_QUESTION_CHARS = 2000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final Set<String> FIRST_PERSON = Set.of("jag", "mig", "min", "mitt", "mina", "me", "my", "mine");

    private final Supplier<Register> register;
    private final Meetings meetings;
    private final Clock clock;
    private final Linker linker = new Linker();
    private final IntentClassifier classifier = new IntentClassifier();
    private final LanguageGuess languages = new LanguageGuess();
    private final ForumAnswers forums = new ForumAnswers();
    private final PeopleAnswers people = new PeopleAnswers();
    private final StructureAnswers structures = new StructureAnswers();
    private final MeetingAnswers meetingAnswers;
    private volatile RegisterIndex index;

    public QuestionAnswering(Supplier<Register> register, Meetings meetings, Clock clock) {
        this.register = register;
        this.meetings = meetings;
        this.clock = clock;
        this.meetingAnswers = new MeetingAnswers(meetings);
    }

    public Reply answer(InboundMessage message) {
        Language hint = message.languageHint() == null ? null : Language.fromTag(message.languageHint());
        String text = message.text() == null
                ? ""
                : CONTROL.matcher(message.text()).replaceAll(" ").strip();
        if (text.length() > MAX_QUESTION_CHARS) {
            List<String> start = Words.tokens(text.substring(0, 400));
            return Guidance.tooLong(new Phrasing(languages.guess(start, hint)), MAX_QUESTION_CHARS);
        }
        List<String> words = Words.tokens(text);
        Language language = languages.guess(words, hint);
        if (words.isEmpty()) {
            return Guidance.emptyQuestion(new Phrasing(language));
        }
        RegisterIndex index = index();
        Optional<PersonInStructure> asker = Optional.ofNullable(message.sender())
                .flatMap(sender -> index.person(sender.userId()).or(() -> index.person(sender.email())));
        LocalDate today = LocalDate.now(clock.withZone(Phrasing.SWEDEN));
        Question question =
                new Question(words, linker.link(words, index), classifier.classify(words), language, asker, today);
        return answer(question, text);
    }

    /** The register's person id for a platform identity, email, id or name, if the register knows them. */
    public Optional<String> personIdOf(String identity) {
        return index().person(identity).map(found -> found.person().id());
    }

    /** The question as understood, for other conversation parts (commands) that need the same linking. */
    Question understand(String text, Optional<PersonInStructure> asker, Language language) {
        List<String> words = Words.tokens(text);
        LocalDate today = LocalDate.now(clock.withZone(Phrasing.SWEDEN));
        return new Question(words, linker.link(words, index()), classifier.classify(words), language, asker, today);
    }

    Optional<PersonInStructure> asker(InboundMessage message) {
        RegisterIndex index = index();
        return Optional.ofNullable(message.sender())
                .flatMap(sender -> index.person(sender.userId()).or(() -> index.person(sender.email())));
    }

    Language language(String text, String hint) {
        return languages.guess(Words.tokens(text), hint == null ? null : Language.fromTag(hint));
    }

    RegisterIndex index() {
        Register current = register.get();
        RegisterIndex cached = index;
        if (cached == null || cached.register() != current) {
            cached = new RegisterIndex(current);
            index = cached;
        }
        return cached;
    }

    private Reply answer(Question q, String text) {
        List<Structure> all = register.get().structures();
        List<Structure> about = q.structures(all);
        ForumSubject subject = ForumSubject.of(q, all);
        if (subject.isAmbiguous()) {
            return clarify(q, text, subject.ambiguousBetween());
        }
        List<ForumRef> forumList = subject.forums();
        Set<SeatRole> roles = q.roles();
        switch (q.intent) {
            case HELP:
                return Guidance.help(q.say);
            case THANKS:
                return Guidance.thanks(q.say);
            case GREETING:
                if (q.matches().isEmpty()) {
                    return Guidance.greeting(q.say);
                }
                break;
            case MY_FORUMS:
                return people.myForums(q);
            case YEAR_WHEEL:
                return yearWheel(q, about);
            case NEXT_MEETING, AGENDA, DEADLINES:
                return meetingQuestion(q, forumList, about);
            case DECISIONS:
                return structures.decisions(q, about);
            case PARTIES:
                return structures.parties(q, about);
            case AREAS:
                return structures.areas(q, about);
            case LEVELS, FORUMS:
                return structures.levels(q, about);
            case MILESTONES:
                return forumList.isEmpty() ? structures.milestones(q, about) : forums.history(q, forumList);
            case ADMIN_SUPPORT:
                return structures.adminSupport(q, about);
            case ABBREVIATION:
                return abbreviation(q, forumList);
            default:
                break;
        }
        if (!roles.isEmpty()
                && Set.of(Intent.PERSON, Intent.MEMBERS, Intent.ABOUT, Intent.REPRESENTS, Intent.GREETING)
                        .contains(q.intent)
                && q.all(Mention.OfParty.class).isEmpty()
                && q.all(Mention.OfPerson.class).isEmpty()) {
            if (forumList.isEmpty() && q.all(Mention.OfStructure.class).isEmpty()) {
                List<ForumRef> holding = forumsWithRoleInArea(q, allForums(q, about), roles);
                return holding.isEmpty() ? askWhichForum(q, about) : people.roleHolders(q, roles, holding);
            }
            return people.roleHolders(q, roles, forumList.isEmpty() ? allForums(q, about) : forumList);
        }
        if (q.intent == Intent.REPRESENTS || q.intent == Intent.ABOUT && forumList.size() <= 1) {
            Optional<Reply> representation = representation(q, text, forumList);
            if (representation.isPresent()) {
                return representation.get();
            }
        }
        Optional<List<Mention.OfPerson>> ambiguousPerson = q.ambiguous(Mention.OfPerson.class);
        if (ambiguousPerson.isPresent() && forumList.isEmpty()) {
            return clarifyMentions(
                    q,
                    text,
                    ambiguousPerson.get().stream()
                            .map(p -> p.person().name() + " (" + p.structure().name() + ")")
                            .toList());
        }
        List<Mention.OfPerson> persons = q.all(Mention.OfPerson.class);
        if (!persons.isEmpty() && (q.intent == Intent.PERSON || q.intent == Intent.ABOUT || forumList.isEmpty())) {
            return people.person(
                    q, persons.getFirst().structure(), persons.getFirst().person());
        }
        if (!forumList.isEmpty()) {
            return switch (q.intent) {
                case FREQUENCY -> forums.frequency(q, forumList);
                case MANDATE -> forums.mandate(q, forumList);
                case REPORTS_TO -> forums.reportsTo(q, forumList);
                case SUBORDINATES -> forums.subordinates(q, forumList);
                case MEMBERS, REPRESENTS, PERSON -> forums.members(q, forumList);
                case HISTORY -> forums.history(q, forumList);
                default -> forums.about(q, forumList);
            };
        }
        return structureLevel(q, about);
    }

    /** The årshjul: every meeting and deadline of the structure in the year asked for (this year by default). */
    private Reply yearWheel(Question q, List<Structure> about) {
        int year = q.year().orElse(q.today.getYear());
        StringBuilder text = new StringBuilder();
        for (Structure structure : about) {
            List<YearWheel.Entry> entries = new YearWheel(meetings).of(structure.id(), year);
            if (entries.isEmpty()) {
                text.append(q.say.say(
                                        "Årshjulet för %s %d har inga möten inlagda ännu. Mötesdatum läggs in av forumens sekreterare "
                                                + "(som schema i strukturfilen).",
                                        "The year wheel of %s for %d has no meetings entered yet. Meeting dates are "
                                                + "entered by the forums' secretaries (as a schedule in the structure file).")
                                .formatted(structure.name(), year))
                        .append("\n\n");
                continue;
            }
            List<String> lines = entries.stream()
                    .map(e -> q.say.dateTime(e.at()) + " – "
                            + Phrasing.capitalize(q.say.label(e.kind())) + " – "
                            + structure.forum(e.forumId()).map(Forum::name).orElse(e.forumId())
                            + (e.status() == se.samverkansbot.meeting.MeetingStatus.CANCELLED
                                    ? q.say.say(" (inställt)", " (cancelled)")
                                    : ""))
                    .toList();
            text.append(q.say.say("Årshjul för %s %d:", "Year wheel of %s for %d:")
                            .formatted(structure.name(), year))
                    .append('\n')
                    .append(Guidance.bullets(lines.subList(0, Math.min(lines.size(), 40))));
            if (lines.size() > 40) {
                text.append('\n')
                        .append(q.say.say("… och %d till.", "… and %d more.").formatted(lines.size() - 40));
            }
            text.append("\n\n");
        }
        return Reply.plain(text.toString().strip(), q.language);
    }

    private Reply meetingQuestion(Question q, List<ForumRef> forumList, List<Structure> about) {
        List<ForumRef> subject = forumList;
        if (subject.isEmpty() && q.asker.isPresent() && (mentionsNothing(q) || firstPerson(q))) {
            subject = askerForums(q);
            if (subject.isEmpty()) {
                return people.myForums(q);
            }
        }
        if (subject.isEmpty() && firstPerson(q) && q.asker.isEmpty()) {
            return PeopleAnswers.unknownAsker(q.say);
        }
        if (subject.isEmpty() && q.namesStructureOnly()) {
            subject = allForums(q, about);
        }
        if (subject.isEmpty()) {
            return askWhichForum(q, about);
        }
        return switch (q.intent) {
            case AGENDA -> meetingAnswers.agenda(q, subject, clock.instant());
            case DEADLINES -> meetingAnswers.deadlines(q, subject, clock.instant());
            default -> meetingAnswers.next(q, subject, clock.instant());
        };
    }

    private Optional<Reply> representation(Question q, String text, List<ForumRef> forumList) {
        Optional<List<Mention.OfParty>> ambiguousParty = q.ambiguous(Mention.OfParty.class);
        if (ambiguousParty.isPresent()) {
            return Optional.of(clarifyMentions(
                    q,
                    text,
                    ambiguousParty.get().stream()
                            .map(p -> p.party().name() + " (" + p.structure().name() + ")")
                            .toList()));
        }
        List<Mention.OfParty> parties = q.all(Mention.OfParty.class);
        List<Mention.OfBody> bodies = q.all(Mention.OfBody.class);
        if (bodies.size() > 1 && !parties.isEmpty()) {
            // "socialnämnden i Sundsvall": the body of the party named.
            Set<String> partyIds =
                    parties.stream().map(p -> p.party().id()).collect(java.util.stream.Collectors.toSet());
            bodies = bodies.stream()
                    .filter(b -> partyIds.contains(b.body().party()))
                    .toList();
            parties = List.of();
        }
        if (parties.isEmpty() && bodies.isEmpty()) {
            return Optional.empty();
        }
        if (bodies.size() > 3 && q.intent == Intent.ABOUT) {
            return Optional.empty();
        }
        return Optional.of(people.representation(q, parties, bodies, forumList));
    }

    private Reply abbreviation(Question q, List<ForumRef> forumList) {
        List<Mention.OfTerm> terms = q.all(Mention.OfTerm.class);
        if (!terms.isEmpty()) {
            return structures.terms(q, terms);
        }
        if (!forumList.isEmpty()) {
            return forums.about(q, forumList);
        }
        List<String> unknown = q.unnamedWords().stream()
                .filter(w -> w.length() >= 2 && w.length() <= 20)
                .filter(w -> !Set.of(
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
                                "is")
                        .contains(w))
                .toList();
        String word = unknown.isEmpty() ? "" : " '" + unknown.getLast().toUpperCase(java.util.Locale.ROOT) + "'";
        return Reply.plain(
                q.say.say(
                                "Jag känner inte till förkortningen%s. Den finns inte i någon strukturs ordlista.",
                                "I don't know the abbreviation%s. It is not in any structure's glossary.")
                        .formatted(word),
                q.language);
    }

    private Reply structureLevel(Question q, List<Structure> about) {
        boolean namesAStructure = !q.all(Mention.OfStructure.class).isEmpty();
        if (!namesAStructure) {
            List<Mention.OfTerm> terms = q.all(Mention.OfTerm.class);
            if (!terms.isEmpty()) {
                return structures.terms(q, terms);
            }
            if (!q.roles().isEmpty() || !q.areas().isEmpty()) {
                return askWhichForum(q, about);
            }
            return Guidance.notUnderstood(q.say);
        }
        List<Structure> named = q.all(Mention.OfStructure.class).stream()
                .map(Mention.OfStructure::structure)
                .distinct()
                .toList();
        return switch (q.intent) {
            case HISTORY ->
                joined(q, named.stream().map(s -> structures.history(q, s)).toList());
            case MEMBERS, REPRESENTS -> structures.parties(q, named);
            case SUBORDINATES, REPORTS_TO -> structures.levels(q, named);
            case FREQUENCY ->
                forums.frequency(
                        q,
                        allForums(q, named).stream()
                                .filter(f -> f.forum().meets() != null)
                                .toList());
            default ->
                joined(q, named.stream().map(s -> structures.overview(q, s)).toList());
        };
    }

    private static Reply joined(Question q, List<Reply> replies) {
        List<ReplyPart> parts = new ArrayList<>();
        replies.forEach(r -> parts.addAll(r.parts()));
        return new Reply(String.join("\n\n", replies.stream().map(Reply::text).toList()), q.language, parts);
    }

    private Reply clarify(Question q, String text, List<ForumRef> candidates) {
        return clarifyMentions(q, text, candidates.stream().map(q.say::forum).toList());
    }

    /** A name fits several things: ask which, offering each as a button that asks the question again precisely. */
    private static Reply clarifyMentions(Question q, String text, List<String> candidates) {
        List<String> shown = candidates.subList(0, Math.min(candidates.size(), 10));
        String prompt = q.say.say("Vilken menar du?", "Which one do you mean?");
        List<ReplyPart.Choice> choices = shown.stream()
                .map(c -> new ReplyPart.Choice(c, text + " – " + c))
                .toList();
        return new Reply(
                prompt + "\n" + Guidance.bullets(shown), q.language, List.of(new ReplyPart.Choices(prompt, choices)));
    }

    private Reply askWhichForum(Question q, List<Structure> about) {
        List<String> main = new ArrayList<>();
        for (Structure structure : about) {
            structure.forums().stream()
                    .filter(f -> f.isActiveOn(q.today)
                            && f.level() != ForumLevel.LOCAL
                            && f.level() != ForumLevel.WORKING_GROUP)
                    .forEach(f -> main.add(f.name() + " (" + structure.name() + ")"));
        }
        List<String> shown = main.subList(0, Math.min(main.size(), 10));
        String prompt = q.say.say("Vilket forum menar du?", "Which forum do you mean?");
        return new Reply(
                prompt + "\n" + Guidance.bullets(shown),
                q.language,
                List.of(new ReplyPart.Choices(
                        prompt,
                        shown.stream()
                                .map(name -> new ReplyPart.Choice(name, name))
                                .toList())));
    }

    private static List<ForumRef> allForums(Question q, List<Structure> structures) {
        List<ForumRef> all = new ArrayList<>();
        for (Structure structure : structures) {
            for (Forum forum : structure.forums()) {
                if (forum.isActiveOn(q.today)) {
                    all.add(new ForumRef(structure, forum));
                }
            }
        }
        return all;
    }

    /** "ordförande för äldre": the forums where a seat with that role is tied to that strategic area. */
    private static List<ForumRef> forumsWithRoleInArea(Question q, List<ForumRef> forums, Set<SeatRole> roles) {
        if (q.areas().isEmpty()) {
            return List.of();
        }
        return forums.stream()
                .filter(ref ->
                        Seats.current(
                                        ref.structure(),
                                        ref.structure().seatsIn(ref.forum().id()),
                                        q.today)
                                .stream()
                                .anyMatch(seat ->
                                        roles.contains(seat.role()) && q.areas().contains(seat.area())))
                .toList();
    }

    private static List<ForumRef> askerForums(Question q) {
        PersonInStructure me = q.asker.orElseThrow();
        return Seats.current(me.structure(), me.structure().seats(), q.today).stream()
                .filter(seat -> me.person().id().equals(seat.person()))
                .map(seat -> me.structure().forum(seat.forum()).map(f -> new ForumRef(me.structure(), f)))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    private static boolean mentionsNothing(Question q) {
        return q.matches().isEmpty();
    }

    /** "mitt nästa möte", "my meetings"; the English "I" is left out, as it is also the Swedish "i" (in). */
    private static boolean firstPerson(Question q) {
        return q.words.stream().anyMatch(FIRST_PERSON::contains);
    }
}
