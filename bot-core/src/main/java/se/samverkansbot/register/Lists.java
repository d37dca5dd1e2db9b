package se.samverkansbot.register;

import java.util.List;

/** Records in the register never hold null lists: absent means empty. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
