package se.samverkansbot.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * Swedish writes a name and what it qualifies as one word: "hälsammötet", "svommötena", "hälsamfrågor",
 * "länsledningsmötet". Such a word is read as the name and the rest ("hälsam", "mötet"), so that the name is
 * linked and the rest still says what is asked. Only the one-word names of structures, forums and boards start such a
 * compound, only when the whole word is not itself a word of some name ("barnarenans" stays one word), and only
 * with a rest that is a word of the forums' work: "rekommenderade" starts with the alias "reko" and is no
 * compound.
 */
final class NameCompounds {
    /** A shorter name ("are" for Åre) would start too many ordinary words. */
    static final int MIN_HEAD = 3;
    /** The rest must be a word of its own, not an inflection ("svoms"). */
    private static final int MIN_REST = 4;

    /**
     * How the rest of such a compound starts, folded: meetings, seats, papers, tasks, sides ("på Jämtlandssidan",
     * the Jämtland side of things, or HälSam's web page). Not matters ("ärende",
     * "frågor"): "hur förankrar jag ett hälsamärende?" asks about the document's advice, and a split made it a
     * question about submitting items.
     */
    private static final java.util.regex.Pattern REST = java.util.regex.Pattern.compile(
            "(mot|ordf|presidi|ledamot|post|grupp|oversyn|beslut|protokoll|kallels|agenda|dagordning"
                    + "|sekreterar|uppdrag|mandat|representant|plats|deadline|datum|arbete|samverkan|politiker"
                    + "|ordning|struktur|modell|forslag|sida|sidan|sidor)\\w*");

    private NameCompounds() {}

    static List<String> split(List<String> words, RegisterIndex index) {
        List<String> out = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            List<String> parts = parts(word, index);
            if (parts.size() > 1 && out == null) {
                out = new ArrayList<>(words.subList(0, i));
            }
            if (out != null) {
                out.addAll(parts);
            }
        }
        return out == null ? words : List.copyOf(out);
    }

    private static List<String> parts(String word, RegisterIndex index) {
        if (word.length() < MIN_HEAD + MIN_REST) {
            return List.of(word);
        }
        List<String> split = atAName(word, index);
        // Whether the whole word is a word of some name is the costlier look (a typo scan of the vocabulary): only
        // for a word that splits at all.
        return split.size() > 1 && index.knows(word) ? List.of(word) : split;
    }

    private static List<String> atAName(String word, RegisterIndex index) {
        for (int cut = word.length() - MIN_REST; cut >= MIN_HEAD; cut--) {
            String head = word.substring(0, cut);
            String rest = word.substring(cut);
            if (!REST.matcher(rest).matches()) {
                continue;
            }
            if (index.isCompoundHead(head)) {
                return List.of(head, rest);
            }
            // The linking "s" of Swedish compounds: "länsledningsmötet".
            if (head.endsWith("s") && index.isCompoundHead(head.substring(0, cut - 1))) {
                return List.of(head.substring(0, cut - 1), rest);
            }
            // A name in "-ium" joins a compound as "-ie-": "presidieledamöterna" are the presidium's members.
            String ium = head.endsWith("ie") ? head.substring(0, cut - 2) + "ium" : null;
            if (ium != null && index.isCompoundHead(ium)) {
                return List.of(ium, rest);
            }
        }
        return List.of(word);
    }
}
