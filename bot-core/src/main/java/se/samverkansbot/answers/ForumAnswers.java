package se.samverkansbot.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.MeetingFrequency;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.Structure;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/** What a forum is: its mandate, rhythm, place in the structure, members and history. */
final class ForumAnswers {

    /**
     * What an abbreviated name stands for ("SVOM" → "Sociala vård- och omsorgsgruppen"): the glossary's meaning up to
     * its first ";", else the first alias whose initials spell the name. Empty for a name that is not an abbreviation.
     */
    static java.util.Optional<String> expansion(ForumRef ref) {
        String name = ref.forum().name();
        if (!ABBREVIATION.matcher(name).matches()) {
            return java.util.Optional.empty();
        }
        // A glossary meaning that does not spell the letters out says what the forum was, not what it stands for
        // (LAKO: "Det politiska samverkansorganet …").
        java.util.Optional<String> glossary = ref.structure().glossary().stream()
                .filter(term -> term.term().equalsIgnoreCase(name))
                .map(term -> term.meaning().split(";")[0].strip())
                .filter(meaning -> name.contains(" ") || Answers.spellsOut(name, meaning))
                .findFirst();
        if (glossary.isPresent()) {
            return glossary;
        }
        return ref.forum().aliases().stream()
                .filter(alias -> alias.contains(" ")
                        && Character.toLowerCase(alias.charAt(0)) == Character.toLowerCase(name.charAt(0)))
                .findFirst();
    }

    /** Whether the forum's name is written as letters ("SVOM", "BUZ", "SamReKo HSI"). */
    static boolean looksLikeAnAbbreviation(ForumRef ref) {
        return ABBREVIATION.matcher(ref.forum().name()).matches();
    }

    private static final java.util.regex.Pattern ABBREVIATION =
            java.util.regex.Pattern.compile("[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,7}(\\s[A-Z]{2,4})?");

    Reply about(Utterance u, List<ForumRef> forums) {
        Phrasing say = u.say();
        StringBuilder text = new StringBuilder();
        List<ReplyPart> parts = new ArrayList<>();
        for (ForumRef ref : forums.subList(0, Math.min(forums.size(), 5))) {
            Forum forum = ref.forum();
            List<ReplyPart.Fact> facts = new ArrayList<>();
            facts.add(new ReplyPart.Fact(
                    say.say("Struktur", "Structure"), ref.structure().name()));
            facts.add(new ReplyPart.Fact(say.say("Nivå", "Level"), say.label(forum.level())));
            if (forum.area() != null) {
                facts.add(new ReplyPart.Fact(say.say("Område", "Area"), say.label(forum.area())));
            }
            if (forum.meets() != null) {
                facts.add(new ReplyPart.Fact(say.say("Träffas", "Meets"), frequency(forum, say)));
            }
            reportsTo(ref)
                    .ifPresent(parent ->
                            facts.add(new ReplyPart.Fact(say.say("Rapporterar till", "Reports to"), parent.name())));
            text.append(forum.name())
                    .append(" (")
                    .append(ref.structure().name())
                    .append("): ");
            expansion(ref).ifPresent(words -> text.append(say.say("står för ", "stands for ") + words + ". "));
            text.append(Phrasing.capitalize(say.label(forum.level())));
            if (forum.area() != null && forum.area() != se.samverkansbot.register.StrategicArea.ALL) {
                text.append(", ").append(say.say("området ", "area ")).append(say.label(forum.area()));
            }
            text.append(".");
            history(u, ref).ifPresent(h -> text.append(' ').append(h));
            if (forum.mandate() != null && forum.mandate().summary() != null) {
                text.append('\n')
                        .append(say.say("Uppdrag: ", "Mandate: "))
                        .append(forum.mandate().summary());
            }
            if (forum.composition() != null) {
                text.append('\n')
                        .append(say.say("Sammansättning: ", "Composition: "))
                        .append(forum.composition());
            }
            if (forum.meets() != null) {
                text.append('\n').append(say.say("Träffas: ", "Meets: ")).append(frequency(forum, say));
            }
            reportsTo(ref)
                    .ifPresent(parent -> text.append('\n')
                            .append(say.say("Rapporterar till: ", "Reports to: "))
                            .append(parent.name()));
            // Who prepares a forum's matters is where a matter for it starts ("hur får man upp en fråga på
            // Barnarenan?"), and what a preparation group prepares is what it is for.
            List<String> preparedBy = ref.structure().forumsPreparingOn(forum.id(), u.today()).stream()
                    .map(Forum::name)
                    .toList();
            if (!preparedBy.isEmpty()) {
                text.append('\n')
                        .append(say.say("Bereds av: ", "Prepared by: "))
                        .append(say.join(preparedBy));
            }
            if (!forum.prepares().isEmpty()) {
                text.append('\n')
                        .append(say.say("Bereder ärenden åt: ", "Prepares matters for: "))
                        .append(say.join(forum.prepares().stream()
                                .map(id -> ref.structure()
                                        .forum(id)
                                        .map(Forum::name)
                                        .orElse(id))
                                .toList()));
            }
            if (forum.consultativeOnly() && forum.isActiveOn(u.today())) {
                text.append('\n')
                        .append(say.say(
                                "Forumet samråder; beslut fattas av huvudmännen.",
                                "The forum consults; decisions are taken by the principals."));
            }
            text.append("\n\n");
            parts.add(new ReplyPart.Facts(forum.name(), facts));
        }
        more(say, forums, text);
        return new Reply(text.toString().strip(), u.language(), parts);
    }

    /** "Hur många kommuner …", "how many municipalities …": the word counted is the one after "många"/"many". */
    private static boolean countsMunicipalities(Utterance u) {
        List<String> words = u.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if ((words.get(i).equals("manga") || words.get(i).equals("many"))
                    && Answers.MUNICIPALITY_WORDS.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "På uppdrag av länsledningen", "on behalf of the county leadership": the one giving the task, not doing it. */
    private static final java.util.regex.Pattern ON_BEHALF_OF = java.util.regex.Pattern.compile(
            "(?iuU)\\b(på|pa)\\s+uppdrag\\s+(av|från|fran)\\s+(\\p{L}+)|\\b(on\\s+behalf\\s+of|commissioned\\s+by"
                    + "|at\\s+the\\s+request\\s+of)\\s+(the\\s+)?(\\p{L}+)");

    /**
     * The forums whose tasks are asked for, without one named only as giving them: "vad ska länssamordningsgrupperna
     * göra på uppdrag av länsledningen?" asks for the groups' tasks, and Länsledningen's own ("ansvarar för
     * processerna") read as theirs.
     */
    private static List<ForumRef> withoutTheOneGivingTheTask(Utterance u, List<ForumRef> forums) {
        java.util.regex.Matcher giver = ON_BEHALF_OF.matcher(u.text());
        if (forums.size() < 2 || !giver.find()) {
            return forums;
        }
        String word = se.samverkansbot.text.Words.normalize(giver.group(3) != null ? giver.group(3) : giver.group(6));
        String stem = word.substring(0, Math.min(word.length(), 6));
        List<ForumRef> doing = forums.stream()
                .filter(ref -> java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(ref.forum().name()), ref.forum().aliases().stream())
                        .map(se.samverkansbot.text.Words::normalize)
                        .noneMatch(name -> name.startsWith(stem)))
                .toList();
        return doing.isEmpty() ? forums : doing;
    }

    Reply mandate(Utterance u, List<ForumRef> named) {
        List<ForumRef> forums = withoutTheOneGivingTheTask(u, named);
        Phrasing say = u.say();
        StringBuilder text = new StringBuilder();
        for (List<ForumRef> group : bySameMandate(forums)) {
            ForumRef ref = group.getFirst();
            Forum forum = ref.forum();
            if (forum.mandate() == null) {
                text.append(say.say(
                                "Registret har ingen beskrivning av uppdraget för %s.",
                                "The register has no description of the mandate of %s.")
                        .formatted(say.forum(ref)));
                if (forum.composition() != null) {
                    text.append(' ')
                            .append(say.say("Sammansättning: ", "Composition: "))
                            .append(forum.composition());
                }
            } else {
                text.append(say.say("Uppdrag för %s:", "Mandate of %s:").formatted(groupName(group, say)));
                if (forum.mandate().summary() != null) {
                    text.append(' ').append(forum.mandate().summary());
                }
                if (!forum.mandate().tasks().isEmpty()) {
                    text.append('\n').append(Guidance.bullets(forum.mandate().tasks()));
                }
            }
            if (forum.consultativeOnly()) {
                text.append('\n')
                        .append(say.say(
                                "Forumet samråder och bereder; formella beslut fattas av varje huvudman.",
                                "The forum consults and prepares; formal decisions are taken by each principal."));
            }
            text.append("\n\n");
        }
        return Reply.plain(text.toString().strip(), u.language());
    }

    /** Words that ask for the forums' meetings added up, not each forum's rhythm. */
    private static final java.util.regex.Pattern IN_ALL = java.util.regex.Pattern.compile(
            "(?iuU)\\b(sammanlagt|totalt|tillsammans|allt som allt|i alla|alla tre|in total|altogether|combined"
                    + "|all together|all three|between them)\\b");

    Reply frequency(Utterance u, List<ForumRef> forums) {
        Phrasing say = u.say();
        List<String> lines = new ArrayList<>();
        if (u.asksHowMany()
                && forums.size() > 1
                && IN_ALL.matcher(u.text()).find()
                && forums.stream()
                        .allMatch(ref -> ref.forum().meets() != null
                                && ref.forum().meets().timesPerYear() != null)) {
            // "Hur många möten blir det sammanlagt per år för alla tre länssamordningsgrupperna?": the sum first.
            int total = forums.stream()
                    .mapToInt(ref -> ref.forum().meets().timesPerYear())
                    .sum();
            lines.add(say.say("Sammanlagt %s möten per år för %d forum:", "%s meetings a year in all, for %d forums:")
                    .formatted(say.number(total), forums.size()));
        }
        Map<String, List<ForumRef>> byRhythm = new LinkedHashMap<>();
        forums.forEach(ref -> byRhythm.computeIfAbsent(
                        ref.structure().id() + "|" + frequency(ref.forum()), k -> new ArrayList<>())
                .add(ref));
        for (List<ForumRef> group : byRhythm.values()) {
            ForumRef first = group.getFirst();
            String names = say.join(group.stream().map(r -> r.forum().name()).toList()) + " ("
                    + first.structure().name() + ")";
            if (first.forum().meets() == null) {
                lines.add(say.say(
                                "Registret säger inte hur ofta %s träffas.",
                                "The register does not say how often %s meets.")
                        .formatted(names));
            } else {
                lines.add(say.say("%s träffas: %s.", "%s meets: %s.")
                        .formatted(names, frequencyClause(first.forum(), say)));
            }
        }
        return Reply.plain(String.join("\n", lines), u.language());
    }

    Reply reportsTo(Utterance u, List<ForumRef> forums) {
        Phrasing say = u.say();
        List<String> lines = new ArrayList<>();
        for (ForumRef ref : forums) {
            Forum forum = ref.forum();
            var parent = reportsTo(ref);
            if (parent.isPresent()) {
                lines.add(say.say("%s rapporterar till %s.", "%s reports to %s.")
                        .formatted(say.forum(ref), parent.get().name()));
            } else if (forum.prepares().isEmpty()) {
                lines.add(say.say(
                                        "Registret anger inget forum som %s rapporterar till.",
                                        "The register names no forum that %s reports to.")
                                .formatted(say.forum(ref))
                        + (forum.level() == ForumLevel.POLITICAL
                                ? " "
                                        + say.say(
                                                "Det är ett politiskt forum; det som bereds där tas vidare till varje huvudmans egna nämnder för beslut.",
                                                "It is a political forum; what it prepares goes on to each principal's own boards for decision.")
                                : ""));
            }
            if (!forum.prepares().isEmpty()) {
                List<String> prepared = forum.prepares().stream()
                        .map(id -> ref.structure().forum(id).map(Forum::name).orElse(id))
                        .toList();
                lines.add(say.say("%s bereder ärenden åt %s.", "%s prepares matters for %s.")
                        .formatted(say.forum(ref), say.join(prepared)));
            }
        }
        return Reply.plain(String.join("\n", lines), u.language());
    }

    Reply subordinates(Utterance u, List<ForumRef> forums) {
        Phrasing say = u.say();
        Map<ForumRef, List<String>> belowEach = new LinkedHashMap<>();
        for (ForumRef ref : forums) {
            List<String> below = ref.structure().forumsReportingTo(ref.forum().id()).stream()
                    .filter(f -> f.isActiveOn(u.today()))
                    .map(Forum::name)
                    .collect(Collectors.toCollection(ArrayList::new));
            // A forum both under it and preparing its matters (HälSam's presidium) is listed once, as preparing.
            ref.structure().forumsPreparing(ref.forum().id()).forEach(f -> {
                below.remove(f.name());
                below.add(f.name() + say.say(" (beredning)", " (preparation)"));
            });
            belowEach.put(ref, below);
        }
        // "Vilken tjänstemannaberedning har Barnarenan?" also names the preparation groups themselves: the forums
        // with something under them are what is asked about.
        boolean anyBelow = belowEach.values().stream().anyMatch(below -> !below.isEmpty());
        StringBuilder text = new StringBuilder();
        belowEach.forEach((ref, below) -> {
            if (below.isEmpty()) {
                if (!anyBelow) {
                    text.append(say.say("Registret har inga forum under %s.", "The register has no forums under %s.")
                                    .formatted(say.forum(ref)))
                            .append("\n\n");
                }
                return;
            }
            text.append(
                            u.asksHowMany()
                                    // "Hur många beredningar har SVOM?": the number, then which.
                                    ? say.say("Under %s finns %s forum:", "Under %s there are %s forums:")
                                            .formatted(say.forum(ref), say.number(below.size()))
                                    : say.say("Under %s finns:", "Under %s:").formatted(say.forum(ref)))
                    .append('\n')
                    .append(Guidance.bullets(below))
                    .append("\n\n");
        });
        return Reply.plain(text.toString().strip(), u.language());
    }

    /**
     * Who prepares each named forum's matters, as the register says (a forum that "prepares" it). Of a preparation
     * group asked about alone, what it prepares for ("Fredaggruppen – bereder åt vilket forum?").
     */
    Reply preparedBy(Utterance u, List<ForumRef> forums) {
        Phrasing say = u.say();
        Map<ForumRef, Optional<String>> prepared = new LinkedHashMap<>();
        forums.forEach(ref -> prepared.put(ref, preparedBy(u, ref.structure(), ref.forum(), say.forum(ref))));
        // "Vilken beredningsgrupp jobbar åt SVOM?" also names the preparation groups (by "beredningsgrupp"): the
        // forums something prepares for are what is asked about.
        boolean anyPrepared = prepared.values().stream().anyMatch(Optional::isPresent);
        StringBuilder text = new StringBuilder();
        prepared.forEach((ref, sentence) -> {
            if (anyPrepared && sentence.isEmpty()) {
                return;
            }
            List<String> preparesFor = ref.forum().prepares().stream()
                    .flatMap(id -> ref.structure().forum(id).stream())
                    .filter(f -> f.isActiveOn(u.asOf()))
                    .map(Forum::name)
                    .toList();
            text.append(sentence.orElse(
                            preparesFor.isEmpty()
                                    ? say.say(
                                                    "Registret anger inte vem som bereder ärendena till %s.",
                                                    "The register does not say who prepares the matters of %s.")
                                            .formatted(say.forum(ref))
                                    : say.say("%s bereder ärenden åt %s.", "%s prepares matters for %s.")
                                            .formatted(say.forum(ref), say.join(preparesFor))))
                    .append("\n\n");
        });
        return Reply.plain(text.toString().strip(), u.language());
    }

    /** "Ärenden till SVOM bereds av Fredaggruppen och SamReKo HSI.", on the day asked about; none when none does. */
    static Optional<String> preparedBy(Utterance u, Structure structure, Forum forum, String forumName) {
        List<String> preparing = structure.forumsPreparingOn(forum.id(), u.asOf()).stream()
                .map(Forum::name)
                .toList();
        Phrasing say = u.say();
        return preparing.isEmpty()
                ? Optional.empty()
                : Optional.of(say.say("Ärenden till %s bereds av %s.", "Matters for %s are prepared by %s.")
                        .formatted(forumName, say.join(preparing)));
    }

    Reply members(Utterance u, List<ForumRef> forums) {
        Phrasing say = u.say();
        StringBuilder text = new StringBuilder();
        List<ReplyPart> parts = new ArrayList<>();
        for (ForumRef ref : forums.subList(0, Math.min(forums.size(), 5))) {
            List<Seat> all = ref.structure().seatsIn(ref.forum().id());
            List<Seat> current = ref.structure().seatsOn(ref.forum().id(), u.asOf());
            List<String> people = u.all(se.samverkansbot.understanding.Mention.OfPerson.class).stream()
                    .filter(mention ->
                            mention.structure().id().equals(ref.structure().id()))
                    .map(mention -> mention.person().id())
                    .toList();
            if (all.stream().anyMatch(seat -> people.contains(seat.person()))) {
                // "Vilken organisation representerade Sirpa Virtanen i arbetsgruppen?": her seat, not all eight.
                all = all.stream()
                        .filter(seat -> people.contains(seat.person()))
                        .toList();
                current = current.stream()
                        .filter(seat -> people.contains(seat.person()))
                        .toList();
            }
            // "Hur många har regionen respektive kommunerna där?" counts the whole, split by kind of party.
            List<se.samverkansbot.register.Party> asked =
                    Answers.countsTheWholeToo(u) ? List.of() : partiesAsked(u, ref);
            String from = "";
            if (!asked.isEmpty() && all.stream().anyMatch(seat -> seat.party() != null)) {
                // "Vem från Sundsvall satt i arbetsgruppen?" asks for that party's seats: the whole list would name
                // the others too, as if they were the answer.
                List<String> ids =
                        asked.stream().map(se.samverkansbot.register.Party::id).toList();
                List<Seat> theirs =
                        all.stream().filter(seat -> ids.contains(seat.party())).toList();
                String names = say.join(asked.stream()
                        .map(se.samverkansbot.register.Party::name)
                        .toList());
                if (theirs.isEmpty()) {
                    text.append(say.say(
                                            "Registret har ingen plats för %s i %s.",
                                            "The register has no seat for %s in %s.")
                                    .formatted(names, say.forum(ref)))
                            .append("\n\n");
                    continue;
                }
                all = theirs;
                current = current.stream()
                        .filter(seat -> ids.contains(seat.party()))
                        .toList();
                from = say.say(" från %s", " from %s").formatted(names);
            }
            if (current.isEmpty() && u.asOf().isAfter(u.today()) && ref.forum().isActiveOn(u.today())) {
                text.append(Successors.noneRegistered(u, ref.structure(), List.of(ref), null, seat -> true));
            } else if (!ref.forum().isActiveOn(u.namesADay() ? u.asOf() : u.today()) && !all.isEmpty()) {
                // "Vilka satt i arbetsgruppen?": a forum that has ended is told as ended, with all its seats.
                List<String> lines = all.stream()
                        .map(seat -> Seats.describe(ref.structure(), seat, say))
                        .toList();
                text.append(
                                u.asksHowMany()
                                        ? say.say(
                                                        "%s finns inte längre (%s). Där fanns %s platser:",
                                                        "%s no longer exists (%s). It had %s seats:")
                                                .formatted(
                                                        say.forum(ref),
                                                        history(u, ref).orElse(""),
                                                        Seats.headcount(all).said(say))
                                        : say.say(
                                                        "%s finns inte längre (%s). Där satt%s:",
                                                        "%s no longer exists (%s). Its seats%s were:")
                                                .formatted(
                                                        say.forum(ref),
                                                        history(u, ref).orElse(""),
                                                        from))
                        .append('\n')
                        .append(Guidance.bullets(lines));
                parts.add(new ReplyPart.Items(say.forum(ref), lines));
            } else if (current.isEmpty()) {
                text.append(
                        all.isEmpty()
                                ? say.say(
                                                "Registret har inga platser registrerade för %s.",
                                                "The register has no seats recorded for %s.")
                                        .formatted(say.forum(ref))
                                : say.say(
                                                "Registret har ingen giltig representation i %s i dag; platserna gällde %s.",
                                                "The register has no valid representation in %s today; the seats were valid %s.")
                                        .formatted(
                                                say.forum(ref),
                                                say.period(all.getFirst().period())));
                if (ref.forum().composition() != null) {
                    text.append(' ')
                            .append(say.say(
                                    "Sammansättning enligt underlaget: ", "Composition according to the documents: "))
                            .append(ref.forum().composition());
                }
            } else {
                List<String> lines = current.stream()
                        .map(seat -> Seats.describe(ref.structure(), seat, say))
                        .toList();
                List<String> municipalities = current.stream()
                        .map(Seat::party)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .map(id -> ref.structure().party(id))
                        .flatMap(Optional::stream)
                        .filter(p -> p.kind() == se.samverkansbot.register.PartyKind.MUNICIPALITY)
                        .map(se.samverkansbot.register.Party::name)
                        .toList();
                if (u.asksWho() && !u.asksHowMany() && current.stream().allMatch(seat -> seat.person() == null)) {
                    // "Vem från regionen sitter i presidiet idag?": the seats are known, the people in them are not.
                    text.append(say.say(
                                    "Registret har inga namn på dem som sitter i %s, bara platserna. ",
                                    "The register has no names for the people in %s, only the seats. ")
                            .formatted(say.forum(ref)));
                }
                if (u.asksHowMany() && countsMunicipalities(u)) {
                    // "Hur många kommuner har plats i RSR?" counts municipalities, not seats.
                    text.append(say.say("%s kommuner har plats i %s%s.", "%s municipalities have a seat in %s%s.")
                                    .formatted(
                                            Phrasing.capitalize(say.number(municipalities.size())),
                                            say.forum(ref),
                                            PeopleAnswers.on(u)))
                            .append(' ');
                } else if (u.asksHowMany()) {
                    Seats.Headcount seats = Seats.headcount(current);
                    text.append(
                                    (seats.seats() == 1 && seats.exact()
                                            ? say.say("%s har en plats%s.", "%s has one seat%s.")
                                                    .formatted(Phrasing.capitalize(say.forum(ref)), PeopleAnswers.on(u))
                                            : say.say("%s har %s platser%s.", "%s has %s seats%s.")
                                                    .formatted(
                                                            Phrasing.capitalize(say.forum(ref)),
                                                            seats.said(say),
                                                            PeopleAnswers.on(u))))
                            .append(Seats.byKindOfParty(ref.structure(), current, seats)
                                    .map(split -> split.said(say))
                                    .orElse(""))
                            .append(seats.unstatedSaid(say))
                            .append(' ');
                }
                text.append(say.say(
                                        u.asOf().isBefore(u.today()) ? "I %s satt%s%s:" : "I %s sitter%s%s:",
                                        "Seats in %s%s%s:")
                                .formatted(say.forum(ref), from, PeopleAnswers.on(u)))
                        .append('\n')
                        .append(Guidance.bullets(lines));
                parts.add(new ReplyPart.Items(say.forum(ref), lines));
                if (ref.forum().composition() != null) {
                    // The documents' own words for who takes part, which the seat list alone does not say.
                    text.append('\n')
                            .append(say.say(
                                    "Sammansättning enligt underlaget: ", "Composition according to the documents: "))
                            .append(ref.forum().composition());
                }
            }
            text.append("\n\n");
        }
        more(say, forums, text);
        return new Reply(text.toString().strip(), u.language(), parts);
    }

    /**
     * The parties of the forum's structure a question asks about ("vilka från regionen …"), leaving out one whose name
     * is part of the forum's own ("Lokal samverkan Äldre, Sundsvall" names Sundsvall without asking about it).
     */
    private static List<se.samverkansbot.register.Party> partiesAsked(Utterance u, ForumRef ref) {
        List<String> forumWords = se.samverkansbot.text.Words.tokens(ref.forum().name());
        return u.all(se.samverkansbot.understanding.Mention.OfParty.class).stream()
                .filter(mention ->
                        mention.structure().id().equals(ref.structure().id()))
                .map(se.samverkansbot.understanding.Mention.OfParty::party)
                .filter(party -> se.samverkansbot.text.Words.tokens(party.name()).stream()
                        .filter(word -> word.length() >= 4 && !word.equals("kommun") && !word.equals("region"))
                        .noneMatch(word -> forumWords.stream()
                                .anyMatch(f -> f.length() >= 4 && (word.startsWith(f) || f.startsWith(word)))))
                .distinct()
                .toList();
    }

    Reply history(Utterance u, List<ForumRef> forums) {
        boolean asksForAStart = ASKS_FOR_A_START.matcher(u.text()).find();
        List<String> lines = forums.stream()
                .map(ref -> {
                    String unknownStart = u.say()
                            .say("Registret anger inte när %s startade.", "The register does not say when %s started.")
                            .formatted(u.say().forum(ref));
                    Optional<String> known = history(u, ref).map(h -> u.say().forum(ref) + ": " + h);
                    // "När bildades SocialReKo?" answered with its end alone would read as if that were the answer.
                    return asksForAStart && ref.forum().validFrom() == null
                            ? known.map(h -> unknownStart + " " + h).orElse(unknownStart)
                            : known.orElse(unknownStart);
                })
                .toList();
        return Reply.plain(String.join("\n", lines), u.language());
    }

    private static final java.util.regex.Pattern ASKS_FOR_A_START = java.util.regex.Pattern.compile(
            "(?iuU)\\b(bildades|startade|grundades|inrättades|inrattades|etablerades|skapades|kom till|founded|formed"
                    + "|created|started|set up|established)\\b");

    /**
     * "När upphörde LAKO?": the end is asked for, which a successor's start answers; "när bildades LAKO?" asks for
     * a start, which it does not (2005 would read as LAKO's).
     */
    private static final java.util.regex.Pattern ASKS_FOR_AN_END = java.util.regex.Pattern.compile(
            "(?iuU)\\b(upphör\\p{L}*|slutade|avvecklades|lades ner|ersattes|ersatte|end|ended|stopped|closed|replaced|replace)\\b");

    /** "Sedan 2005; ersatte LAKO." / "Upphörde 2022-12-31; ersattes av …", or nothing when nothing is known. */
    Optional<String> history(Utterance u, ForumRef ref) {
        Phrasing say = u.say();
        Forum forum = ref.forum();
        List<String> facts = new ArrayList<>();
        if (forum.validFrom() != null) {
            facts.add(
                    say.say("Sedan %s", "Since %s").formatted(forum.validFrom().display(u.language())));
        }
        if (forum.replaces() != null) {
            facts.add(say.say("ersatte %s", "replaced %s")
                    .formatted(ref.structure()
                            .forum(forum.replaces())
                            .map(Forum::name)
                            .orElse(forum.replaces())));
        }
        if (forum.validTo() != null) {
            facts.add(
                    say.say("upphörde %s", "ended %s").formatted(forum.validTo().display(u.language())));
        }
        ref.structure().forums().stream()
                .filter(f -> forum.id().equals(f.replaces()))
                .findFirst()
                .ifPresent(successor -> facts.add(
                        successor.validFrom() != null
                                        && ASKS_FOR_AN_END.matcher(u.text()).find()
                                        && (forum.validTo() == null || u.asksWhen())
                                // "När upphörde LAKO?": its end is not registered, its successor's start is. "When did
                                // HälSam replace SocialReKo?": the end alone does not say when the successor began.
                                ? say.say("ersattes av %s, som startade %s", "was replaced by %s, which started %s")
                                        .formatted(
                                                successor.name(),
                                                successor.validFrom().display(u.language()))
                                : say.say("ersattes av %s", "was replaced by %s")
                                        .formatted(successor.name())));
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Phrasing.capitalize(String.join("; ", facts)) + ".");
    }

    static String frequency(Forum forum) {
        if (forum.meets() == null) {
            return "";
        }
        return Objects.requireNonNullElse(
                forum.meets().description(), forum.meets().timesPerYear() + " gånger per år");
    }

    /** How often a forum meets, as a clause to end a sentence of one's own: without its full stop. */
    static String frequencyClause(Forum forum, Phrasing say) {
        return frequency(forum, say).strip().replaceAll("\\.$", "");
    }

    /**
     * How often a forum meets, in the reply's language: in English the secretariat's English description, else the
     * number of meetings, else the Swedish description marked as Swedish.
     */
    static String frequency(Forum forum, Phrasing say) {
        MeetingFrequency meets = forum.meets();
        if (meets == null || say.language() == Language.SWEDISH) {
            return frequency(forum);
        }
        if (meets.descriptionEn() != null) {
            return meets.descriptionEn();
        }
        if (meets.timesPerYear() != null) {
            return meets.timesPerYear() + (meets.timesPerYear() == 1 ? " time a year" : " times a year");
        }
        return meets.description().strip().replaceAll("\\.$", "") + " (in Swedish)";
    }

    private static Optional<Forum> reportsTo(ForumRef ref) {
        return ref.forum().reportsTo() == null
                ? Optional.empty()
                : ref.structure().forum(ref.forum().reportsTo());
    }

    /** Forums that share a mandate (the three county groups) are answered once, named together. */
    /**
     * The forums grouped by the same mandate, in the order first named, each key worked out once; a forum with no
     * mandate stands alone.
     */
    private static java.util.Collection<List<ForumRef>> bySameMandate(List<ForumRef> forums) {
        Map<Object, List<ForumRef>> groups = new LinkedHashMap<>();
        forums.forEach(ref -> groups.computeIfAbsent(
                        sameMandateKey(ref).map(key -> (Object) key).orElse(ref), key -> new ArrayList<>())
                .add(ref));
        return groups.values();
    }

    /**
     * What makes two forums' mandates the same: the same tasks, or the same summary once each forum's own words are
     * left out ("… samarbete i Sundsvall … inom området Barn och unga …" is the mandate of every local group, each
     * for its municipality and area). Empty for a forum with no mandate.
     */
    private static Optional<List<Object>> sameMandateKey(ForumRef ref) {
        Forum forum = ref.forum();
        if (forum.mandate() == null) {
            return Optional.empty();
        }
        if (!forum.mandate().tasks().isEmpty()) {
            return Optional.of(
                    List.of(ref.structure().id(), forum.level(), forum.mandate().tasks()));
        }
        if (forum.mandate().summary() == null) {
            return Optional.empty();
        }
        // The forum's own municipality and area, as the summary writes them, are left out.
        String general = " "
                + String.join(
                        " ", se.samverkansbot.text.Words.tokens(forum.mandate().summary())) + " ";
        List<String> own = new ArrayList<>();
        if (forum.area() != null) {
            own.add(forum.area().label(se.samverkansbot.register.Language.SWEDISH));
        }
        if (forum.municipality() != null) {
            ref.structure().party(forum.municipality()).ifPresent(party -> {
                own.add(party.name());
                own.addAll(party.aliases());
            });
        }
        for (String phrase : own) {
            String words = String.join(" ", se.samverkansbot.text.Words.tokens(phrase));
            if (!words.isEmpty()) {
                general = general.replace(" " + words + " ", " _ ");
            }
        }
        return Optional.of(List.of(ref.structure().id(), forum.level(), general));
    }

    /** More forums with one mandate than this are named by their number, not one by one. */
    private static final int MOST_NAMED = 4;

    /** The name a group of forums with one mandate goes by: the forum itself, all of them, or the first and how many. */
    private static String groupName(List<ForumRef> group, Phrasing say) {
        ForumRef ref = group.getFirst();
        List<String> sameMandate =
                group.stream().map(other -> other.forum().name()).toList();
        if (sameMandate.size() <= 1) {
            return say.forum(ref);
        }
        if (sameMandate.size() > MOST_NAMED) {
            // "Vad är syftet med lokal samverkan?": one mandate for 21 groups, not 21 paragraphs or names.
            return say.say(
                            "%s – och likadant, vart och ett för sin del, för de %d andra forumen på %s",
                            "%s – and likewise, each for its own part, for the %d other forums at %s")
                    .formatted(
                            say.forum(ref),
                            sameMandate.size() - 1,
                            say.label(ref.forum().level()));
        }
        return say.join(sameMandate) + " (" + ref.structure().name() + ")";
    }

    private static void more(Phrasing say, List<ForumRef> forums, StringBuilder text) {
        if (forums.size() > 5) {
            text.append(say.say(
                            "… och %d forum till. Fråga om ett av dem för mer.",
                            "… and %d more forums. Ask about one of them for more.")
                    .formatted(forums.size() - 5));
        }
    }
}
