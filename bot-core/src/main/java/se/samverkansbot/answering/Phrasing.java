package se.samverkansbot.answering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Period;

/** How the bot words things in the asker's language: dates in Swedish time, lists, names with their structure. */
final class Phrasing {
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final Language language;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;

    Phrasing(Language language) {
        this.language = language;
        this.dateFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
        this.dateTimeFormat = language == Language.SWEDISH
                ? DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'kl.' HH.mm", language.locale())
                : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", language.locale());
    }

    Language language() {
        return language;
    }

    String say(String swedish, String english) {
        return language == Language.SWEDISH ? swedish : english;
    }

    String label(Bilingual bilingual) {
        return bilingual.label(language);
    }

    String date(LocalDate date) {
        return dateFormat.format(date);
    }

    String dateTime(Instant instant) {
        return dateTimeFormat.format(instant.atZone(SWEDEN));
    }

    String forum(ForumRef ref) {
        return ref.forum().name() + " (" + ref.structure().name() + ")";
    }

    /** "2023-01-01–2026-12-31", "från 2027-01-01", "t.o.m. 2026-12-31", or empty when open both ways. */
    String period(Period period) {
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
    String join(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + say(" och ", " and ") + parts.getLast();
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
