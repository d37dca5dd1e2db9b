package se.samverkansbot.answers;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.register.AdminSupport;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.GlossaryTerm;
import se.samverkansbot.register.Milestone;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.StrategicArea;
import se.samverkansbot.register.Structure;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/** A structure as a whole: parties, areas, levels, forums, history, milestones, support, and its terms. */
final class StructureAnswers {

    /** "Vad är syftet med HälSam?", "what is the purpose of …": the structure's purpose asked for. */
    private static final Pattern ASKS_THE_PURPOSE =
            Pattern.compile("(?iuU)\\b(syfte|syftet|syften|purpose|purposes|aim)\\b");

    /** "Vad är målet för samverkan i HälSam?", "what is its goal": the structure's goal asked for. */
    private static final Pattern ASKS_THE_GOAL =
            Pattern.compile("(?iuU)\\b(mål|målet|målen|mal|malet|goal|goals|objective|objectives)\\b");

    /** "inte målet", "not the goal": a word said not to be asked. */
    private static final Pattern NOT_ASKED = Pattern.compile("(?iuU)\\b(inte|ej|not)\\s+(the\\s+|its\\s+)?\\p{L}+");

    Reply overview(Utterance u, Structure structure) {
        Phrasing say = u.say();
        // "alltså syftet, inte målet": what is said not to be asked is not asked.
        String asked = NOT_ASKED.matcher(u.text()).replaceAll(" ");
        boolean purpose = ASKS_THE_PURPOSE.matcher(asked).find();
        boolean goal = ASKS_THE_GOAL.matcher(asked).find();
        StringBuilder text = new StringBuilder(structure.name());
        if (structure.fullName() != null) {
            text.append(" – ").append(structure.fullName());
        }
        text.append(".\n");
        if (purpose != goal && (purpose ? structure.purpose() : structure.goal()) != null) {
            // One of the two asked: that one alone. Both under their labels read, to the one who asked for the
            // purpose, as if the goal were part of the answer ("alltså syftet, inte målet").
            text.append(
                            purpose
                                    ? say.say("Syfte: ", "Purpose: ") + structure.purpose()
                                    : say.say("Mål: ", "Goal: ") + structure.goal())
                    .append('\n')
                    .append(decisionsSentence(say, structure));
            return Reply.plain(text.toString().strip(), u.language());
        }
        if (structure.validFrom() != null) {
            // "Från när gäller HälSam?" is answered by the overview too.
            text.append(
                    say.say("Gäller från och med %s", "In force since %s").formatted(say.date(structure.validFrom())));
            if (structure.validTo() != null) {
                text.append(say.say(" till och med %s", " until %s").formatted(say.date(structure.validTo())));
            }
            text.append(".\n");
        }
        text.append(say.say("Parter: ", "Parties: "))
                .append(say.join(
                        structure.principals().stream().map(Party::name).toList()))
                .append(".\n");
        List<String> supporters = structure.parties().stream()
                .filter(p -> !p.principal())
                .map(Party::name)
                .toList();
        if (!supporters.isEmpty()) {
            text.append(say.say("Stödjer samverkan: ", "Supports the collaboration: "))
                    .append(say.join(supporters))
                    .append(".\n");
        }
        if (structure.purpose() != null) {
            text.append(say.say("Syfte: ", "Purpose: "))
                    .append(structure.purpose())
                    .append('\n');
        }
        if (structure.goal() != null) {
            text.append(say.say("Mål: ", "Goal: ")).append(structure.goal()).append('\n');
        }
        text.append(decisionsSentence(say, structure));
        return new Reply(
                text.toString().strip(),
                u.language(),
                List.of(new ReplyPart.Facts(
                        structure.name(),
                        List.of(
                                new ReplyPart.Fact(
                                        say.say("Parter", "Parties"),
                                        Integer.toString(structure.principals().size())),
                                new ReplyPart.Fact(
                                        say.say("Forum", "Forums"),
                                        Long.toString(activeForums(u, structure).size()))))));
    }

    Reply parties(Utterance u, List<Structure> structures) {
        Phrasing say = u.say();
        StringBuilder text = new StringBuilder();
        for (Structure structure : structures) {
            // The parties are the principals ("Parterna i denna samverkan är Region Västernorrland och länets sju
            // kommuner"); one that supports is listed apart, so the list does not read as it being one.
            List<String> parties = structure.parties().stream()
                    .filter(Party::principal)
                    .map(p -> described(say, p))
                    .toList();
            List<String> supporting = structure.parties().stream()
                    .filter(p -> !p.principal())
                    .map(p -> described(say, p))
                    .toList();
            text.append(partyCount(say, structure)).append('\n');
            text.append(say.say("Parter i %s:", "Parties in %s:").formatted(structure.name()))
                    .append('\n')
                    .append(Guidance.bullets(parties))
                    .append('\n');
            if (!supporting.isEmpty()) {
                text.append(say.say("Stödjer samverkan:", "Supports the collaboration:"))
                        .append('\n')
                        .append(Guidance.bullets(supporting))
                        .append('\n');
            }
            text.append('\n');
        }
        return Reply.plain(text.toString().strip(), u.language());
    }

    /** "Region Västernorrland (region, huvudman)". */
    private static String described(Phrasing say, Party party) {
        return party.name() + " (" + say.label(party.kind())
                + (party.principal()
                        ? say.say(", huvudman", ", principal")
                        : say.say(", stödjer men är inte huvudman", ", supports but is not a principal"))
                + ")";
    }

    /**
     * "Hur många kommuner ingår i HälSam?": the number of municipalities and their names first, then the other
     * parties, so the number asked for is the one said (a count of all parties would answer another question).
     */
    Reply municipalities(Utterance u, List<Structure> structures) {
        Phrasing say = u.say();
        StringBuilder text = new StringBuilder();
        for (Structure structure : structures) {
            List<String> municipalities = structure.parties().stream()
                    .filter(p -> p.kind() == se.samverkansbot.register.PartyKind.MUNICIPALITY)
                    .map(Party::name)
                    .toList();
            List<String> others = structure.parties().stream()
                    .filter(p -> p.kind() != se.samverkansbot.register.PartyKind.MUNICIPALITY)
                    .map(p -> described(say, p))
                    .toList();
            text.append(
                    municipalities.size() == 1
                            ? say.say("%s har en kommun: %s.", "%s has one municipality: %s.")
                                    .formatted(structure.name(), municipalities.getFirst())
                            : say.say("%s har %s kommuner: %s.", "%s has %s municipalities: %s.")
                                    .formatted(
                                            structure.name(),
                                            say.number(municipalities.size()),
                                            say.join(municipalities)));
            if (!others.isEmpty()) {
                text.append('\n')
                        .append(say.say("Övriga parter: %s.", "Other parties: %s.")
                                .formatted(say.join(others)));
            }
            text.append("\n\n");
        }
        if (structures.size() > 1) {
            // "How many municipalities are there in both structures combined?": the sum, said, not left to the reader.
            long total = structures.stream()
                    .flatMap(s -> s.parties().stream())
                    .filter(p -> p.kind() == se.samverkansbot.register.PartyKind.MUNICIPALITY)
                    .map(Party::name)
                    .distinct()
                    .count();
            text.append(say.say("Sammanlagt %s kommuner i %s.", "%s municipalities in all in %s.")
                    .formatted(
                            say.number((int) total),
                            say.join(structures.stream().map(Structure::name).toList())));
        }
        return Reply.plain(text.toString().strip(), u.language());
    }

    Reply areas(Utterance u, List<Structure> structures) {
        Phrasing say = u.say();
        List<String> lines = new ArrayList<>();
        for (Structure structure : structures) {
            Map<StrategicArea, List<String>> byArea = new LinkedHashMap<>();
            activeForums(u, structure).stream()
                    .filter(f -> f.area() != null && f.area() != StrategicArea.ALL)
                    .sorted(Comparator.comparing(Forum::area))
                    .forEach(f -> byArea.computeIfAbsent(f.area(), a -> new ArrayList<>())
                            .add(f.name()));
            if (byArea.isEmpty()) {
                lines.add(say.say(
                                "Registret anger inga strategiska områden för %s.",
                                "The register gives no strategic areas for %s.")
                        .formatted(structure.name()));
                continue;
            }
            lines.add(say.say("%s har %d strategiska områden: %s.", "%s has %d strategic areas: %s.")
                    .formatted(
                            structure.name(),
                            byArea.size(),
                            say.join(byArea.keySet().stream().map(say::label).toList())));
        }
        return Reply.plain(String.join("\n", lines), u.language());
    }

    Reply levels(Utterance u, List<Structure> structures) {
        Phrasing say = u.say();
        StringBuilder text = new StringBuilder();
        for (Structure structure : structures) {
            Map<ForumLevel, List<Forum>> byLevel = byLevel(u, structure);
            text.append(
                            u.asksHowMany()
                                    ? say.say("%s har %s nivåer:", "%s has %s levels:")
                                            .formatted(structure.name(), say.number(byLevel.size()))
                                    : say.say("Nivåer i %s:", "Levels in %s:").formatted(structure.name()))
                    .append('\n');
            List<String> lines = byLevel.entrySet().stream()
                    .map(e -> Phrasing.capitalize(say.label(e.getKey())) + ": " + names(say, e.getValue()))
                    .toList();
            text.append(Guidance.bullets(lines)).append("\n\n");
        }
        return Reply.plain(text.toString().strip(), u.language());
    }

    /**
     * "Hur många forum finns i Jämtland Härjedalen?": the forums of each structure today, counted, then counted per
     * level with their names.
     */
    Reply forumCount(Utterance u, List<Structure> structures) {
        Phrasing say = u.say();
        List<String> lines = new ArrayList<>();
        for (Structure structure : structures) {
            Map<ForumLevel, List<Forum>> byLevel = byLevel(u, structure);
            int total = byLevel.values().stream().mapToInt(List::size).sum();
            lines.add(say.say("%s har %s forum i dag.", "%s has %s forums today.")
                    .formatted(structure.name(), say.number(total)));
        }
        Reply perLevel = levelCount(u, structures, java.util.EnumSet.allOf(ForumLevel.class));
        return Reply.plain(String.join("\n", lines) + "\n" + perLevel.text(), u.language());
    }

    /** How many forums a level has, now or on the day asked: "HälSam har 21 lokala forum: tre per kommun i sju kommuner." */
    Reply levelCount(Utterance u, List<Structure> structures, java.util.Set<ForumLevel> levels) {
        Phrasing say = u.say();
        List<String> lines = new ArrayList<>();
        for (Structure structure : structures) {
            Map<ForumLevel, List<Forum>> byLevel = byLevel(u, structure);
            // "Hur många lokala grupper har Sundsvall?": the level's forums in the municipality named.
            List<se.samverkansbot.register.Party> municipalities = u.all(Mention.OfParty.class).stream()
                    .filter(m -> m.structure().equals(structure))
                    .map(Mention.OfParty::party)
                    .filter(p -> p.kind() == se.samverkansbot.register.PartyKind.MUNICIPALITY)
                    .distinct()
                    .toList();
            for (ForumLevel level : levels) {
                List<Forum> forums = byLevel.getOrDefault(level, List.of());
                if (forums.isEmpty()) {
                    continue;
                }
                if (municipalities.size() == 1 && forums.stream().anyMatch(f -> f.municipality() != null)) {
                    se.samverkansbot.register.Party municipality = municipalities.getFirst();
                    List<Forum> there = forums.stream()
                            .filter(f -> municipality.id().equals(f.municipality()))
                            .toList();
                    lines.add(say.say("%s har %s forum på %s i %s: %s.", "%s has %s forums at the %s in %s: %s.")
                            .formatted(
                                    structure.name(),
                                    say.number(there.size()),
                                    say.label(level).toLowerCase(java.util.Locale.ROOT),
                                    municipality.name(),
                                    there.isEmpty()
                                            ? say.say("inga", "none")
                                            : say.join(there.stream()
                                                    .map(Forum::name)
                                                    .toList())));
                    continue;
                }
                lines.add(say.say(
                                "%s har %s forum på %s: %s.",
                                forums.size() == 1
                                        ? "%s has %s forum at the %s: %s."
                                        : "%s has %s forums at the %s: %s.")
                        .formatted(
                                structure.name(),
                                say.number(forums.size()),
                                say.label(level).toLowerCase(java.util.Locale.ROOT),
                                forums.size() > 6
                                        ? names(say, forums)
                                        : say.join(
                                                forums.stream().map(Forum::name).toList())));
            }
        }
        if (lines.isEmpty()) {
            return levels(u, structures);
        }
        return Reply.plain(String.join("\n", lines), u.language());
    }

    Reply history(Utterance u, Structure structure) {
        Phrasing say = u.say();
        StringBuilder text = new StringBuilder();
        if (structure.validFrom() != null) {
            text.append(say.say("%s gäller från och med %s.", "%s has applied since %s.")
                    .formatted(structure.name(), say.date(structure.validFrom())));
        }
        structure.forums().stream()
                .filter(f -> structure.note() == null && f.replaces() != null && f.isActiveOn(u.today()))
                .forEach(f -> {
                    Optional<Forum> old = structure.forum(f.replaces());
                    old.ifPresent(o -> text.append(' ')
                            .append(say.say("%s ersatte %s%s.", "%s replaced %s%s.")
                                    .formatted(
                                            f.name(),
                                            o.name(),
                                            o.validTo() != null
                                                    ? say.say(", som upphörde ", ", which ended ")
                                                            + o.validTo().display(u.language())
                                                    : "")));
                });
        if (structure.note() != null) {
            text.append(' ').append(structure.note());
        }
        if (text.isEmpty()) {
            text.append(say.say("Registret anger inte när %s startade.", "The register does not say when %s started.")
                    .formatted(structure.name()));
        }
        return Reply.plain(text.toString().strip(), u.language());
    }

    Reply milestones(Utterance u, List<Structure> structures) {
        Phrasing say = u.say();
        Optional<Integer> year = u.yearSpokenOf();
        // "Vad hände i december 2022?": a month named beside the year narrows it to that month.
        Optional<Integer> month = year.isEmpty()
                ? Optional.empty()
                : u.words().stream()
                        .map(se.samverkansbot.text.WhenParser::month)
                        .flatMap(Optional::stream)
                        .findFirst();
        StringBuilder text = new StringBuilder();
        for (Structure structure : structures) {
            List<Milestone> milestones = structure.milestones().stream()
                    .filter(m -> year.isEmpty() || m.date().year() == year.get())
                    .filter(m -> month.isEmpty() || month.get().equals(m.date().month()))
                    .sorted(Comparator.comparing(m -> m.date().start()))
                    .toList();
            if (milestones.isEmpty()) {
                continue;
            }
            text.append(say.say("Milstolpar i %s:", "Milestones in %s:").formatted(structure.name()))
                    .append('\n')
                    .append(Guidance.bullets(milestones.stream()
                            .map(m -> m.date().display(u.language()) + ": " + m.title())
                            .toList()))
                    .append("\n\n");
        }
        if (text.isEmpty()) {
            return Reply.plain(
                    say.say("Registret har inga milstolpar%s.", "The register has no milestones%s.")
                            .formatted(year.map(y -> say.say(" för ", " for ")
                                            + new se.samverkansbot.register.PartialDate(y, month.orElse(null), null)
                                                    .display(u.language()))
                                    .orElse("")),
                    u.language());
        }
        return Reply.plain(text.toString().strip(), u.language());
    }

    /** The source documents each structure rests on, with date, kind and issuer, so a member can find and cite them. */
    Reply documents(Utterance u, List<Structure> structures) {
        Phrasing say = u.say();
        StringBuilder text = new StringBuilder();
        Map<Structure, List<se.samverkansbot.register.SourceDocument>> picked = documentsOfTheDateNamed(u, structures);
        if (MissingAnswer.asksWhoMadeIt(u)
                && picked.values().stream().flatMap(List::stream).allMatch(document -> document.issuer() == null)) {
            // "Vem skrev översynsdokumentet?": the list answers when and what, and no document names its author.
            text.append(MissingAnswer.nobodyNamed(u)).append('\n');
        }
        for (Structure structure : structures) {
            List<se.samverkansbot.register.SourceDocument> documents = picked.get(structure);
            if (!structure.documents().isEmpty() && documents.isEmpty()) {
                continue;
            }
            if (structure.documents().isEmpty()) {
                text.append(say.say(
                                        "Registret har inga källdokument för %s.",
                                        "The register has no source documents for %s.")
                                .formatted(structure.name()))
                        .append("\n\n");
                continue;
            }
            text.append(say.say("Källdokument för %s:", "Source documents of %s:")
                            .formatted(structure.name()))
                    .append('\n')
                    .append(Guidance.bullets(documents.stream()
                            .map(document -> document.title()
                                    + " ("
                                    + (document.date() == null
                                            ? say.say("odaterat", "undated")
                                            : document.date().toString())
                                    + ")"
                                    + (document.issuer() == null ? "" : ", " + document.issuer()))
                            .toList()))
                    .append("\n\n");
        }
        return Reply.plain(text.toString().strip(), u.language());
    }

    /**
     * "Who wrote the review document from October 2023?": the documents of the year (and month) the question names,
     * when any is of it; else every document. The whole list, one of which names its issuer, read as that issuer
     * having written the document asked about.
     */
    private static Map<Structure, List<se.samverkansbot.register.SourceDocument>> documentsOfTheDateNamed(
            Utterance u, List<Structure> structures) {
        Optional<Integer> year = u.year();
        Optional<Integer> month = u.month().map(java.time.YearMonth::getMonthValue);
        java.util.function.Predicate<se.samverkansbot.register.SourceDocument> ofIt = document -> year.isPresent()
                && document.date() != null
                && document.date().year() == year.get()
                && (month.isEmpty()
                        || document.date().month() == null
                        || document.date().month().equals(month.get()));
        boolean anyOfIt =
                structures.stream().flatMap(s -> s.documents().stream()).anyMatch(ofIt);
        Map<Structure, List<se.samverkansbot.register.SourceDocument>> picked = new LinkedHashMap<>();
        structures.forEach(structure -> picked.put(
                structure, anyOfIt ? structure.documents().stream().filter(ofIt).toList() : structure.documents()));
        return picked;
    }

    /** How a cost is shared: "fördelas mellan regionen och kommunerna", "who pays for it", "split between". */
    private static final java.util.regex.Pattern SHARED_BETWEEN_PARTIES = java.util.regex.Pattern.compile(
            "(?iuU)\\b((fördela\\p{L}*|fordela\\p{L}*|fördelning\\p{L}*|fordelning\\p{L}*|delas|uppdelad\\p{L}*|split"
                    // "hur delas kostnaden på 3,4 mnkr mellan regionen och kommunerna?"
                    + "|shared|divided|apportioned)\\s+(\\S+\\s+){0,5}(mellan|between|among)"
                    + "|(vem|vilka|who|which)\\s+(\\S+\\s+){0,2}(betalar|bekostar|finansierar|står för|star for|pays?"
                    + "|funds?|foots?)"
                    + "|(andel|share|part)\\s+(\\S+\\s+){0,2}(regionen|kommunerna|kommunen|the region|the municipalit\\p{L}*"
                    + "|each municipality|varje kommun)\\s+(betalar|pays?|står för|star for|bekostar)"
                    // "Hur mycket betalar varje kommun …?", "What share of the 3.4 MSEK … does the region pay?"
                    + "|(hur\\s+mycket|how\\s+much|vilken\\s+andel|hur\\s+stor\\s+andel|what\\s+share|what\\s+part"
                    + "|how\\s+large\\s+a\\s+share)\\s+(\\S+\\s+){0,10}(betalar|bekostar|står för|star for|pays?"
                    + "|contributes?)\\b)");

    /** A party's own part of the support: "Hur stor tjänst har Kommunförbundet avsatt för HälSam?". */
    private static final java.util.regex.Pattern A_PARTY_CONTRIBUTES = java.util.regex.Pattern.compile(
            "(?iuU)\\b(avsatt|avsätter|avsatter|avsatte|set\\s+aside|sets\\s+aside|allocated|contribut\\p{L}*"
                    + "|bidrar|bidragit|bidrog)\\b");

    /**
     * Whether the question asks how a cost is shared between the parties, who pays it, or what one party named puts
     * into it.
     */
    static boolean asksHowACostIsShared(Utterance u) {
        return SHARED_BETWEEN_PARTIES.matcher(u.text()).find()
                || A_PARTY_CONTRIBUTES.matcher(u.text()).find()
                        && !u.all(Mention.OfParty.class).isEmpty();
    }

    Reply adminSupport(Utterance u, List<Structure> structures) {
        Phrasing say = u.say();
        boolean linesAsked = namesACostLine(u, structures);
        StringBuilder text = new StringBuilder();
        if (u.asOf().isAfter(u.today()) && structures.stream().anyMatch(s -> s.adminSupport() != null)) {
            // "What is the budget for HälSam in 2027?": the table is the documents' estimate per year, no budget
            // anyone has set for that year.
            text.append(say.say(
                                    "Registret har ingen budget för %d. Det här är underlagets beräkning av vad stödet kostar per år:",
                                    "The register has no budget for %d. This is the documents' estimate of what the support costs a"
                                            + " year:")
                            .formatted(u.asOf().getYear()))
                    .append('\n');
        }
        for (Structure structure : structures) {
            AdminSupport support = structure.adminSupport();
            if (support == null && linesAsked) {
                // "Hur stor tjänst är redaktören?" asks for a line of one structure's table, not what others lack.
                continue;
            }
            if (support == null) {
                text.append(say.say(
                                        "Registret har ingen uppgift om administrativt stöd för %s.",
                                        "The register has no information on administrative support for %s.")
                                .formatted(structure.name()))
                        .append("\n\n");
                continue;
            }
            List<AdminSupport.CostLine> asked =
                    support.costs().stream().filter(line -> named(u, line)).toList();
            if (!asked.isEmpty()) {
                // "Vad kostar samverkanskoordinatorn?": that line, not every figure next to it.
                text.append(say.say("Kostnad i %s:", "Cost in %s:").formatted(structure.name()))
                        .append('\n')
                        .append(Guidance.bullets(asked.stream()
                                .map(c -> c.level() + ": " + c.resource() + ", " + mnkr(c.amountSek()))
                                .toList()));
                if (support.totalSek() != null && (namesAmount(u, support.totalSek()) || Answers.namesTheSupport(u))) {
                    // "Hur mycket av de 3,4 miljonerna går till den lokala samverkan?", "how much does the admin
                    // support cost per year, and how much of that is the coordinator?": the line, of the total asked.
                    text.append('\n')
                            .append(say.say("Av totalt ", "Of a total of "))
                            .append(mnkr(support.totalSek()));
                }
                text.append("\n\n");
                continue;
            }
            List<String> tasksAsked = Answers.asksCost(u)
                    ? List.of()
                    : support.tasks().stream()
                            .filter(task -> namesTheTask(u, task))
                            .toList();
            if (!tasksAsked.isEmpty()) {
                // "Vad ingår i mötesplaneringen som det administrativa stödet ska sköta?": that task, not the cost
                // table beside it.
                text.append(say.say(
                                        "Administrativt stöd i %s, bland uppgifterna:",
                                        "Administrative support in %s, among its tasks:")
                                .formatted(structure.name()))
                        .append('\n')
                        .append(Guidance.bullets(tasksAsked))
                        .append("\n\n");
                continue;
            }
            text.append(say.say("Administrativt stöd i %s", "Administrative support in %s")
                    .formatted(structure.name()));
            if (!support.covers().isEmpty()) {
                text.append(say.say(" (för ", " (for "))
                        .append(say.join(support.covers()))
                        .append(')');
            }
            text.append(":\n").append(Guidance.bullets(support.tasks()));
            if (!support.costs().isEmpty()) {
                text.append('\n')
                        .append(say.say("Kostnad:", "Cost:"))
                        .append('\n')
                        .append(Guidance.bullets(support.costs().stream()
                                .map(c -> c.level() + ": " + c.resource() + ", " + mnkr(c.amountSek()))
                                .toList()));
            }
            if (support.totalSek() != null) {
                text.append('\n').append(say.say("Totalt: ", "Total: ")).append(mnkr(support.totalSek()));
            }
            if (support.comment() != null) {
                text.append(" (").append(support.comment()).append(')');
            }
            text.append("\n\n");
        }
        return Reply.plain(text.toString().strip(), u.language());
    }

    /** Whether the question names a task of the support by its first word: "mötesplaneringen", "processtödet". */
    private static boolean namesTheTask(Utterance u, String task) {
        String head =
                se.samverkansbot.text.Words.tokens(task).stream().findFirst().orElse("");
        return head.length() >= 4 && u.words().stream().anyMatch(word -> word.startsWith(head));
    }

    /**
     * "Hur ska kostnaden på 3,4 mnkr fördelas mellan regionen och kommunerna?": the cost table gives the cost per level
     * and post, never who pays what. Listed in answer, its "behov av 3 grupper x 7 kommuner" read as the
     * municipalities' share; the total, with what the documents say it is, is what they do say.
     */
    Optional<Reply> costShared(Utterance u, List<Structure> structures) {
        Phrasing say = u.say();
        List<String> totals = structures.stream()
                .filter(s -> s.adminSupport() != null && s.adminSupport().totalSek() != null)
                .map(s -> say.say("%s: totalt %s", "%s: %s in all")
                                .formatted(s.name(), mnkr(s.adminSupport().totalSek()))
                        + (s.adminSupport().comment() == null
                                ? ""
                                : " (" + s.adminSupport().comment() + ")"))
                .toList();
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Reply.plain(
                say.say(
                                "Det vet jag inte: dokumenten säger inte hur kostnaden för det administrativa stödet"
                                        + " fördelas mellan parterna. De anger bara vad det kostar:",
                                "I don't know: the documents do not say how the cost of the administrative support is"
                                        + " shared between the parties. They only say what it costs:")
                        + "\n" + Guidance.bullets(totals),
                u.language()));
    }

    /** Whether the question names one of the support's cost lines ("vad kostar samverkanskoordinatorn?"). */
    static boolean namesACostLine(Utterance u, List<Structure> structures) {
        return structures.stream()
                .map(Structure::adminSupport)
                .filter(java.util.Objects::nonNull)
                .flatMap(support -> support.costs().stream())
                .anyMatch(line -> named(u, line));
    }

    /** Whether the question names an amount of a structure's support costs: one of its lines or the total. */
    static boolean namesACostAmount(Utterance u, List<Structure> structures) {
        return structures.stream()
                .map(Structure::adminSupport)
                .filter(java.util.Objects::nonNull)
                .anyMatch(support -> support.costs().stream().anyMatch(line -> namesAmount(u, line.amountSek()))
                        || support.totalSek() != null && namesAmount(u, support.totalSek()));
    }

    /**
     * A cost line is named by its resource, by its amount ("0,4 mnkr – vilken resurs är det?", "the 0.9"), or by a
     * level that is its alone ("den lokala samverkan" for "2. Lokal samverkan").
     */
    private static boolean named(Utterance u, AdminSupport.CostLine line) {
        return namedIn(u, line.resource()) || namesAmount(u, line.amountSek()) || namesLevel(u, line.level());
    }

    /**
     * Whether the question says a level's whole name, its words in order, each as written or inflected ("lokala
     * samverkan"). Not a level of several names ("1. HälSam, Länsledning, Samordningsgrupper"): "HälSam" alone
     * names the structure, not that line.
     */
    private static boolean namesLevel(Utterance u, String level) {
        String name = level.replaceFirst("^\\d+\\.\\s*", "");
        if (name.contains(",")) {
            return false;
        }
        List<String> words = List.of(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .split("[^a-z]+"));
        List<String> asked = u.words();
        for (int start = 0; start + words.size() <= asked.size(); start++) {
            int matched = 0;
            while (matched < words.size() && inflects(asked.get(start + matched), words.get(matched))) {
                matched++;
            }
            if (matched == words.size()) {
                return true;
            }
        }
        return false;
    }

    /** The word as written or with an ending of at most two letters ("lokala" of "lokal"). */
    private static boolean inflects(String asked, String word) {
        return asked.startsWith(word) && asked.length() <= word.length() + 2;
    }

    /** "0,9 mnkr", "the 0.9 MSEK", "2.1 million": the amount in millions, with either decimal mark. */
    private static boolean namesAmount(Utterance u, long sek) {
        String amount = mnkr(sek).replace(" mnkr", "");
        return se.samverkansbot.sources.SourceSearch.amountsIn(u.text()).anyMatch(amount::equals);
    }

    private static boolean namedIn(Utterance u, String resource) {
        String name = resource.split(",")[0];
        // In English, also as the documents' Swedish: "the collaboration coordinator" is "Samverkanskoordinator".
        List<String> askedWords = u.language() == se.samverkansbot.register.Language.ENGLISH
                ? u.words().stream()
                        .flatMap(word -> java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(word),
                                se.samverkansbot.sources.EnglishToSwedish.swedish(word).stream()
                                        .flatMap(List::stream)
                                        .map(se.samverkansbot.text.Words::normalize)
                                        // "What does the administrative support cost?" names the table, not its
                                        // line "Samordningsfunktion med administration/utredning".
                                        .filter(swedish -> !swedish.startsWith("administ"))))
                        .toList()
                : u.words();
        for (String word : se.samverkansbot.text.Words.tokens(name)) {
            if (word.length() < 6) {
                continue;
            }
            for (String asked : askedWords) {
                // The word itself or an inflection of it, not a shorter word it begins with ("samverkan").
                if (asked.startsWith(word) || word.startsWith(asked) && asked.length() >= word.length() - 2) {
                    return true;
                }
            }
        }
        return false;
    }

    Reply decisions(Utterance u, List<Structure> structures) {
        StringBuilder text = new StringBuilder();
        structures.forEach(s -> text.append(decisionsSentence(u.say(), s)).append('\n'));
        return Reply.plain(text.toString().strip(), u.language());
    }

    Reply terms(Utterance u, List<Mention.OfTerm> terms) {
        Phrasing say = u.say();
        Map<String, List<String>> meaningToStructures = new LinkedHashMap<>();
        Map<String, GlossaryTerm> termOf = new LinkedHashMap<>();
        for (Mention.OfTerm mention : terms) {
            String key = mention.term().term() + "|" + mention.term().meaning();
            meaningToStructures
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add(mention.structure().name());
            termOf.putIfAbsent(key, mention.term());
        }
        List<String> lines = new ArrayList<>();
        meaningToStructures.forEach((key, structures) -> {
            GlossaryTerm term = termOf.get(key);
            lines.add(term.term() + ": " + term.meaning() + " (" + String.join(", ", structures) + ")");
        });
        return Reply.plain(String.join("\n", lines), say.language());
    }

    private static String decisionsSentence(Phrasing say, Structure structure) {
        if (!structure.consultativeOnly()) {
            return "";
        }
        return say.say(
                        "%s är ett system för samråd och samtal; beslut fattas endast av huvudmännen (%s).",
                        "%s is a system for consultation and dialogue; decisions are taken only by the principals (%s).")
                .formatted(
                        structure.name(),
                        say.join(
                                structure.principals().stream().map(Party::name).toList()));
    }

    private static List<Forum> activeForums(Utterance u, Structure structure) {
        // LAKO has no end date of its own; it ended when SVOM, which replaced it, began.
        return structure.forums().stream()
                .filter(f -> f.isActiveOn(u.today()) && !structure.isReplacedOn(f.id(), u.today()))
                .toList();
    }

    private static Map<ForumLevel, List<Forum>> byLevel(Utterance u, Structure structure) {
        Map<ForumLevel, List<Forum>> byLevel = new java.util.TreeMap<>();
        activeForums(u, structure)
                .forEach(f -> byLevel.computeIfAbsent(f.level(), l -> new ArrayList<>())
                        .add(f));
        return byLevel;
    }

    /**
     * "HälSam har åtta parter, alla huvudmän: en region och sju kommuner." The documents name the region and the
     * municipalities as the parties; an association of municipalities that supports the collaboration without being
     * a principal is named after them, not counted with them (that made "nio parter", which no document says).
     */
    private static String partyCount(Phrasing say, Structure structure) {
        List<se.samverkansbot.register.Party> principals = structure.parties().stream()
                .filter(se.samverkansbot.register.Party::principal)
                .toList();
        long regions = principals.stream()
                .filter(p -> p.kind() == se.samverkansbot.register.PartyKind.REGION)
                .count();
        long municipalities = principals.stream()
                .filter(p -> p.kind() == se.samverkansbot.register.PartyKind.MUNICIPALITY)
                .count();
        List<String> kinds = new ArrayList<>();
        if (regions > 0) {
            kinds.add(say.number(regions) + " "
                    + (regions == 1 ? say.say("region", "region") : say.say("regioner", "regions")));
        }
        if (municipalities > 0) {
            kinds.add(say.number(municipalities) + " "
                    + (municipalities == 1
                            ? say.say("kommun", "municipality")
                            : say.say("kommuner", "municipalities")));
        }
        String count = (principals.size() == 1
                ? say.say("%s har en part, huvudman%s.", "%s has one party, a principal%s.")
                        .formatted(structure.name(), kinds.isEmpty() ? "" : ": " + say.join(kinds))
                : say.say("%s har %s parter, alla huvudmän%s.", "%s has %s parties, all principals%s.")
                        .formatted(
                                structure.name(),
                                say.number(principals.size()),
                                kinds.isEmpty() ? "" : ": " + say.join(kinds)));
        List<String> supporters = structure.parties().stream()
                .filter(p -> !p.principal())
                .map(se.samverkansbot.register.Party::name)
                .toList();
        if (supporters.isEmpty()) {
            return count;
        }
        return count + " "
                + say.say(
                                "Dessutom stödjer %s samverkan utan att vara huvudman.",
                                "%s also supports the collaboration, without being a principal.")
                        .formatted(say.join(supporters));
    }

    /** Long lists (21 local groups) are summarised by count rather than read out. */
    private static String names(Phrasing say, List<Forum> forums) {
        if (forums.size() > 6) {
            long municipalities = forums.stream()
                    .map(Forum::municipality)
                    .filter(m -> m != null)
                    .distinct()
                    .count();
            boolean even = municipalities > 0 && forums.size() % municipalities == 0;
            return municipalities > 0
                    ? say.say("%s grupper i %s kommuner", "%s groups in %s municipalities")
                                    .formatted(say.number(forums.size()), say.number(municipalities))
                            + (even
                                    ? say.say(" (%s per kommun)", " (%s per municipality)")
                                            .formatted(say.number(forums.size() / municipalities))
                                    : "")
                    : say.say("%d forum", "%d forums").formatted(forums.size());
        }
        return say.join(forums.stream().map(Forum::name).toList());
    }

    private static String mnkr(long sek) {
        return BigDecimal.valueOf(sek)
                        .movePointLeft(6)
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ',') + " mnkr";
    }
}
