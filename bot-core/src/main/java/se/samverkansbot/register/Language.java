package se.samverkansbot.register;

import java.util.Locale;

/** The two languages the bot speaks; Swedish is the default. */
public enum Language {
    SWEDISH(Locale.forLanguageTag("sv-SE")),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Reads "sv", "sv-SE", "en", "en-GB" …; anything else, or nothing, is Swedish. */
    public static Language fromTag(String tag) {
        if (tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
            return ENGLISH;
        }
        return SWEDISH;
    }
}
