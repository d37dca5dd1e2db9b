package se.samverkansbot.followup;

import java.util.Optional;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Coded;
import se.samverkansbot.register.Language;

/** What a principal decided on a recommendation. */
public enum DecisionOutcome implements Bilingual, Coded {
    ADOPTED("adopted", "antogs", "adopted"),
    ADOPTED_WITH_CHANGES("adopted-with-changes", "antogs med ändringar", "adopted with changes"),
    NOT_ADOPTED("not-adopted", "antogs inte", "not adopted");

    private final String code;
    private final String swedish;
    private final String english;

    DecisionOutcome(String code, String swedish, String english) {
        this.code = code;
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<DecisionOutcome> ofCode(String code) {
        return Coded.byCode(values(), code);
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
