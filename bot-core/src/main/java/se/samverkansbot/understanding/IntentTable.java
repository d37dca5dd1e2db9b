package se.samverkansbot.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import se.samverkansbot.text.Words;
import se.samverkansbot.understanding.Intent.Topic;
import se.samverkansbot.understanding.Recogniser.Cue;
import se.samverkansbot.understanding.Recogniser.Slot;
import se.samverkansbot.understanding.Recogniser.Spec;

/**
 * Reads {@code intents.yaml}, the table of what the recogniser looks for. The table is data so that cue phrases can
 * be read and extended as the vocabulary they are; the code gives each intent its builder. A table that names an
 * intent without a builder, misses one, or has an unknown key stops the bot at start, not at a member's question.
 */
final class IntentTable {
    private static final Set<String> KEYS = Set.of(
            "intent",
            "rank",
            "weight",
            "leads",
            "slots-alone",
            "requires",
            "prefers",
            "forbids",
            "topic",
            "cues",
            "weak",
            "exact");
    /** What a weak cue weighs: half of one word. */
    static final double WEAK = 0.5;

    private IntentTable() {}

    static List<Spec> read(Map<String, Function<Utterance, Intent>> builders) {
        List<Spec> specs = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Map<String, Object> entry : entries()) {
            Set<String> unknown = new HashSet<>(entry.keySet());
            unknown.removeAll(KEYS);
            String name = String.valueOf(entry.get("intent"));
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("intents.yaml: " + name + " has unknown keys " + unknown);
            }
            Function<Utterance, Intent> build = builders.get(name);
            if (build == null || !named.add(name)) {
                throw new IllegalStateException("intents.yaml: no builder for, or a second entry of, " + name);
            }
            boolean leads = Boolean.TRUE.equals(entry.get("leads"));
            double weight = entry.get("weight") instanceof Number number ? number.doubleValue() : 1.0;
            List<Cue> cues = new ArrayList<>();
            // A command's verb counts once, whatever its length: leading the message is what matters.
            // "exact": a social word matched as written ("think" is not "thanks", "hållas" is no "hallå").
            boolean exact = Boolean.TRUE.equals(entry.get("exact"));
            strings(entry, "cues")
                    .forEach(p -> cues.add(
                            Cue.of(p, leads ? 1.0 : weight * Words.tokens(p).size(), exact)));
            strings(entry, "weak").forEach(p -> cues.add(Cue.of(p, WEAK, exact)));
            cues.sort(Comparator.comparingDouble(Cue::weight).reversed());
            specs.add(new Spec(
                    name,
                    ((Number) entry.get("rank")).intValue(),
                    List.copyOf(cues),
                    leads,
                    slots(entry, "requires"),
                    slots(entry, "prefers"),
                    slots(entry, "forbids"),
                    Boolean.TRUE.equals(entry.get("slots-alone")),
                    entry.get("topic") == null ? null : Topic.valueOf(constant(entry.get("topic"))),
                    build));
        }
        if (!named.equals(builders.keySet())) {
            Set<String> missing = new HashSet<>(builders.keySet());
            missing.removeAll(named);
            throw new IllegalStateException("intents.yaml lacks " + missing);
        }
        return List.copyOf(specs);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries() {
        try (InputStream in = IntentTable.class.getResourceAsStream("intents.yaml")) {
            if (in == null) {
                throw new IllegalStateException("intents.yaml is missing beside " + IntentTable.class.getName());
            }
            return (List<Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        return value == null
                ? List.of()
                : ((List<Object>) value).stream().map(String::valueOf).toList();
    }

    private static Set<Slot> slots(Map<String, Object> entry, String key) {
        Set<Slot> slots = EnumSet.noneOf(Slot.class);
        strings(entry, key).forEach(slot -> slots.add(Slot.valueOf(constant(slot))));
        return slots;
    }

    private static String constant(Object kebab) {
        return String.valueOf(kebab).toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
