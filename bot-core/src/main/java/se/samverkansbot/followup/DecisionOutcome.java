package se.samverkansbot.followup;

import java.util.Locale;
import java.util.Optional;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

/** What a principal decided on a recommendation. */
public enum DecisionOutcome implements Bilingual {
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

    public String code() {
        return code;
    }

    public static Optional<DecisionOutcome> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (DecisionOutcome outcome : values()) {
            if (outcome.code.equals(wanted)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
