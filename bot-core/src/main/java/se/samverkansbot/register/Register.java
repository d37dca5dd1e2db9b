package se.samverkansbot.register;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The structures currently known, as one immutable snapshot. Reading the register never touches the
 * database; a new snapshot replaces the old one after an import.
 */
public final class Register {
    private final List<Structure> structures;

    public Register(List<Structure> structures) {
        this.structures = structures.stream()
                .sorted(Comparator.comparing(Structure::name))
                .toList();
    }

    public static Register empty() {
        return new Register(List.of());
    }

    public List<Structure> structures() {
        return structures;
    }

    public Optional<Structure> structure(String id) {
        return structures.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
