package se.samverkansbot.followup;

import java.util.Optional;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Coded;
import se.samverkansbot.register.Language;

/** Where a principal stands on a recommendation. */
public enum FollowUpStatus implements Bilingual, Coded {
    OPEN("open", "inte besvarad", "not answered"),
    /** Decided by the principal: date, body, outcome, protocol link. */
    DECIDED("decided", "beslutad", "decided"),
    /** On the agenda of a named body on a date. */
    ON_AGENDA("on-agenda", "på dagordningen", "on the agenda"),
    /** The principal will not decide on it. */
    NOT_TO_BE_DECIDED("not-to-be-decided", "ska inte beslutas", "not to be decided");

    private final String code;
    private final String swedish;
    private final String english;

    FollowUpStatus(String code, String swedish, String english) {
        this.code = code;
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String code() {
        return code;
    }

    /** An answer a form can give: "open" is where a follow-up starts, never an answer. */
    public static Optional<FollowUpStatus> ofCode(String code) {
        return Coded.byCode(values(), code).filter(status -> status != OPEN);
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
