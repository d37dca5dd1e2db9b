package se.samverkansbot.register;

import java.util.List;

public record GlossaryTerm(String term, String meaning, List<String> aliases) {
    public GlossaryTerm {
        aliases = Lists.copy(aliases);
    }
}
