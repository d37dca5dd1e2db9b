package se.samverkansbot.register.file;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a file is read, so that one pass reports all of them. */
final class Problems {
    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(int line, ProblemKind kind, Object... arguments) {
        found.add(new Problem(file, line, kind, arguments));
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<Problem> all() {
        return found.stream()
                .sorted((a, b) -> Integer.compare(a.line(), b.line()))
                .toList();
    }
}
