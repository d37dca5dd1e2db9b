package se.samverkansbot.register;

import java.util.List;

/** A board, committee or administration of a party: socialnämnd, HSN, RUN, VVU, HOSPA … */
public record Body(String id, String party, String name, BodyKind kind, List<String> aliases, String note) {
    public Body {
        aliases = Lists.copy(aliases);
    }
}
