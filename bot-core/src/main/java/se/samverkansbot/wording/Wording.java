package se.samverkansbot.wording;

import java.time.Instant;
import java.time.LocalDate;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

/**
 * The core's wording catalogue ({@code texts.properties}, {@code texts_en.properties} beside this class): every
 * sentence the bot writes on its own (reminders, notices, agenda notifications, reports to secretaries, help), in
 * Swedish and English, chosen by the reader's language.
 */
public final class Wording {
    /** The core's catalogue. */
    public static final Catalogue CORE = Catalogue.of("se.samverkansbot.wording.texts");

    private Wording() {}

    /** The text under {@code key} in {@code language}, filled with the arguments. */
    public static String text(Language language, String key, Object... arguments) {
        return CORE.text(language, key, arguments);
    }

    /** The text under {@code key} in both languages, to be said in the recipient's. */
    public static Bilingual of(String key, Object... arguments) {
        return CORE.of(key, arguments);
    }

    /**
     * The text under {@code key} for someone the bot cannot look up (the register may be out of reach): in English
     * when the platform says they read English, otherwise in Swedish with the English beside it.
     */
    public static String toUnknownReader(Language likely, String key) {
        return likely == Language.ENGLISH
                ? text(Language.ENGLISH, key)
                : text(Language.SWEDISH, key) + " / " + text(Language.ENGLISH, key);
    }

    /** "tisdag 12 januari 2027 kl. 09.00" / "Tuesday 12 January 2027 at 09:00", in Swedish time. */
    public static Bilingual dateTime(Instant instant) {
        return language -> new Phrasing(language).dateTime(instant);
    }

    /** "12 januari 2027" / "12 January 2027". */
    public static Bilingual date(LocalDate date) {
        return language -> new Phrasing(language).date(date);
    }
}
