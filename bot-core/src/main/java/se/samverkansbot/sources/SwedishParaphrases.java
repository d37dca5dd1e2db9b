package se.samverkansbot.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Swedish words a question may use for what the documents say otherwise ("vad ska inte ingå i översynen" of a
 * passage that says "Uppdraget bör inte omfatta"), from {@code swedish-paraphrases.tsv}: one group per line. A
 * question's word stands for every word of its group, compared as the passage analyser stems them.
 */
final class SwedishParaphrases {
    private final Map<String, Set<String>> groupOfStem;

    /** @param stems how the passage analyser reduces a word to its terms */
    SwedishParaphrases(Function<String, List<String>> stems) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (List<String> words : load()) {
            Set<String> group = new LinkedHashSet<>();
            for (String word : words) {
                String[] parts = word.split("[\\s-]+");
                if (parts.length == 1) {
                    group.addAll(stems.apply(word));
                    continue;
                }
                // "tema-möte" is two words to the analyser: one alternative that needs both, or every "möte" of
                // the documents would count as a "tema" asked about (and widen a question about "tema" to them).
                // Each part by its stem, the analyser's last term ("mötet": "motet", then "mot").
                List<String> each = new ArrayList<>();
                for (String part : parts) {
                    List<String> terms = stems.apply(part);
                    if (terms.isEmpty()) {
                        throw new IllegalStateException(
                                "A paraphrase's word may not be a stop word: " + part + " in " + word);
                    }
                    each.add(terms.getLast());
                }
                group.add(String.join(SourceSearch.BOTH, each));
            }
            group.forEach(stem -> groups.merge(stem, group, (a, b) -> {
                Set<String> both = new LinkedHashSet<>(a);
                both.addAll(b);
                return both;
            }));
        }
        this.groupOfStem = Map.copyOf(groups);
    }

    /** The concept with every stem of the groups its stems belong to. */
    Set<String> widened(Set<String> concept) {
        Set<String> widened = new LinkedHashSet<>(concept);
        concept.forEach(stem -> widened.addAll(groupOfStem.getOrDefault(stem, Set.of())));
        return widened;
    }

    private static List<List<String>> load() {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = SwedishParaphrases.class.getResourceAsStream("swedish-paraphrases.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    groups.add(List.of(line.strip().split("\\|")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }
}
