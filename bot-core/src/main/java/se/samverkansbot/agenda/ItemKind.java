package se.samverkansbot.agenda;

import java.util.Optional;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

/** What an item asks of the forum. A forum only consults: decisions are taken by the principals. */
public enum ItemKind implements Bilingual {
    INFORMATION("information", "information", "information"),
    CONSULTATION("samrad", "samråd", "consultation"),
    PREPARATION("beredning", "beredning inför huvudmännens beslut", "preparation for the principals' decisions"),
    FOLLOW_UP("uppfoljning", "uppföljning", "follow-up");

    private final String code;
    private final String swedish;
    private final String english;

    ItemKind(String code, String swedish, String english) {
        this.code = code;
        this.swedish = swedish;
        this.english = english;
    }

    /** The code a form carries for this kind. */
    public String code() {
        return code;
    }

    /** The kind a form sent; none chosen is information, the plainest kind; an unknown code is no kind. */
    public static Optional<ItemKind> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(INFORMATION);
        }
        for (ItemKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
