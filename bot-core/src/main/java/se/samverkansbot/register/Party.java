package se.samverkansbot.register;

import java.util.List;

/**
 * A party to a structure: the region, a municipality, or an association of municipalities. Only principals
 * (huvudmän) take decisions; an association such as Kommunförbundet supports but is not a principal.
 */
public record Party(String id, String name, PartyKind kind, boolean principal, List<String> aliases) {
    public Party {
        aliases = Lists.copy(aliases);
    }
}
