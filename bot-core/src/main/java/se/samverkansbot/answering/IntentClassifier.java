package se.samverkansbot.answering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samverkansbot.text.Words;

/**
 * Recognises what is asked from cue phrases in both languages. The order matters: the first intent with a
 * cue in the question wins, so specific cues ("hur ofta") come before general ones ("vad är").
 */
final class IntentClassifier {
    private static final Map<Intent, List<Cue>> CUES = new LinkedHashMap<>();

    /** A cue's words with their stems, computed once. */
    private record Cue(List<String> words, List<String> stems) {
        static Cue of(List<String> words) {
            return new Cue(words, words.stream().map(Words::stem).toList());
        }
    }

    static {
        cue(
                Intent.MY_FORUMS,
                "mina forum",
                "var sitter jag",
                "vilka forum sitter jag",
                "vilka grupper sitter jag",
                "mina uppdrag",
                "my forums",
                "where do i sit",
                "which forums am i",
                "what forums am i",
                "my groups");
        cue(
                Intent.YEAR_WHEEL,
                "årshjul",
                "årshjulet",
                "årets möten",
                "alla möten",
                "mötesplan",
                "mötesplanen",
                "year wheel",
                "annual calendar",
                "all meetings",
                "meetings this year",
                "meeting calendar",
                "kalender",
                "calendar");
        cue(
                Intent.AGENDA,
                "dagordning",
                "dagordningen",
                "agenda",
                "vad ska tas upp",
                "vilka ärenden",
                "what is on",
                "föredragningslista");
        cue(
                Intent.DEADLINES,
                "deadline",
                "deadlines",
                "sista dag",
                "sista dagen",
                "sista datum",
                "senast",
                "due",
                "cut off",
                "cutoff",
                "frist",
                "när ska",
                "when must",
                "when do i need");
        cue(
                Intent.FREQUENCY,
                "hur ofta",
                "hur många gånger",
                "hur många möten",
                "gånger per år",
                "gånger om året",
                "how often",
                "how many times",
                "how many meetings",
                "times a year",
                "times per year",
                "frequency");
        cue(
                Intent.ADMIN_SUPPORT,
                "administrativt stöd",
                "administrativa stödet",
                "administrativ",
                "kostnad",
                "kostar",
                "kostnaden",
                "kostnader",
                "cost",
                "costs",
                "administrative support",
                "admin support",
                "budget",
                "resurser",
                "resursbehov");
        cue(
                Intent.ABBREVIATION,
                "vad betyder",
                "vad står",
                "står för",
                "förkortning",
                "förkortningen",
                "what does",
                "stand for",
                "stands for",
                "abbreviation",
                "betyder",
                "mean",
                "meaning",
                "innebär");
        cue(
                Intent.DECISIONS,
                "fatta beslut",
                "fattar beslut",
                "beslutar",
                "får besluta",
                "kan besluta",
                "beslutsmandat",
                "take decisions",
                "make decisions",
                "decide",
                "decides",
                "decision");
        cue(
                Intent.HISTORY,
                "när startade",
                "när började",
                "när bildades",
                "sedan när",
                "när upphörde",
                "när slutade",
                "ersatte",
                "ersattes",
                "föregångare",
                "historia",
                "historik",
                "startade",
                "bildades",
                "upphörde",
                "when did",
                "when was",
                "started",
                "since when",
                "replaced",
                "predecessor",
                "history",
                "ended",
                "founded",
                "established");
        cue(
                Intent.MILESTONES,
                "milstolpar",
                "tidslinje",
                "tidslinjen",
                "vad hände",
                "vilka beslut",
                "viktiga datum",
                "milestones",
                "timeline",
                "what happened",
                "key dates");
        cue(
                Intent.REPORTS_TO,
                "rapporterar",
                "rapportera",
                "rapporteringsvägar",
                "reports to",
                "report to",
                "reporting",
                "ligger under",
                "ansvarig för",
                "över sig",
                "above");
        cue(
                Intent.REPRESENTS,
                "representerar",
                "representeras",
                "representant",
                "representanter",
                "represents",
                "represented",
                "representative",
                "representatives",
                "sitter för",
                "företräder",
                "who speaks for");
        cue(
                Intent.MEMBERS,
                "vilka sitter",
                "vem sitter",
                "vilka satt",
                "vem satt",
                "vilka var med",
                "who was in",
                "who were in",
                "vilka ingår",
                "vilka är med",
                "vilka deltar",
                "ledamöter",
                "ledamot",
                "medlemmar",
                "sammansättning",
                "består av",
                "who sits",
                "who is in",
                "who are in",
                "who is on",
                "who are the members",
                "members",
                "member",
                "composition",
                "consist of",
                "consists of",
                "who takes part",
                "deltar");
        cue(
                Intent.NEXT_MEETING,
                "nästa möte",
                "nästa möten",
                "nästa sammanträde",
                "kommande möte",
                "kommande möten",
                "när träffas",
                "när möts",
                "när har",
                "när är mötet",
                "när är nästa",
                "next meeting",
                "next meetings",
                "upcoming meeting",
                "upcoming meetings",
                "when is the next",
                "when does",
                "when do",
                "when is",
                "mitt nästa",
                "mina möten",
                "my meetings",
                "when will",
                "möte",
                "meeting",
                "meetings",
                "möten",
                "sammanträde");
        cue(
                Intent.SUBORDINATES,
                "vad finns under",
                "vilka finns under",
                "vilka grupper finns under",
                "under sig",
                "what is under",
                "which groups are under",
                "below",
                "underordnade",
                "under");
        cue(Intent.PERSON, "vem är", "who is", "titel", "title", "jobbar", "works");
        cue(
                Intent.PARTIES,
                "parter",
                "parterna",
                "vilka är huvudmännen",
                "vilka huvudmän",
                "vilka kommuner",
                "vilka är parterna",
                "parties",
                "principals",
                "which municipalities",
                "what municipalities",
                "municipalities");
        cue(
                Intent.AREAS,
                "strategiska områden",
                "strategiska områdena",
                "strategiområden",
                "områden",
                "områdena",
                "strategic areas",
                "areas",
                "focus areas");
        cue(Intent.LEVELS, "nivåer", "nivåerna", "levels");
        cue(
                Intent.FORUMS,
                "vilka forum",
                "vilka grupper",
                "vilka forum finns",
                "strukturen",
                "organisationen",
                "organisation",
                "uppbyggd",
                "uppbyggnad",
                "which forums",
                "what forums",
                "which groups",
                "structure",
                "organised",
                "organized");
        cue(
                Intent.MANDATE,
                "uppdrag",
                "uppdraget",
                "syfte",
                "syftet",
                "till för",
                "vad gör",
                "vad håller",
                "mål",
                "målet",
                "mandat",
                "what is it for",
                "what is the purpose",
                "purpose",
                "mandate",
                "what does it do",
                "remit",
                "what do they do",
                "goal");
        cue(
                Intent.HELP,
                "hjälp",
                "vad kan du",
                "vad kan jag fråga",
                "hur funkar",
                "hur fungerar du",
                "kommandon",
                "help",
                "what can you",
                "what can i ask",
                "commands",
                "how do you work");
        cue(Intent.THANKS, "tack", "tackar", "thanks", "thank you", "thx");
        cue(
                Intent.GREETING,
                "hej",
                "hejsan",
                "tjena",
                "hallå",
                "god morgon",
                "god dag",
                "hello",
                "hi",
                "hey",
                "good morning");
    }

    private static void cue(Intent intent, String... phrases) {
        CUES.put(
                intent,
                java.util.Arrays.stream(phrases).map(Words::tokens).map(Cue::of).toList());
    }

    Intent classify(List<String> words) {
        List<String> stems = words.stream().map(Words::stem).toList();
        for (Map.Entry<Intent, List<Cue>> entry : CUES.entrySet()) {
            for (Cue cue : entry.getValue()) {
                if (contains(words, stems, cue)) {
                    return entry.getKey();
                }
            }
        }
        return Intent.ABOUT;
    }

    private static boolean contains(List<String> words, List<String> stems, Cue cue) {
        for (int start = 0; start + cue.words().size() <= words.size(); start++) {
            boolean all = true;
            for (int k = 0; k < cue.words().size() && all; k++) {
                all = cueWord(
                        words.get(start + k),
                        stems.get(start + k),
                        cue.words().get(k),
                        cue.stems().get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean cueWord(String typed, String typedStem, String cue, String cueStem) {
        // Short function words must match exactly ("vem" is not "vad"); longer ones forgive inflection and typos.
        return typed.equals(cue) || cue.length() >= 5 && Words.sameWord(typed, typedStem, cue, cueStem);
    }
}
