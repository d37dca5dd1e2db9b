package se.samverkansbot.register.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import se.samverkansbot.register.PartialDate;

/**
 * Typed, line-aware reading of one YAML mapping. Values are read from the text as written, so YAML's
 * implicit typing ("no" becoming false, dates becoming timestamps) never surprises a secretary. Every key
 * read is remembered; {@link #rejectUnknownKeys()} reports the rest.
 */
final class YamlFields {
    private final Node node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    private YamlFields(Node node, Problems problems) {
        this.node = node;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
                if (key == null) {
                    problems.add(line(tuple.getKeyNode()), ProblemKind.EXPECTED_TEXT, "key");
                } else if (entries.putIfAbsent(key, tuple) != null) {
                    problems.add(line(tuple.getKeyNode()), ProblemKind.DUPLICATE_KEY, key);
                }
            }
        }
    }

    /** Reads {@code node} as a mapping; anything else is a problem and yields an empty mapping. */
    static YamlFields of(Node node, String name, Problems problems) {
        if (!(node instanceof MappingNode)) {
            problems.add(line(node), ProblemKind.EXPECTED_MAP, name);
        }
        return new YamlFields(node, problems);
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    int line() {
        return line(node);
    }

    /** The line of the key's value, or of the mapping when the key is absent. */
    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : line(tuple.getKeyNode());
    }

    boolean has(String key) {
        known.add(key);
        return value(key).isPresent();
    }

    String text(String key) {
        return scalar(key).map(String::strip).orElse(null);
    }

    String requiredText(String key) {
        if (value(key).isEmpty()) {
            problems.add(lineOf(key), ProblemKind.MISSING, key);
            return null;
        }
        String text = text(key);
        if (text != null && text.isEmpty()) {
            problems.add(lineOf(key), ProblemKind.MISSING, key);
            return null;
        }
        return text;
    }

    List<String> texts(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problems.add(lineOf(key), ProblemKind.EXPECTED_LIST, key);
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                texts.add(scalar.getValue().strip());
            } else {
                problems.add(line(item), ProblemKind.EXPECTED_TEXT, key);
            }
        }
        return texts;
    }

    LocalDate date(String key) {
        return parsed(key, LocalDate::parse, ProblemKind.BAD_DATE);
    }

    LocalTime time(String key) {
        return parsed(key, LocalTime::parse, ProblemKind.BAD_TIME);
    }

    List<LocalDate> dates(String key) {
        List<LocalDate> dates = new java.util.ArrayList<>();
        for (String text : texts(key)) {
            try {
                dates.add(LocalDate.parse(text));
            } catch (RuntimeException e) {
                problems.add(lineOf(key), ProblemKind.BAD_DATE, key, text);
            }
        }
        return dates;
    }

    /** Reports {@code kind} at {@code key} when {@code check} refuses the text (a rule a library parses). */
    void check(String key, java.util.function.Consumer<String> check, ProblemKind kind) {
        scalar(key).ifPresent(text -> {
            try {
                check.accept(text.strip());
            } catch (RuntimeException e) {
                problems.add(
                        lineOf(key),
                        kind,
                        key,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        });
    }

    PartialDate partialDate(String key) {
        return parsed(key, PartialDate::parse, ProblemKind.BAD_PARTIAL_DATE);
    }

    Integer integer(String key) {
        return parsed(key, Integer::valueOf, ProblemKind.EXPECTED_NUMBER);
    }

    BigDecimal decimal(String key) {
        // Swedish documents write decimals with a comma: 0,9 mnkr.
        return parsed(key, text -> new BigDecimal(text.replace(',', '.')), ProblemKind.EXPECTED_NUMBER);
    }

    /** The value parsed, or null; a value the parser refuses is reported as {@code kind} with key and text. */
    private <T> T parsed(String key, Function<String, T> parser, ProblemKind kind) {
        return scalar(key)
                .map(text -> {
                    try {
                        return parser.apply(text.strip());
                    } catch (RuntimeException e) {
                        problems.add(lineOf(key), kind, key, text);
                        return null;
                    }
                })
                .orElse(null);
    }

    boolean bool(String key, boolean absent) {
        return scalar(key)
                .map(text -> switch (text.strip().toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> {
                        problems.add(lineOf(key), ProblemKind.EXPECTED_BOOLEAN, key, text);
                        yield absent;
                    }
                })
                .orElse(absent);
    }

    /** An enum constant written in kebab case: {@code county-coordination} for COUNTY_COORDINATION. */
    <E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
        Optional<String> text = scalar(key);
        if (text.isEmpty()) {
            if (required) {
                problems.add(lineOf(key), ProblemKind.MISSING, key);
            }
            return null;
        }
        String wanted = text.get().strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        problems.add(lineOf(key), ProblemKind.BAD_CHOICE, key, choices(type), text.get());
        return null;
    }

    static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }

    List<YamlFields> objects(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problems.add(lineOf(key), ProblemKind.EXPECTED_LIST, key);
            return List.of();
        }
        return sequence.getValue().stream().map(item -> of(item, key, problems)).toList();
    }

    Optional<YamlFields> object(String key) {
        return value(key).map(value -> of(value, key, problems));
    }

    /** Reports keys that no reader asked for, with the closest known key as a hint. */
    void rejectUnknownKeys() {
        entries.forEach((key, tuple) -> {
            if (!known.contains(key)) {
                problems.add(line(tuple.getKeyNode()), ProblemKind.UNKNOWN_KEY, key, Suggestion.among(key, known));
            }
        });
    }

    private Optional<Node> value(String key) {
        known.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        return value instanceof ScalarNode scalar && isNull(scalar) ? Optional.empty() : Optional.of(value);
    }

    Optional<String> scalar(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.add(lineOf(key), ProblemKind.EXPECTED_TEXT, key);
        return Optional.empty();
    }

    private static boolean isNull(ScalarNode scalar) {
        String value = scalar.getValue();
        return scalar.getTag().getValue().endsWith(":null") || value.isEmpty() || value.equals("~");
    }
}
