package se.samverkansbot.understanding;

import java.util.List;
import java.util.Set;

import se.samverkansbot.register.Language;

/**
 * Swedish unless the question is clearly English. A platform's language hint decides only when the words
 * do not: a member with an English Teams client who writes in Swedish gets Swedish.
 */
final class LanguageGuess {
    private static final Set<String> ENGLISH = Set.of(
            "who",
            "what",
            "when",
            "where",
            "which",
            "how",
            "is",
            "are",
            "the",
            "does",
            "do",
            "next",
            "meeting",
            "meetings",
            "mean",
            "of",
            "for",
            "chair",
            "members",
            "help",
            "represents",
            "about",
            "often",
            "my",
            "i",
            "am",
            "me",
            "a",
            "an",
            "there",
            "and",
            "can",
            "you",
            "please",
            "thanks",
            "hello",
            "hi",
            "agenda",
            "whom",
            "tell",
            "show",
            "list",
            "stand",
            "purpose",
            "did",
            "start",
            "started",
            "sit",
            "sits",
            "with",
            "this",
            "that",
            "year",
            "wheel",
            "calendar",
            "all",
            "give",
            "would",
            "like",
            "know",
            "meet",
            "mandate",
            "new",
            "item",
            "items",
            "submit",
            "accept",
            "approve",
            "reject",
            "withdraw",
            "edit",
            "publish",
            "notice",
            "review",
            "move",
            "cancel",
            "schedule",
            "add",
            "on",
            "confirm",
            "abort");
    private static final Set<String> SWEDISH = Set.of(
            "vem",
            "vad",
            "nar",
            "var",
            "vilka",
            "vilken",
            "vilket",
            "hur",
            "ar",
            "och",
            "nasta",
            "mote",
            "motet",
            "moten",
            "betyder",
            "i",
            "for",
            "som",
            "om",
            "det",
            "till",
            "jag",
            "mig",
            "mina",
            "min",
            "mitt",
            "en",
            "ett",
            "har",
            "kan",
            "du",
            "finns",
            "hej",
            "tack",
            "sitter",
            "ofta",
            "gor",
            "uppdrag",
            "ordforande",
            "representerar",
            "dagordning",
            "dagordningen",
            "hjalp",
            "sammankallande",
            "inom",
            "av",
            "pa",
            "med",
            "de",
            "den",
            "nytt",
            "arende",
            "arenden",
            "godkann",
            "avsla",
            "flytta",
            "publicera",
            "kallelse",
            "kallelsen",
            "andra",
            "dra",
            "tillbaka",
            "granska",
            "stall",
            "boka",
            "lagg",
            "bekrafta",
            "avbryt",
            "att");

    Language guess(List<String> words, Language hint) {
        int english = 0;
        int swedish = 0;
        for (String word : words) {
            if (ENGLISH.contains(word)) {
                english++;
            }
            if (SWEDISH.contains(word)) {
                swedish++;
            }
        }
        if (english > swedish) {
            return Language.ENGLISH;
        }
        if (swedish > english) {
            return Language.SWEDISH;
        }
        return hint == null ? Language.SWEDISH : hint;
    }
}
