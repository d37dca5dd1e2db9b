package se.samverkansbot.agenda;

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

    /** The kind a form's code stands for; information when there is none or it is unknown. */
    public static ItemKind fromCode(String code) {
        for (ItemKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        return INFORMATION;
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
