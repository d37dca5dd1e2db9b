package se.samverkansbot.register.file;

import java.util.List;
import java.util.stream.Collectors;

import se.samverkansbot.register.Language;

/** A structure file that was refused; it carries every problem found, not just the first. */
public class InvalidStructureFile extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidStructureFile(List<Problem> problems) {
        super(describe(problems, Language.ENGLISH));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public String describe(Language language) {
        return describe(problems, language);
    }

    private static String describe(List<Problem> problems, Language language) {
        String heading = language == Language.SWEDISH
                ? "Strukturfilen avvisades (%d fel), inget har ändrats:".formatted(problems.size())
                : "The structure file was refused (%d problems); nothing was changed:".formatted(problems.size());
        return problems.stream()
                .map(p -> "  " + p.message(language))
                .collect(Collectors.joining("\n", heading + "\n", ""));
    }
}
