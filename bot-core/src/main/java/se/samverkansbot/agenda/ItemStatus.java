package se.samverkansbot.agenda;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

public enum ItemStatus implements Bilingual {
    SUBMITTED("inskickat", "submitted"),
    /** Came after the cut-off; the chair decides whether it is taken up. */
    LATE("inkommet efter sista dag", "late"),
    ACCEPTED("godkänt för dagordningen", "accepted"),
    REJECTED("avslaget", "rejected"),
    WITHDRAWN("tillbakadraget", "withdrawn");

    private final String swedish;
    private final String english;

    ItemStatus(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }

    public boolean awaitsReview() {
        return this == SUBMITTED || this == LATE;
    }
}
