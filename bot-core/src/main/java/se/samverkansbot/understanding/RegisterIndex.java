package se.samverkansbot.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.samverkansbot.register.Body;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.GlossaryTerm;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.StrategicArea;
import se.samverkansbot.register.Structure;
import se.samverkansbot.text.Words;

/**
 * Everything a question can name, indexed once per register snapshot: every name, alias and abbreviation as
 * a phrase, plus the general notions (levels, areas, roles) in both languages.
 */
final class RegisterIndex {
    private static final Map<ForumLevel, List<String>> LEVEL_WORDS = Map.of(
            ForumLevel.COUNTY_COORDINATION,
                    List.of(
                            "länssamordningsgrupp",
                            "länssamordningsgrupperna",
                            "länssamordningsgrupper",
                            "samordningsgrupperna",
                            "county coordination groups",
                            "county coordination group",
                            "coordination groups",
                            "county groups",
                            "county group",
                            "länsgrupper",
                            "länsgrupperna",
                            "länsgruppen",
                            "länsgrupp"),
            ForumLevel.LOCAL,
                    List.of(
                            "lokal samverkan",
                            "lokala samverkansgrupper",
                            "lokala samverkansgrupperna",
                            "lokala grupper",
                            "lokala grupperna",
                            "lsg",
                            "local groups",
                            "local group",
                            "local collaboration"),
            ForumLevel.WORKING_GROUP, List.of("arbetsgrupper", "arbetsgrupperna", "working groups"),
            ForumLevel.PREPARATION, List.of("beredningsgrupper", "tjänstemannaberedningar", "preparation groups"),
            ForumLevel.POLITICAL, List.of("politisk nivå", "politiska nivån", "political level", "political forums"));
    private static final Map<StrategicArea, List<String>> AREA_WORDS = Map.of(
            StrategicArea.CHILDREN_AND_YOUNG_PEOPLE,
                    List.of(
                            "barn och unga",
                            "barn och ungdomar",
                            "barn",
                            "unga",
                            "ungdomar",
                            "children and young people",
                            "children",
                            "young people",
                            "youth",
                            "kids"),
            StrategicArea.ADULTS, List.of("vuxna", "vuxen", "adults", "adult"),
            StrategicArea.OLDER_PEOPLE,
                    List.of("äldre", "äldreomsorg", "older people", "elderly", "the elderly", "older"));
    private static final Map<SeatRole, List<String>> ROLE_WORDS = Map.of(
            SeatRole.CHAIR,
                    List.of(
                            "ordförande",
                            "ordföranden",
                            "ordförandena",
                            "ordf",
                            "chair",
                            "chairs",
                            "chairman",
                            "chairperson",
                            // "Vem leder Barnarenan?", "who leads SVOM?": a forum is led by its chair. Not "leder"
                            // alone: "vad leder det till?" asks what follows (nor "leader", a typo from "leder").
                            "vem leder",
                            "som leder",
                            "ledare",
                            "who leads",
                            "who heads",
                            // "Who chaired SocialReKo in 2022?": the verb asks for its chair, too.
                            "who chaired",
                            "who chairs"),
            SeatRole.VICE_CHAIR, List.of("vice ordförande", "vice chair", "deputy chair"),
            SeatRole.CONVENER,
                    // "Vem sammankallar SVOM?", "who convenes its meetings?", "den som ska kalla till mötena": who
                    // convenes, or calls the meetings, is its convener.
                    List.of(
                            "sammankallande",
                            "convener",
                            "convenor",
                            "vem sammankallar",
                            "som sammankallar",
                            "who convenes",
                            "ska kalla till mötena",
                            "kallar till mötena",
                            "kalla till mötena",
                            "calls the meetings"),
            SeatRole.SECRETARY, List.of("sekreterare", "sekreteraren", "secretary"),
            SeatRole.DEPUTY, List.of("ersättare", "ersättaren", "deputy", "deputies", "substitute"),
            SeatRole.OFFICIAL_SUPPORT, List.of("tjänstemannastöd", "tjänstepersonsstöd", "official support"));

    private final Register register;
    private final Vocabulary vocabulary = new Vocabulary();
    private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();
    private final Map<String, Mention> byKey = new HashMap<>();
    /**
     * One-word names of structures and forums ("hälsam", "svom") and of boards ("socialnämnd"), folded: the heads of
     * compounds like "hälsammötet" and "socialnämndsordförande".
     */
    private final java.util.Set<String> compoundHeads = new java.util.HashSet<>();

    RegisterIndex(Register register) {
        this.register = register;
        for (Structure structure : register.structures()) {
            Mention.OfStructure of = new Mention.OfStructure(structure);
            add(structure.name(), of);
            structure.aliases().forEach(alias -> add(alias, of));
            addCompoundHead(structure.name());
            structure.aliases().forEach(this::addCompoundHead);
            if (structure.county() != null && !structure.county().isBlank()) {
                // "samverkan i Västernorrland": a county names its structure, as the region and the county
                // association named after it ("Region Västernorrland") name themselves with a word more.
                add(structure.county(), of);
                // "på Västernorrlandssidan", "Västernorrlandsmodellen".
                addCompoundHead(structure.county());
            }
            for (Forum forum : structure.forums()) {
                Mention.OfForum mention = new Mention.OfForum(structure, forum);
                add(forum.name(), mention);
                add(withoutParenthesis(forum.name()), mention);
                forum.aliases().forEach(alias -> add(alias, mention));
                addCompoundHead(withoutParenthesis(forum.name()));
                forum.aliases().forEach(this::addCompoundHead);
            }
            for (Party party : structure.parties()) {
                Mention.OfParty mention = new Mention.OfParty(structure, party);
                add(party.name(), mention);
                party.aliases().forEach(alias -> add(alias, mention));
            }
            for (Body body : structure.bodies()) {
                Mention.OfBody mention = new Mention.OfBody(structure, body);
                add(withoutParenthesis(body.name()), mention);
                body.aliases().forEach(alias -> add(alias, mention));
                addBoardHead(withoutParenthesis(body.name()));
            }
            for (Person person : structure.people()) {
                Mention.OfPerson mention = new Mention.OfPerson(structure, person);
                add(person.name(), mention);
                List<String> names = Words.tokens(person.name());
                if (names.size() > 1) {
                    add(names.getLast(), mention);
                }
            }
            for (GlossaryTerm term : structure.glossary()) {
                Mention.OfTerm mention = new Mention.OfTerm(structure, term);
                add(term.term(), mention);
                term.aliases().forEach(alias -> add(alias, mention));
            }
        }
        LEVEL_WORDS.forEach((level, words) -> words.forEach(w -> add(w, new Mention.OfLevel(level))));
        AREA_WORDS.forEach((area, words) -> words.forEach(w -> add(w, new Mention.OfArea(area))));
        ROLE_WORDS.forEach((role, words) -> words.forEach(w -> add(w, new Mention.OfRole(role))));
    }

    Register register() {
        return register;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    List<Phrase> phrasesStartingWith(String word) {
        return phrasesByFirstWord.getOrDefault(word, List.of());
    }

    /** Whether a word is the one-word name of a structure or forum that may start a compound. */
    boolean isCompoundHead(String word) {
        return compoundHeads.contains(word);
    }

    /** Whether the word is a word of some name, as typed or nearly. */
    boolean knows(String word) {
        return !vocabulary.matches(word).isEmpty();
    }

    /**
     * A board's one-word name starts compounds as its indefinite form: "socialnämndsordförande" is the chair of
     * "Socialnämnden", "skolnämndsledamot" a member of "Skolnämnden".
     */
    private void addBoardHead(String name) {
        List<String> words = Words.tokens(name);
        if (words.size() != 1) {
            return;
        }
        String word = words.getFirst();
        boolean definite = word.endsWith("en") || word.endsWith("et");
        addCompoundHead(definite ? word.substring(0, word.length() - 2) : word);
    }

    private void addCompoundHead(String name) {
        List<String> words = Words.tokens(name);
        if (words.size() == 1 && words.getFirst().length() >= NameCompounds.MIN_HEAD) {
            compoundHeads.add(words.getFirst());
        }
    }

    /** The mention a key names (a clarifying question's pinned choice), if the register still has it. */
    java.util.Optional<Mention> mention(String key) {
        return java.util.Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    private void add(String name, Mention mention) {
        byKey.putIfAbsent(mention.key(), mention);
        List<String> words = Words.tokens(name);
        if (words.isEmpty()) {
            return;
        }
        words.forEach(vocabulary::add);
        List<Phrase> phrases = phrasesByFirstWord.computeIfAbsent(words.getFirst(), first -> new ArrayList<>(2));
        // A forum's alias in lower case describes it ("politiska samverkan"); its names are capitalised.
        boolean description =
                mention instanceof Mention.OfForum && name.equals(name.toLowerCase(java.util.Locale.ROOT));
        Phrase phrase = new Phrase(words, mention, description);
        if (!phrases.contains(phrase)) {
            phrases.add(phrase);
        }
    }

    private static String withoutParenthesis(String name) {
        int open = name.indexOf('(');
        return open > 0 ? name.substring(0, open).strip() : name;
    }
}
