package se.samverkansbot.wording;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Period;
import se.samverkansbot.time.SwedishTime;

/** How the bot words things in the asker's language: dates in Swedish time, lists, names with their structure. */
public final class Phrasing {

    private final Language language;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;

    public Phrasing(Language language) {
        this.language = language;
        this.dateFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
        this.dateTimeFormat = language == Language.SWEDISH
                ? DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'kl.' HH.mm", language.locale())
                : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", language.locale());
    }

    public Language language() {
        return language;
    }

    public String say(String swedish, String english) {
        return language == Language.SWEDISH ? swedish : english;
    }

    public String label(Bilingual bilingual) {
        return bilingual.label(language);
    }

    private static final String[] SWEDISH_NUMBERS = {
        "noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"
    };
    private static final String[] ENGLISH_NUMBERS = {
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
    };

    /** A count as Swedish and English write it in running text: words up to twelve, digits above. */
    public String number(long n) {
        if (n < 0 || n > 12) {
            return Long.toString(n);
        }
        return (language == Language.ENGLISH ? ENGLISH_NUMBERS : SWEDISH_NUMBERS)[(int) n];
    }

    public String date(LocalDate date) {
        return dateFormat.format(date);
    }

    public String dateTime(Instant instant) {
        return dateTimeFormat.format(instant.atZone(SwedishTime.ZONE));
    }

    public String forum(ForumRef ref) {
        return ref.forum().name() + " (" + ref.structure().name() + ")";
    }

    /** "2023-01-01–2026-12-31", "från 2027-01-01", "t.o.m. 2026-12-31", or empty when open both ways. */
    public String period(Period period) {
        if (period.from() != null && period.to() != null) {
            return period.from() + "–" + period.to();
        }
        if (period.from() != null) {
            return say("från ", "from ") + period.from();
        }
        if (period.to() != null) {
            return say("t.o.m. ", "until ") + period.to();
        }
        return "";
    }

    /** "a, b och c" / "a, b and c". */
    public String join(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + say(" och ", " and ") + parts.getLast();
    }

    public static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
