package se.samverkansbot.minutes;

import java.util.Optional;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Coded;
import se.samverkansbot.register.Language;

/** What the forum did with an agenda item. A forum only consults: a recommendation goes to each principal. */
public enum Outcome implements Bilingual, Coded {
    /** Information, noted. */
    NOTED("noted", "noterades", "noted"),
    /** Consultation (samråd) held; the views are the outcome's text. */
    CONSULTED("consulted", "samråd hölls", "consulted"),
    /** Prepared for the principals' decisions (beredning inför huvudmännens beslut); the text is what is recommended. */
    RECOMMENDATION("recommendation", "rekommendation till huvudmännen", "recommendation to the principals"),
    /** Carried to the forum's next meeting. */
    CARRIED("carried", "bordlades till nästa möte", "carried to the next meeting"),
    /** Raised to another forum of the structure (usually the one it reports to). */
    RAISED("raised", "lyftes till", "raised to");

    private final String code;
    private final String swedish;
    private final String english;

    Outcome(String code, String swedish, String english) {
        this.code = code;
        this.swedish = swedish;
        this.english = english;
    }

    /** The code forms carry. */
    @Override
    public String code() {
        return code;
    }

    public static Optional<Outcome> ofCode(String code) {
        return Coded.byCode(values(), code);
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
