package se.samverkansbot.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.samverkansbot.register.SourceDocument;

/**
 * Splits a document's text into passages. The seed documents are converted presentations, decisions and reports:
 * headings are marked with {@code #} or stand as short lines of their own, paragraphs are separated by blank
 * lines, and lists ({@code -} or {@code •}) belong with the line that introduces them.
 */
final class Passages {
    /** Longer paragraphs are cut at sentence ends, so a quote answers rather than buries the answer. */
    static final int MAX_CHARS = 600;

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-•–*]\\s+.*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-ZÅÄÖ0-9])");

    /** An att-sats, the form of a proposed decision: "att ge i skolcheferna i uppdrag att …". */
    private static final Pattern ATT_SATS = Pattern.compile("(?iu)\\s*att\\s");

    private Passages() {}

    static List<Passage> of(String structureId, SourceDocument document) {
        List<List<String>> blocks = blocks(document.text());
        List<Passage> passages = new ArrayList<>();
        String heading = "";
        String intro = null;
        for (int i = 0; i < blocks.size(); i++) {
            List<String> block = blocks.get(i);
            if (isHeading(block) && leadsInToAList(blocks, i)) {
                // "## Förslag till beslut" / "SVOM föreslår Regionens samverkansråd (RSR)" / "- …": the line says who
                // proposes the list below to whom, under the section's heading.
                intro = block.getFirst().strip();
                continue;
            }
            if (isHeading(block)) {
                heading = block.getFirst().replaceFirst("^#+\\s*", "").strip();
                intro = null;
                continue;
            }
            boolean list =
                    block.stream().allMatch(line -> LIST_ITEM.matcher(line).matches());
            String text = String.join(
                    list ? "\n" : " ", block.stream().map(String::strip).toList());
            List<String> shortLines = shortLinesAfter(blocks, i, announced(text));
            if (text.endsWith(":") && shortLines.size() >= 2) {
                // "Länsledningens arbete ska bidra till arbetsprocesser på fyra nivåer:" followed by "Politisk nivå",
                // "Strategisk nivå", … each on a line of its own: the lines are the list it introduces, not headings.
                text += "\n"
                        + String.join(
                                "\n",
                                shortLines.stream().map(line -> "- " + line).toList());
                i += shortLines.size();
                list = true;
            }
            if (list && intro != null) {
                // The list continues the line before it ("Förslaget ska klargöra:"), which was kept back for it.
                text = intro + "\n" + text;
                intro = null;
            } else if (intro != null) {
                if (ATT_SATS.matcher(text).lookingAt()) {
                    // "Förslag till skolan att ta vidare i sin respektive kommun:" before att-satser written as
                    // paragraphs: it opens a list of its own, not the end of the one before it ("Förslag till
                    // socialtjänst och region …:" follows with nearly the same items), so its passage starts with it.
                    addFresh(passages, structureId, document, heading, intro);
                } else {
                    add(passages, structureId, document, heading, intro);
                }
                intro = null;
            }
            if (!list && text.endsWith(":") && i + 1 < blocks.size()) {
                intro = text;
                continue;
            }
            add(passages, structureId, document, heading, text);
        }
        if (intro != null) {
            add(passages, structureId, document, heading, intro);
        }
        return passages;
    }

    private static void add(
            List<Passage> passages, String structureId, SourceDocument document, String heading, String text) {
        add(passages, structureId, document, heading, text, false);
    }

    /** A passage that starts anew, not joined to the short paragraphs before it. */
    private static void addFresh(
            List<Passage> passages, String structureId, SourceDocument document, String heading, String text) {
        add(passages, structureId, document, heading, text, true);
    }

    private static void add(
            List<Passage> passages,
            String structureId,
            SourceDocument document,
            String heading,
            String text,
            boolean fresh) {
        if (text.chars().noneMatch(Character::isLetter)) {
            // "2023-10-02" on a line of its own, above the title: the document's date, which its title carries. As a
            // passage it shared the title's words with every question about the document, and its year with any that
            // named one ("Who is carrying out the 2023 review?" was answered with the date alone).
            return;
        }
        if (!passages.isEmpty() && !fresh) {
            // Short paragraphs of one section read as one: the reason and the decision it explains stay together.
            Passage last = passages.getLast();
            if (last.document() == document
                    && last.heading().equals(heading)
                    && !heading.isEmpty()
                    && last.text().length() + text.length() < MAX_CHARS) {
                passages.set(
                        passages.size() - 1, new Passage(structureId, document, heading, last.text() + "\n" + text));
                return;
            }
        }
        if (text.length() <= MAX_CHARS) {
            passages.add(new Passage(structureId, document, heading, text));
            return;
        }
        StringBuilder part = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            if (!part.isEmpty() && part.length() + sentence.length() > MAX_CHARS) {
                passages.add(new Passage(structureId, document, heading, part.toString()));
                part.setLength(0);
            }
            part.append(part.isEmpty() ? "" : " ").append(sentence);
        }
        if (!part.isEmpty()) {
            passages.add(new Passage(structureId, document, heading, part.toString()));
        }
    }

    /** Blank-line separated blocks; a list item that follows text directly starts its own block. */
    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                flush(blocks, current);
                current = new ArrayList<>();
                continue;
            }
            boolean item = LIST_ITEM.matcher(line).matches();
            boolean previousItem =
                    !current.isEmpty() && LIST_ITEM.matcher(current.getLast()).matches();
            if (!current.isEmpty() && item != previousItem && !(previousItem && !item && continues(line))) {
                flush(blocks, current);
                current = new ArrayList<>();
            }
            current.add(line);
        }
        flush(blocks, current);
        return joinedWhereALineBreaksOff(blocks);
    }

    /**
     * Words a sentence cannot end on: a line that ends with one ("Beslutet ska skickas till") breaks off, and the
     * block after the blank line ("SocialReKo") is the rest of it, not a heading of its own. Converted decisions put
     * such a line and its object on separate lines.
     */
    private static final java.util.Set<String> BREAKS_OFF = java.util.Set.of(
            "till", "av", "för", "med", "om", "på", "hos", "från", "mellan", "och", "samt", "eller", "att", "som");

    private static List<List<String>> joinedWhereALineBreaksOff(List<List<String>> blocks) {
        List<List<String>> joined = new ArrayList<>();
        for (List<String> block : blocks) {
            if (!joined.isEmpty() && breaksOff(joined.getLast().getLast())) {
                List<String> whole = new ArrayList<>(joined.getLast());
                whole.addAll(block);
                joined.set(joined.size() - 1, whole);
                continue;
            }
            joined.add(block);
        }
        return joined;
    }

    private static boolean breaksOff(String line) {
        String[] words = line.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return !line.strip().startsWith("#") && BREAKS_OFF.contains(words[words.length - 1]);
    }

    /** A wrapped list item: the next line goes on in lower case. */
    private static boolean continues(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && Character.isLowerCase(stripped.charAt(0));
    }

    private static void flush(List<List<String>> blocks, List<String> block) {
        if (!block.isEmpty()) {
            blocks.add(block);
        }
    }

    /** The longest line read as an item of a list written without bullets. */
    private static final int SHORT_LINE = 40;

    private static final java.util.Map<String, Integer> NUMBER_WORDS = java.util.Map.of(
            "två", 2, "tre", 3, "fyra", 4, "fem", 5, "sex", 6, "sju", 7, "åtta", 8, "nio", 9, "tio", 10);

    /** How many items a line ending in a colon announces ("… på fyra nivåer:"), or as many as follow. */
    private static int announced(String intro) {
        String[] words = intro.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        for (int w = words.length - 1; w >= 0; w--) {
            if (NUMBER_WORDS.containsKey(words[w])) {
                return NUMBER_WORDS.get(words[w]);
            }
            if (words[w].matches("\\d{1,2}")) {
                return Integer.parseInt(words[w]);
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The single short lines, heading-like but not marked as headings, that follow the block at {@code i}: at most
     * as many as its intro announces, so the next section's heading is not taken for one more item.
     */
    private static List<String> shortLinesAfter(List<List<String>> blocks, int i, int most) {
        List<String> lines = new ArrayList<>();
        for (int j = i + 1; j < blocks.size() && lines.size() < most; j++) {
            String line = blocks.get(j).getFirst().strip();
            if (!isHeading(blocks.get(j)) || line.startsWith("#") || line.length() > SHORT_LINE) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    /**
     * Whether the unmarked heading-like line at {@code i} opens the list after it: right below a marked heading, a
     * second heading would title nothing of its own.
     */
    private static boolean leadsInToAList(List<List<String>> blocks, int i) {
        return i > 0
                && i + 1 < blocks.size()
                && !blocks.get(i).getFirst().strip().startsWith("#")
                && blocks.get(i - 1).size() == 1
                && blocks.get(i - 1).getFirst().strip().startsWith("#")
                && blocks.get(i + 1).stream()
                        .allMatch(line -> LIST_ITEM.matcher(line).matches());
    }

    private static boolean isHeading(List<String> block) {
        if (block.size() != 1) {
            return false;
        }
        String line = block.getFirst().strip();
        if (line.startsWith("#")) {
            return true;
        }
        return line.length() <= 60
                && !LIST_ITEM.matcher(line).matches()
                && !line.endsWith(".")
                && !line.endsWith(":")
                && !line.endsWith(",")
                && Character.isUpperCase(line.charAt(0));
    }
}
