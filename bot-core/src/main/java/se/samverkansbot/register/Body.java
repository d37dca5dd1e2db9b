package se.samverkansbot.register;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkansbot.text.Words;

/** A board, committee or administration of a party: socialnämnd, HSN, RUN, VVU, HOSPA … */
public record Body(String id, String party, String name, BodyKind kind, List<String> aliases, String note) {
    public Body {
        aliases = Lists.copy(aliases);
    }

    /**
     * Whether the other is a board of this one's kind, in its own party or another's: the same board, one of the same
     * name ("Skolnämnden (eller motsvarande)" in each municipality), or one that shares a name it is also called by
     * ("school board" is HälSam's skolnämnd and Jämtland's barn- och utbildningsnämnd, each "or equivalent").
     */
    public boolean isOfTheKindOf(Body other) {
        if (id.equals(other.id()) || unqualified(name).equals(unqualified(other.name()))) {
            return true;
        }
        Set<String> called = aliases.stream().map(Words::normalize).collect(Collectors.toSet());
        return other.aliases().stream().map(Words::normalize).anyMatch(called::contains);
    }

    /** "Skolnämnden (eller motsvarande)" as "skolnamnden". */
    private static String unqualified(String name) {
        return Words.normalize(name.replaceAll("\\s*\\(.*\\)", ""));
    }
}
