package se.samverkansbot.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.samverkansbot.register.Body;
import se.samverkansbot.register.BodyKind;
import se.samverkansbot.register.ContactIdentities;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.GlossaryTerm;
import se.samverkansbot.register.Mandate;
import se.samverkansbot.register.MeetingFrequency;
import se.samverkansbot.register.PartialDate;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.PartyKind;
import se.samverkansbot.register.Period;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.SourceDocument;
import se.samverkansbot.register.StrategicArea;
import se.samverkansbot.register.Structure;

/**
 * A generated register the size of the whole country: 21 regions, their municipalities, and in all 2 000
 * forums and 10 000 people with seats. Names are made of Swedish-looking syllables (with å, ä, ö) so that
 * the linker's vocabulary is as large and as confusable as a real one.
 */
final class NationalRegister {
    static final int STRUCTURES = 21;
    static final int FORUMS = 2_000;
    static final int PEOPLE = 10_000;
    static final int DOCUMENTS = 2_000;
    /** About a page of A4 in characters. */
    static final int PAGE = 3_000;

    private static final String[] WORDS = {
        "samverkan",
        "huvudmännen",
        "förslaget",
        "översynen",
        "beslut",
        "nämnden",
        "kommunerna",
        "regionen",
        "uppdrag",
        "mandat",
        "struktur",
        "socialtjänst",
        "skola",
        "hälso- och sjukvård",
        "barn",
        "unga",
        "vuxna",
        "äldre",
        "ska",
        "bör",
        "inom",
        "mellan",
        "genom",
        "för",
        "och",
        "att",
        "med",
        "som",
        "en",
        "ett",
        "det",
        "arbetsgrupp",
        "beredning",
        "kallelse",
        "minnesanteckningar",
        "länet",
        "presidium",
        "ordförande",
        "rapporteringsvägar",
        "stöd",
        "kostnad",
        "uppföljning",
        "överenskommelse",
        "förankra",
        "majoritet",
        "opposition",
        "gemensamt",
        "möte",
        "tema",
        "internat",
        "insatser",
        "behov",
        "utveckling",
        "kompetens"
    };

    private static final String[] SYLLABLES = {
        "sund", "vall", "ån", "ge", "tim", "rå", "här", "nö", "sand", "kram", "fors", "sol", "lef", "teå", "örn",
        "sköld", "vik", "berg", "bräc", "ke", "kro", "kom", "ra", "gun", "da", "ström", "å", "re", "öster", "ek",
        "lund", "by", "holm", "sjö", "dal", "mark", "stad", "hed", "bo", "torp", "näs", "ås", "mo", "backa", "tuna",
        "ryd"
    };
    private static final String[] FIRST_NAMES = {
        "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma", "Ingrid", "Malin", "Lars", "Mikael",
        "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Jan", "Thomas", "Örjan", "Åsa", "Björn", "Göran"
    };

    private final Random random = new Random(20261123);
    final List<Structure> structures = new ArrayList<>();

    NationalRegister() {
        int forumsLeft = FORUMS;
        int peopleLeft = PEOPLE;
        for (int s = 0; s < STRUCTURES; s++) {
            int forums = forumsLeft / (STRUCTURES - s);
            int people = peopleLeft / (STRUCTURES - s);
            structures.add(structure(s, forums, people, DOCUMENTS / STRUCTURES + (s < DOCUMENTS % STRUCTURES ? 1 : 0)));
            forumsLeft -= forums;
            peopleLeft -= people;
        }
    }

    private Structure structure(int number, int forumCount, int peopleCount, int documents) {
        String regionName = "Region " + Character.toUpperCase(place().charAt(0)) + place().substring(1);
        String id = "struktur-" + number;
        List<Party> parties = new ArrayList<>();
        List<Body> bodies = new ArrayList<>();
        parties.add(new Party("region", regionName, PartyKind.REGION, true, List.of("regionen")));
        bodies.add(
                new Body("region-hsn", "region", "Hälso- och sjukvårdsnämnden", BodyKind.BOARD, List.of("HSN"), null));
        int municipalities = 8 + random.nextInt(20);
        for (int m = 0; m < municipalities; m++) {
            String name = capitalize(place());
            parties.add(new Party("kommun-" + m, name + " kommun", PartyKind.MUNICIPALITY, true, List.of(name)));
            bodies.add(
                    new Body("kommun-" + m + "-soc", "kommun-" + m, "Socialnämnden", BodyKind.BOARD, List.of(), null));
        }
        List<Forum> forums = new ArrayList<>();
        forums.add(
                forum("politisk", "Politisk samverkan " + number, ForumLevel.POLITICAL, StrategicArea.ALL, null, null));
        forums.add(forum(
                "lansledning", "Länsledning " + number, ForumLevel.STRATEGIC, StrategicArea.ALL, null, "politisk"));
        StrategicArea[] areas = {
            StrategicArea.CHILDREN_AND_YOUNG_PEOPLE, StrategicArea.ADULTS, StrategicArea.OLDER_PEOPLE
        };
        for (StrategicArea area : areas) {
            forums.add(forum(
                    "lan-" + area.ordinal(),
                    "Länssamordningsgrupp " + area.label(se.samverkansbot.register.Language.SWEDISH),
                    ForumLevel.COUNTY_COORDINATION,
                    area,
                    null,
                    "lansledning"));
        }
        for (int f = forums.size(); f < forumCount; f++) {
            int municipality = f % municipalities;
            StrategicArea area = areas[f % 3];
            forums.add(forum(
                    "lokal-" + f,
                    "Lokal samverkan " + capitalize(place()) + " " + f,
                    ForumLevel.LOCAL,
                    area,
                    "kommun-" + municipality,
                    "lan-" + area.ordinal()));
        }
        List<Person> people = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        for (int p = 0; p < peopleCount; p++) {
            String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + capitalize(place())
                    + capitalize(syllable());
            String party = parties.get(random.nextInt(parties.size())).id();
            String personId = "person-" + p;
            people.add(new Person(
                    personId,
                    name,
                    "Handläggare",
                    party,
                    null,
                    new ContactIdentities(personId + "@" + id + ".example.se", "U" + number + "X" + p, null),
                    null,
                    null));
            Forum forum = forums.get(random.nextInt(forums.size()));
            seats.add(new Seat(
                    "seat-" + p,
                    forum.id(),
                    p % 10 == 0 ? SeatRole.CHAIR : SeatRole.MEMBER,
                    party,
                    null,
                    personId,
                    null,
                    null,
                    1,
                    new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)),
                    null,
                    null));
        }
        List<GlossaryTerm> glossary = List.of(
                new GlossaryTerm("HSN", "Hälso- och sjukvårdsnämnden", List.of()),
                new GlossaryTerm("LSG", "Lokal samverkansgrupp", List.of()));
        return new Structure(
                id,
                "Samverkan " + capitalize(place()) + number,
                "Samverkan i " + regionName,
                List.of(),
                regionName,
                "Syfte",
                "Mål",
                List.of(),
                LocalDate.of(2023, 1, 1),
                null,
                true,
                null,
                parties,
                bodies,
                people,
                forums,
                seats,
                glossary,
                List.of(),
                null,
                documents(id, documents));
    }

    private static Forum forum(
            String id, String name, ForumLevel level, StrategicArea area, String municipality, String reportsTo) {
        return new Forum(
                id,
                name,
                List.of(),
                level,
                area,
                municipality,
                reportsTo,
                List.of(),
                new Mandate("Samordning inom området.", List.of("Följa upp överenskommelser")),
                new MeetingFrequency(5, "5 gånger per år", null, null),
                null,
                PartialDate.parse("2023"),
                null,
                null,
                true,
                null,
                null,
                true,
                List.of());
    }

    static String randomWord(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /**
     * What the generated documents' words are drawn from. By default evenly from the 55 words the questions ask
     * about: each of them then stands in about six passages out of ten, where the seed documents have one of them in
     * one paragraph out of twelve on average. {@code -Dtext=seeds} draws instead from the words of the shipped
     * source documents, each as often as they write it, so that each word is as common as in real documents of such
     * structures. Its "document when" questions measure slower in the tail, so both are reported.
     */
    static final boolean SEED_TEXT = "seeds".equals(System.getProperty("text"));

    private static final List<String> DOCUMENT_WORDS = SEED_TEXT ? documentWords() : List.of();

    private static List<String> documentWords() {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/-]*")
                .matcher(se.samverkansbot.testing.ShippedStructures.register().structures().stream()
                        .flatMap(structure -> structure.documents().stream())
                        .map(SourceDocument::text)
                        .collect(java.util.stream.Collectors.joining("\n")));
        while (word.find()) {
            words.add(word.group().toLowerCase(java.util.Locale.ROOT));
        }
        return List.copyOf(words);
    }

    private String documentWord() {
        return SEED_TEXT
                ? DOCUMENT_WORDS.get(random.nextInt(DOCUMENT_WORDS.size()))
                : WORDS[random.nextInt(WORDS.length)];
    }

    /** Documents of 5–20 pages: headings, paragraphs of Swedish-looking sentences, lists, dates and places. */
    private List<SourceDocument> documents(String structureId, int count) {
        List<SourceDocument> documents = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            int pages = 5 + random.nextInt(16);
            StringBuilder text = new StringBuilder();
            int section = 0;
            while (text.length() < pages * PAGE) {
                text.append("## Avsnitt ")
                        .append(++section)
                        .append(' ')
                        .append(capitalize(place()))
                        .append("\n\n");
                for (int paragraph = 0; paragraph < 3; paragraph++) {
                    for (int sentence = 0; sentence < 4; sentence++) {
                        text.append(capitalize(documentWord()));
                        for (int w = 0; w < 12; w++) {
                            text.append(' ').append(random.nextInt(9) == 0 ? place() : documentWord());
                        }
                        text.append(
                                        random.nextInt(6) == 0
                                                ? " senast 20" + (20 + random.nextInt(8)) + "-0"
                                                        + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                                                : "")
                                .append(". ");
                    }
                    text.append("\n\n");
                }
                text.append("Förslaget ska klargöra:\n- mandat\n- ")
                        .append(place())
                        .append("\n- stöd\n\n");
            }
            documents.add(new SourceDocument(
                    structureId + "-dok-" + d,
                    "Utredning om " + place() + " " + (2020 + d % 7),
                    PartialDate.parse(Integer.toString(2020 + d % 7)),
                    "review",
                    null,
                    text.toString()));
        }
        return documents;
    }

    private String place() {
        return syllable() + syllable();
    }

    private String syllable() {
        return SYLLABLES[random.nextInt(SYLLABLES.length)];
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
