package se.samverkansbot.agenda;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

/** What an item asks of the forum. A forum only consults: decisions are taken by the principals. */
public enum ItemKind implements Bilingual {
    INFORMATION("information", "information"),
    CONSULTATION("samråd", "consultation"),
    PREPARATION("beredning inför huvudmännens beslut", "preparation for the principals' decisions"),
    FOLLOW_UP("uppföljning", "follow-up");

    private final String swedish;
    private final String english;

    ItemKind(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
