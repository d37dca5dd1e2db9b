package se.samverkansbot.sources;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English words of this domain put into the Swedish the source documents use, word by word, so an English
 * question can find a Swedish passage. Words it does not know (names, numbers, abbreviations) pass through.
 * Small on purpose: the words members use about these structures, not a dictionary.
 */
final class EnglishToSwedish {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("proposal", "förslag"),
            Map.entry("proposals", "förslag"),
            Map.entry("proposed", "föreslår"),
            Map.entry("decide", "beslut"),
            Map.entry("decides", "beslut"),
            Map.entry("decided", "beslutat"),
            Map.entry("decision", "beslut"),
            Map.entry("decisions", "beslut"),
            Map.entry("review", "översyn"),
            Map.entry("overview", "översyn"),
            Map.entry("meeting", "möte"),
            Map.entry("meetings", "möten"),
            Map.entry("joint", "gemensamt"),
            Map.entry("common", "gemensam"),
            Map.entry("theme", "tema"),
            Map.entry("thematic", "tema"),
            Map.entry("chair", "ordförande"),
            Map.entry("chairs", "ordförande"),
            Map.entry("chairman", "ordförande"),
            Map.entry("municipality", "kommun"),
            Map.entry("municipalities", "kommunerna"),
            Map.entry("school", "skola"),
            Map.entry("schools", "skolan"),
            Map.entry("social", "social"),
            Map.entry("services", "socialtjänst"),
            Map.entry("health", "hälso"),
            Map.entry("care", "vård"),
            Map.entry("children", "barn"),
            Map.entry("child", "barn"),
            Map.entry("young", "unga"),
            Map.entry("youth", "unga"),
            Map.entry("elderly", "äldre"),
            Map.entry("older", "äldre"),
            Map.entry("adults", "vuxna"),
            Map.entry("investment", "investeringen"),
            Map.entry("paused", "pausa"),
            Map.entry("pause", "pausa"),
            Map.entry("cost", "kostnad"),
            Map.entry("costs", "kostnader"),
            Map.entry("secretary", "sekreterare"),
            Map.entry("minutes", "minnesanteckningar"),
            Map.entry("support", "stöd"),
            Map.entry("administrative", "administrativt"),
            Map.entry("established", "etablerades"),
            Map.entry("start", "start"),
            Map.entry("started", "start"),
            Map.entry("clarify", "klargöra"),
            Map.entry("exclude", "omfattar"),
            Map.entry("excluded", "omfattar"),
            Map.entry("excludes", "omfattar"),
            Map.entry("goal", "mål"),
            Map.entry("goals", "mål"),
            Map.entry("aim", "mål"),
            Map.entry("purpose", "syfte"),
            Map.entry("background", "bakgrund"),
            Map.entry("working", "arbetsgrupp"),
            Map.entry("group", "grupp"),
            Map.entry("groups", "grupper"),
            Map.entry("elected", "väljs"),
            Map.entry("chosen", "utses"),
            Map.entry("appointed", "utses"),
            Map.entry("represent", "representera"),
            Map.entry("represented", "representerade"),
            Map.entry("political", "politiska"),
            Map.entry("politicians", "politiker"),
            Map.entry("officials", "tjänstepersoner"),
            Map.entry("civil", "tjänsteperson"),
            Map.entry("local", "lokala"),
            Map.entry("county", "länet"),
            Map.entry("residential", "internat"),
            Map.entry("annual", "årligen"),
            Map.entry("annually", "årligen"),
            Map.entry("year", "år"),
            Map.entry("yearly", "årligen"),
            Map.entry("times", "gånger"),
            Map.entry("cease", "upphör"),
            Map.entry("ceased", "upphör"),
            Map.entry("end", "upphör"),
            Map.entry("replace", "ersätta"),
            Map.entry("replaces", "ersätta"),
            Map.entry("replaced", "ersätta"),
            Map.entry("structure", "struktur"),
            Map.entry("collaboration", "samverkan"),
            Map.entry("cooperation", "samverkan"),
            Map.entry("principal", "huvudman"),
            Map.entry("principals", "huvudmännen"),
            Map.entry("mandate", "mandat"),
            Map.entry("task", "uppdrag"),
            Map.entry("tasks", "uppdrag"),
            Map.entry("assignment", "uppdrag"),
            Map.entry("evaluate", "utvärdera"),
            Map.entry("evaluation", "utvärdera"),
            Map.entry("initiated", "initierade"),
            Map.entry("initiative", "initiativ"),
            Map.entry("arena", "arena"),
            Map.entry("population", "befolkningen"),
            Map.entry("deadline", "senast"),
            Map.entry("due", "senast"),
            Map.entry("members", "ledamöter"),
            Map.entry("member", "ledamot"),
            Map.entry("presidium", "presidium"),
            Map.entry("convener", "sammankallande"),
            Map.entry("vision", "målbild"),
            Map.entry("prevention", "förebyggande"),
            Map.entry("preventive", "förebyggande"),
            Map.entry("values", "värdegrund"),
            Map.entry("funding", "finansiering"),
            Map.entry("financed", "finansiering"),
            Map.entry("skills", "kompetensförsörjningen"),
            Map.entry("staff", "kompetensförsörjningen"),
            Map.entry("send", "skickas"),
            Map.entry("sent", "skickas"),
            Map.entry("paper", "underlag"),
            Map.entry("basis", "underlag"),
            Map.entry("budget", "budget"),
            Map.entry("tried", "prövas"),
            Map.entry("reconsidered", "prövas"),
            Map.entry("again", "nytt"),
            Map.entry("percentage", "procent"),
            Map.entry("percent", "procent"),
            Map.entry("role", "roll"),
            Map.entry("roles", "roller"),
            Map.entry("editor", "redaktör"),
            Map.entry("communication", "kommunikation"),
            Map.entry("needed", "behövs"),
            Map.entry("need", "behov"),
            Map.entry("model", "samverkansmodell"),
            Map.entry("consultants", "konsulternas"),
            Map.entry("reasoning", "resonemang"),
            Map.entry("themes", "tema"),
            Map.entry("recommend", "rekommendera"),
            Map.entry("recommended", "rekommendera"),
            Map.entry("recommendation", "rekommendera"),
            Map.entry("follow", "uppföljning"),
            Map.entry("report", "rapportera"),
            Map.entry("reports", "rapporterar"),
            Map.entry("anchor", "förankra"),
            Map.entry("majority", "majoritet"),
            Map.entry("opposition", "opposition"),
            Map.entry("dialogue", "samtal"),
            Map.entry("consultation", "samråd"),
            Map.entry("horizontal", "horisontella"),
            Map.entry("alternative", "alternativa"),
            Map.entry("advantages", "fördelar"),
            Map.entry("disadvantages", "nackdelar"),
            Map.entry("lead", "leda"),
            Map.entry("clear", "tydlig"));

    private EnglishToSwedish() {}

    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("carry out", "genomföra"),
            Map.entry("carried out", "genomförs"),
            Map.entry("residential meeting", "internat"),
            Map.entry("pros and cons", "för- och nackdelar"),
            Map.entry("working group", "arbetsgrupp"),
            Map.entry("term of office", "mandatperioden"),
            Map.entry("social services", "socialtjänst"),
            Map.entry("health care", "hälso- och sjukvård"),
            Map.entry("joint meeting", "gemensamt möte"),
            Map.entry("theme meeting", "temamöte"),
            Map.entry("theme meetings", "temamöten"),
            Map.entry("preparation group", "beredningsgruppen"),
            Map.entry("head of school", "skolchef"),
            Map.entry("school heads", "skolchef"));

    static String translate(String question) {
        String phrased = question;
        for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
            phrased = phrased.replaceAll("(?i)\\b" + phrase.getKey() + "\\b", phrase.getValue());
        }
        Matcher words = WORD.matcher(phrased);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            words.appendReplacement(
                    out, Matcher.quoteReplacement(WORDS.getOrDefault(word.toLowerCase(Locale.ROOT), word)));
        }
        words.appendTail(out);
        return out.toString();
    }
}
