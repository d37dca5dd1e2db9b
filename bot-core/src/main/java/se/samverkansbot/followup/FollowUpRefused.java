package se.samverkansbot.followup;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

/** A follow-up answer that was refused; nothing was saved. */
public class FollowUpRefused extends RuntimeException {
    private final transient Bilingual why;

    public FollowUpRefused(Bilingual why) {
        super(why.label(Language.ENGLISH));
        this.why = why;
    }

    public String say(Language language) {
        return why.label(language);
    }
}
