package se.samverkansbot.register;

import java.util.Locale;
import java.util.Optional;

/** A value a form carries as a short code ("recommendation", "adopted"): one way to read a code back. */
public interface Coded {
    String code();

    /** The value whose code this is, ignoring case and surrounding space; empty for none or an unknown code. */
    static <C extends Coded> Optional<C> byCode(C[] values, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (C value : values) {
            if (value.code().equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
