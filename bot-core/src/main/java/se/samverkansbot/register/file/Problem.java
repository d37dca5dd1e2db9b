package se.samverkansbot.register.file;

import java.util.Arrays;
import java.util.List;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

/**
 * One thing wrong in a structure file, at a line (1-based; 0 when it concerns the whole file). Arguments
 * that are {@link Bilingual} are rendered in the reader's language.
 */
public record Problem(String file, int line, ProblemKind kind, List<Object> arguments) {

    public Problem(String file, int line, ProblemKind kind, Object... arguments) {
        this(file, line, kind, Arrays.asList(arguments));
    }

    public String message(Language language) {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + text(language);
    }

    /** What is wrong, without where: for a change made in a form, where the file's lines mean nothing. */
    public String text(Language language) {
        Object[] rendered = arguments.stream()
                .map(argument ->
                        argument instanceof Bilingual bilingual ? bilingual.label(language) : String.valueOf(argument))
                .toArray();
        return kind.template(language).formatted(rendered);
    }

    @Override
    public String toString() {
        return message(Language.ENGLISH);
    }
}
