package se.samverkansbot.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.register.Body;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.StrategicArea;
import se.samverkansbot.register.Structure;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/** Who represents whom, who holds a role, who a person is and where they sit. */
public final class PeopleAnswers {

    Reply representation(
            Utterance u, List<Mention.OfParty> parties, List<Mention.OfBody> bodies, List<ForumRef> forums) {
        Phrasing say = u.say();
        StringBuilder text = new StringBuilder();
        for (Mention.OfParty mention : parties) {
            Party party = mention.party();
            List<String> lines =
                    seatLines(u, mention.structure(), forums, seat -> party.id().equals(seat.party()));
            String notAPrincipal = party.principal()
                    ? ""
                    : say.say(
                                    // Not "part": the parties are the principals ("Parterna i denna samverkan är
                                    // Region Västernorrland och länets sju kommuner").
                                    "%s stödjer samverkan i %s men är varken part eller huvudman: det fattar inga beslut"
                                            + " i den. Huvudmännen är %s.",
                                    "%s supports the collaboration in %s but is neither a party nor a principal: it takes"
                                            + " no decisions in it. The principals are %s.")
                            .formatted(
                                    party.name(),
                                    mention.structure().name(),
                                    say.join(mention.structure().parties().stream()
                                            .filter(Party::principal)
                                            .map(Party::name)
                                            .toList()));
            if (lines.isEmpty()
                    && !notAPrincipal.isEmpty()
                    && ASKS_ABOUT_PRINCIPALS.matcher(u.text()).find()) {
                // "Är Kommunförbundet en av huvudmännen i HälSam?": that it is not is the answer, not its seats.
                text.append(say.say("Nej. ", "No. ")).append(notAPrincipal);
            } else if (lines.isEmpty() && u.asksAboutAnotherDay()) {
                text.append(Successors.noneRegistered(
                        u,
                        mention.structure(),
                        forums,
                        party.name(),
                        seat -> party.id().equals(seat.party())));
                if (!notAPrincipal.isEmpty()) {
                    // "Får Kommunförbundet en presidiepost nästa mandatperiod?": no successor, and why none is due.
                    text.append(' ').append(notAPrincipal);
                }
            } else if (lines.isEmpty()) {
                text.append(say.say(
                                "Registret har ingen aktuell plats för %s i %s.",
                                "The register has no current seat for %s in %s.")
                        .formatted(party.name(), where(say, mention.structure(), forums)));
                if (!notAPrincipal.isEmpty()) {
                    text.append(' ').append(notAPrincipal);
                }
            } else {
                if (u.asksHowMany()) {
                    // "Hur många ledamöter har regionen i HälSam?": the number first, then the seats it counts.
                    Seats.Headcount seats = Seats.headcount(seatsIn(
                            u, mention.structure(), forums, seat -> party.id().equals(seat.party())));
                    text.append(say.say("%s har %s %s i %s%s.", "%s has %s %s in %s%s.")
                                    .formatted(
                                            party.name(),
                                            seats.said(say),
                                            seats.seats() == 1 && seats.exact()
                                                    ? say.say("plats", "seat")
                                                    : say.say("platser", "seats"),
                                            where(say, mention.structure(), forums),
                                            on(u)))
                            .append(seats.unstatedSaid(say))
                            .append(' ');
                }
                text.append(say.say("%s representeras i %s%s av:", "%s is represented in %s%s by:")
                                .formatted(party.name(), where(say, mention.structure(), forums), on(u)))
                        .append('\n')
                        .append(Guidance.bullets(lines));
                if (u.asksWho()
                        && seatsIn(
                                        u,
                                        mention.structure(),
                                        forums,
                                        seat -> party.id().equals(seat.party()))
                                .stream()
                                .allMatch(seat -> seat.person() == null)) {
                    // "Vem representerar Ragunda i RSR?": the seats answer by role; that nobody is named is said.
                    text.append('\n')
                            .append(say.say(
                                    "Registret anger inte vem som har platserna, bara platserna.",
                                    "The register does not say who holds the seats, only the seats."));
                }
            }
            text.append("\n\n");
        }
        for (Mention.OfBody mention : bodies) {
            Body body = mention.body();
            String name = body.name()
                    + mention.structure()
                            .party(body.party())
                            .map(p -> ", " + p.name())
                            .orElse("");
            List<String> lines =
                    seatLines(u, mention.structure(), forums, seat -> body.id().equals(seat.body()));
            if (lines.isEmpty() && u.asksAboutAnotherDay()) {
                text.append(Successors.noneRegistered(
                                u,
                                mention.structure(),
                                forums,
                                name,
                                seat -> body.id().equals(seat.body())))
                        .append("\n\n");
                continue;
            }
            text.append(
                    lines.isEmpty()
                            ? say.say(
                                            "Registret har ingen aktuell plats för %s.",
                                            "The register has no current seat for %s.")
                                    .formatted(name)
                            : say.say("%s representeras av:", "%s is represented by:")
                                            .formatted(name) + "\n" + Guidance.bullets(lines));
            text.append("\n\n");
        }
        return Reply.plain(text.toString().strip(), u.language());
    }

    /** "huvudman", "huvudmännen", "principal(s)": the question is about who decides, which a party may not be. */
    private static final java.util.regex.Pattern ASKS_ABOUT_PRINCIPALS =
            java.util.regex.Pattern.compile("(?iuU)\\b(huvudm[aä]n\\p{L}*|principals?)\\b");

    /**
     * English ways of naming the titles the register holds, as the register writes them; longer names first, so
     * that "heads of social services" is read whole and not as "head of social services" with an "s" left over.
     */
    private static final List<java.util.Map.Entry<String, String>> ENGLISH_TITLES = java.util.stream.Stream.of(
                    java.util.Map.entry("social services chief", "socialchef"),
                    java.util.Map.entry("heads of social services", "socialchef"),
                    java.util.Map.entry("head of social services", "socialchef"),
                    java.util.Map.entry("directors of social services", "socialchef"),
                    java.util.Map.entry("director of social services", "socialchef"),
                    java.util.Map.entry("school chief", "skolchef"),
                    java.util.Map.entry("school heads", "skolchef"),
                    java.util.Map.entry("school head", "skolchef"),
                    java.util.Map.entry("head of education", "skolchef"),
                    java.util.Map.entry("social services head", "socialchef"),
                    java.util.Map.entry("social services directors", "socialchef"),
                    java.util.Map.entry("social services director", "socialchef"),
                    java.util.Map.entry("social director", "socialchef"),
                    java.util.Map.entry("social chief", "socialchef"),
                    java.util.Map.entry("head of social care", "socialchef"),
                    java.util.Map.entry("school directors", "skolchef"),
                    java.util.Map.entry("school director", "skolchef"),
                    java.util.Map.entry("schools director", "skolchef"),
                    java.util.Map.entry("education director", "skolchef"),
                    java.util.Map.entry("education chief", "skolchef"),
                    java.util.Map.entry("coordinating director", "samordningsdirektör"),
                    java.util.Map.entry("heads of schools", "skolchef"),
                    java.util.Map.entry("heads of school", "skolchef"),
                    java.util.Map.entry("head of schools", "skolchef"),
                    java.util.Map.entry("head of school", "skolchef"),
                    java.util.Map.entry("director of education", "skolchef"),
                    java.util.Map.entry("coordination director", "samordningsdirektör"),
                    java.util.Map.entry("director of coordination", "samordningsdirektör"),
                    java.util.Map.entry("area director", "områdesdirektör"))
            .sorted(java.util.Comparator.comparingInt((java.util.Map.Entry<String, String> e) ->
                            e.getKey().length())
                    .reversed())
            .toList();

    /**
     * People by their title, and organisation when the question names one: "vem är socialchef i Sundsvall?",
     * "who is the school chief in Ånge?". Empty when no title of the register's people is in the question.
     */
    java.util.Optional<Reply> byTitle(Utterance u, List<Structure> structures) {
        String asked = u.text().toLowerCase(java.util.Locale.ROOT);
        for (var english : ENGLISH_TITLES) {
            asked = asked.replace(english.getKey(), english.getValue());
        }
        List<String> words = se.samverkansbot.text.Words.tokens(asked);
        Set<String> titleWords = titleWords(structures);
        if (words.stream()
                        .noneMatch(
                                w -> titleWords.contains(w) || titleWords.contains(se.samverkansbot.text.Words.stem(w)))
                && words.stream()
                        .noneMatch(w -> w.length() >= 6
                                && titleWords.stream()
                                        .anyMatch(t -> t.length() >= 6
                                                && Math.abs(t.length() - w.length()) <= 1
                                                && se.samverkansbot.text.Words.sameWord(w, t)))) {
            // Most questions name no title: one look at the register's title words, not at every person.
            return java.util.Optional.empty();
        }
        Set<String> parties = new java.util.HashSet<>();
        u.all(Mention.OfParty.class).forEach(p -> parties.add(p.party().id()));
        List<String> lines = new ArrayList<>();
        String titleAsked = null;
        for (Structure structure : structures) {
            for (Person person : structure.people()) {
                if (person.title() == null) {
                    continue;
                }
                List<String> title = se.samverkansbot.text.Words.tokens(person.title());
                boolean named = !title.isEmpty()
                        && title.stream()
                                .allMatch(t -> words.stream()
                                        .anyMatch(w -> w.equals(t)
                                                || t.length() >= 6 && se.samverkansbot.text.Words.sameWord(w, t)));
                if (named && titleAsked == null) {
                    titleAsked = person.title();
                }
                if (named && (parties.isEmpty() || parties.contains(person.party()))) {
                    lines.add(person.name() + ", " + person.title()
                            + structure
                                    .party(person.party())
                                    .map(p -> ", " + p.name())
                                    .orElse("")
                            + " (" + structure.name() + ")");
                }
            }
        }
        if (lines.isEmpty() && titleAsked != null) {
            // "Vem är skolchef i Kramfors?": the register knows that title, but of nobody there. Saying so is the
            // answer; the seats of the municipality (the next answer to reach for) would only look like one.
            List<String> named = u.all(Mention.OfParty.class).stream()
                    .map(p -> p.party().name())
                    .distinct()
                    .toList();
            return java.util.Optional.of(Reply.plain(
                    u.say()
                            .say(
                                    "Det vet jag inte: registret har ingen med titeln %s hos %s; det håller bara de"
                                            + " personer som underlagen nämner.",
                                    "I don't know: the register has nobody with the title %s at %s; it holds only the"
                                            + " people the documents name.")
                            .formatted(
                                    titleAsked.toLowerCase(java.util.Locale.ROOT),
                                    u.say().join(named)),
                    u.language()));
        }
        if (lines.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (u.asksHowMany()) {
            // "Hur många skolchefer var med i arbetsgruppen?": the number the register holds, then who.
            return java.util.Optional.of(Reply.plain(
                    u.say()
                                    .say("Registret har %s med den titeln:\n", "The register has %s with that title:\n")
                                    .formatted(u.say().number(lines.size()))
                            + Guidance.bullets(lines),
                    u.language()));
        }
        return java.util.Optional.of(Reply.plain(
                (lines.size() == 1 ? "" : u.say().say("Registret har:\n", "The register has:\n"))
                        + (lines.size() == 1 ? lines.getFirst() + "." : Guidance.bullets(lines)),
                u.language()));
    }

    private volatile List<Structure> titledStructures;
    private volatile Set<String> titleWords;

    /** The words of every title in the register (and their stems), computed once per register. */
    private Set<String> titleWords(List<Structure> structures) {
        if (titledStructures != structures || titleWords == null) {
            Set<String> words = new java.util.HashSet<>();
            for (Structure structure : structures) {
                for (Person person : structure.people()) {
                    if (person.title() != null) {
                        for (String word : se.samverkansbot.text.Words.tokens(person.title())) {
                            words.add(word);
                            words.add(se.samverkansbot.text.Words.stem(word));
                        }
                    }
                }
            }
            titleWords = Set.copyOf(words);
            titledStructures = structures;
        }
        return titleWords;
    }

    Reply roleHolders(Utterance u, Set<SeatRole> roles, List<ForumRef> forums) {
        Phrasing say = u.say();
        Set<StrategicArea> areas = u.areas();
        StringBuilder text = new StringBuilder();
        for (ForumRef ref : forums) {
            List<Seat> onForum = ref.structure().seatsOn(ref.forum().id(), u.asOf());
            List<Seat> seats = onForum.stream()
                    .filter(seat -> roles.contains(seat.role()) || convenesForSeveralChairs(seat, roles, onForum))
                    .filter(seat -> areas.isEmpty() || seat.area() == null || areas.contains(seat.area()))
                    .toList();
            if (seats.isEmpty()) {
                continue;
            }
            // "Hur många ordförande har presidiet?" asks for the number first.
            long held =
                    seats.stream().filter(seat -> roles.contains(seat.role())).count();
            String count = u.asksHowMany()
                    ? (held == 1
                                    ? say.say(" har en plats för %2$s", " has one seat for %2$s")
                                    : say.say(" har %s platser för %s", " has %s seats for %s"))
                            .formatted(
                                    say.number(held),
                                    say.join(roles.stream()
                                            .map(role -> say.label(role).toLowerCase(java.util.Locale.ROOT))
                                            .toList()))
                    : "";
            text.append(say.forum(ref))
                    .append(count)
                    .append(":\n")
                    .append(Guidance.bullets(seats.stream()
                            .map(seat -> Seats.describe(ref.structure(), seat, say))
                            .toList()));
            if (seats.stream().allMatch(seat -> seat.person() == null)) {
                text.append('\n')
                        .append(say.say(
                                "Registret anger inte vem som har platsen, bara platsen.",
                                "The register does not say who holds the seat, only the seat."));
            }
            text.append("\n\n");
        }
        if (text.isEmpty() && u.asOf().isAfter(u.today())) {
            String roleNames = say.join(roles.stream().map(say::label).toList());
            return Reply.plain(
                    forums.stream()
                            .map(ref -> Successors.noneRegistered(
                                    u, ref.structure(), List.of(ref), roleNames, seat -> roles.contains(seat.role())))
                            .limit(3)
                            .collect(java.util.stream.Collectors.joining("\n\n")),
                    u.language());
        }
        if (text.isEmpty()) {
            List<String> roleNames = roles.stream().map(say::label).toList();
            return Reply.plain(
                    say.say("Registret anger ingen %s för %s.", "The register names no %s for %s.")
                            .formatted(
                                    say.join(roleNames),
                                    say.join(forums.stream().map(say::forum).toList())),
                    u.language());
        }
        return Reply.plain(text.toString().strip(), u.language());
    }

    /**
     * "Who chairs HälSam?" of a presidium of three chairs, one per area: the one of them who convenes is who chairs
     * the whole, so the convener's seat belongs in the answer.
     */
    private static boolean convenesForSeveralChairs(Seat seat, Set<SeatRole> roles, List<Seat> onForum) {
        return seat.role() == SeatRole.CONVENER
                && roles.contains(SeatRole.CHAIR)
                && onForum.stream().filter(s -> s.role() == SeatRole.CHAIR).count() > 1;
    }

    private static final Set<String> SUCCESSION_WORDS = Set.of(
            "eftertradare",
            "eftertradde",
            "ersatte",
            "ersattare",
            "ersatts",
            "replaced",
            "replacement",
            "successor",
            "succeeded");

    /**
     * "Who replaced Kent Ylvesson?": whoever holds the same seat after the person's ended, or that the register names
     * nobody (the register holds seats, not jobs; a job's successor it cannot know).
     */
    private static String successors(Phrasing say, Structure structure, Person person) {
        List<String> after = structure.seats().stream()
                .filter(seat ->
                        person.id().equals(seat.person()) && seat.period().to() != null)
                .flatMap(ended -> structure.seats().stream()
                        .filter(next -> next.sameSeatAs(ended)
                                && !person.id().equals(next.person())
                                && next.period().from() != null
                                && next.period().from().isAfter(ended.period().to())))
                .map(next -> Seats.describe(structure, next, say))
                .distinct()
                .toList();
        if (after.isEmpty()) {
            return say.say(
                            "Registret har ingen uppgift om någon efterträdare till %s.",
                            "The register names no successor to %s.")
                    .formatted(person.name());
        }
        return say.say("Efter %s: %s.", "After %s: %s.").formatted(person.name(), String.join("; ", after));
    }

    /** "I vilken kommun jobbar …?": the question asks where a person works. */
    private static final java.util.regex.Pattern ASKS_WHERE_ONE_WORKS = java.util.regex.Pattern.compile(
            "(?iuU)\\b(jobbar|arbetar|works?|working|kommun|municipality|organisation|organization)\\b");

    /** "Vad har … för titel?", "är … ordförande eller tjänsteperson?": the question asks as what a person works. */
    private static final java.util.regex.Pattern ASKS_AS_WHAT = java.util.regex.Pattern.compile(
            "(?iuU)\\b(titel|titeln|title|roll|role|tjänsteperson|tjansteperson|tjänsteman|tjansteman|official"
                    + "|politiker|politician|ordf|ordförande|ordforande|chair)\\b");

    /**
     * Each person named, one after the other: "Örjan Abrahamsson och Kent Ylvesson – vem är skolchef var?" got only
     * the first, which left the second's municipality to be guessed.
     */
    Reply persons(Utterance u, List<Mention.OfPerson> named) {
        java.util.Map<String, Mention.OfPerson> byId = new java.util.LinkedHashMap<>();
        named.forEach(mention -> byId.putIfAbsent(mention.person().id(), mention));
        List<Reply> replies = byId.values().stream()
                .map(mention -> person(u, mention.structure(), mention.person()))
                .toList();
        if (replies.size() == 1) {
            return replies.getFirst();
        }
        return new Reply(
                String.join("\n\n", replies.stream().map(Reply::text).toList()),
                u.language(),
                replies.stream().flatMap(reply -> reply.parts().stream()).toList());
    }

    Reply person(Utterance u, Structure structure, Person person) {
        Phrasing say = u.say();
        StringBuilder text = new StringBuilder();
        // What the register lacks of what is asked, said first: the rest alone would read as the answer.
        boolean noTitle =
                person.title() == null && ASKS_AS_WHAT.matcher(u.text()).find();
        boolean noWorkplace =
                person.party() == null && ASKS_WHERE_ONE_WORKS.matcher(u.text()).find();
        String missing = noTitle && person.party() == null || noWorkplace && person.title() == null
                ? say.say("varken titel eller organisation", "no title or organisation")
                : noTitle
                        ? say.say("ingen titel", "no title")
                        : noWorkplace ? say.say("ingen organisation", "no organisation") : null;
        if (missing != null) {
            text.append(say.say(
                                    "Det vet jag inte: registret anger %s för %s.",
                                    "I don't know: the register gives %s for %s.")
                            .formatted(missing, person.name()))
                    .append('\n');
        } else if (u.asOf().isAfter(u.today()) && person.title() != null) {
            // "Är Denise Wallén fortfarande socialchef i Sundsvall nästa år?": a title is kept without a period, so
            // the register says nothing of a day to come; the title alone read as yes.
            text.append(say.say(
                            "Det vet jag inte: registret anger inte hur länge titeln gäller, bara vad som står nu.",
                            "I don't know: the register does not say how long the title holds, only what it says"
                                    + " now."))
                    .append('\n');
        }
        text.append(person.name());
        List<String> about = new ArrayList<>();
        if (person.title() != null) {
            about.add(person.title());
        }
        structure.body(person.body()).ifPresent(body -> about.add(body.name()));
        structure.party(person.party()).ifPresent(party -> about.add(party.name()));
        if (!about.isEmpty()) {
            text.append(": ").append(String.join(", ", about));
        }
        text.append(" (").append(structure.name()).append(").");
        if (person.note() != null) {
            text.append(' ').append(person.note());
        }
        PersonalDetail.askedIn(u)
                .ifPresent(detail -> text.append(' ')
                        .append(
                                detail == PersonalDetail.EMAIL
                                                && person.contacts().email() != null
                                        // The register holds this address, but only to recognise the person in chat.
                                        ? say.say(
                                                "E-postadresser lämnar jag inte ut; de används bara för att känna igen personer i"
                                                        + " chatten. Fråga forumets sekreterare.",
                                                "I don't give out e-mail addresses; they are used only to recognise people in"
                                                        + " chat. Ask the forum's secretary.")
                                        : say.say(
                                                        "Registret har ingen uppgift om %s för %s; fråga forumets sekreterare.",
                                                        "The register has no %s for %s; ask the forum's secretary.")
                                                .formatted(
                                                        say.say(detail.swedish(), detail.english()), person.name())));
        if (u.words().stream().anyMatch(SUCCESSION_WORDS::contains)
                || u.words().contains("took") && u.words().contains("over")) {
            text.append(' ').append(successors(say, structure, person));
        }
        List<String> seats = structure.seats().stream()
                .filter(seat -> person.id().equals(seat.person()))
                .map(seat -> {
                    Forum forum = structure.forum(seat.forum()).orElseThrow();
                    String ended = forum.isActiveOn(u.today()) || forum.validTo() == null
                            ? ""
                            : say.say(", forumet upphörde ", ", the forum ended ")
                                    + forum.validTo().display(u.language());
                    String period = say.period(seat.period());
                    return forum.name() + " – " + say.label(seat.role()) + (period.isEmpty() ? "" : " (" + period + ")")
                            + ended;
                })
                .toList();
        if (!seats.isEmpty()) {
            text.append('\n')
                    .append(say.say("Sitter i:", "Sits in:"))
                    .append('\n')
                    .append(Guidance.bullets(seats));
        }
        return new Reply(
                text.toString(),
                u.language(),
                seats.isEmpty() ? List.of() : List.of(new ReplyPart.Items(person.name(), seats)));
    }

    Reply myForums(Utterance u) {
        Phrasing say = u.say();
        if (u.asker().isEmpty()) {
            return unknownAsker(say);
        }
        RegisteredPerson me = u.asker().get();
        List<Seat> seats = me.structure().seatsOn(u.today()).stream()
                .filter(seat -> me.person().id().equals(seat.person()))
                .toList();
        if (seats.isEmpty()) {
            return Reply.plain(
                    say.say(
                                    "Registret har ingen aktuell plats för dig (%s) i %s.",
                                    "The register has no current seat for you (%s) in %s.")
                            .formatted(me.person().name(), me.structure().name()),
                    u.language());
        }
        List<String> lines = seats.stream()
                .map(seat -> me.structure().forum(seat.forum()).map(Forum::name).orElse(seat.forum()) + " – "
                        + say.label(seat.role()))
                .toList();
        return Reply.plain(say.say("Du sitter i:", "You sit in:") + "\n" + Guidance.bullets(lines), u.language());
    }

    /** As {@link #unknownAsker(Phrasing)}, naming what cannot be done: "… så jag kan inte visa dina ärenden." */
    public static Reply unknownAsker(Phrasing say, String what) {
        return Reply.plain(
                say.say(
                                "Jag vet inte vem du är, så jag kan inte %s. Be sekreteraren för ditt forum att lägga in dig i "
                                        + "registret (med din e-postadress), så känner jag igen dig.",
                                "I don't know who you are, so I can't %s. Ask the secretary of your forum to add you to the "
                                        + "register (with your email address) and I will recognise you.")
                        .formatted(what),
                say.language());
    }

    public static Reply unknownAsker(Phrasing say) {
        return Reply.plain(
                say.say(
                        "Jag vet inte vem du är, så jag kan inte svara på frågor om dina forum. Be sekreteraren för ditt forum att "
                                + "lägga in dig i registret (med din e-postadress), så känner jag igen dig.",
                        "I don't know who you are, so I can't answer questions about your forums. Ask the secretary of your forum to add "
                                + "you to the register (with your email address) and I will recognise you."),
                say.language());
    }

    private interface SeatFilter {
        boolean test(Seat seat);
    }

    private static List<String> seatLines(Utterance u, Structure structure, List<ForumRef> forums, SeatFilter filter) {
        return seatsIn(u, structure, forums, filter).stream()
                .map(seat -> (forums.size() == 1
                                ? ""
                                : structure.forum(seat.forum()).map(Forum::name).orElse(seat.forum()) + ": ")
                        + Seats.describe(structure, seat, u.say()))
                .toList();
    }

    private static List<Seat> seatsIn(Utterance u, Structure structure, List<ForumRef> forums, SeatFilter filter) {
        return structure.seatsOn(u.asOf()).stream()
                .filter(filter::test)
                .filter(seat -> forums.isEmpty()
                        || forums.stream().anyMatch(f -> f.forum().id().equals(seat.forum())))
                .toList();
    }

    /** " den 1 januari 2027" when the question is about another day than today; the answer says which. */
    static String on(Utterance u) {
        return u.asksAboutAnotherDay()
                ? u.say().say(" den %s", " on %s").formatted(u.say().date(u.asOf()))
                : "";
    }

    private static String where(Phrasing say, Structure structure, List<ForumRef> forums) {
        return forums.size() == 1 ? say.forum(forums.getFirst()) : structure.name();
    }
}
