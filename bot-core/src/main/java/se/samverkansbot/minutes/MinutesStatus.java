package se.samverkansbot.minutes;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

public enum MinutesStatus implements Bilingual {
    /** Being written; the forum's members may read it. */
    DRAFT("utkast", "draft"),
    /** Signed off and published: never changed again. */
    PUBLISHED("publicerade", "published");

    private final String swedish;
    private final String english;

    MinutesStatus(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
