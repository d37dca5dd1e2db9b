package se.samverkansbot.sources;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import se.samverkansbot.register.Language;

/**
 * The ways the documents write one day: "23/9", "220923", "20220923", "2022-09-23", "23 september". The register
 * keeps a milestone's date in one form; finding the sentence that gave it means looking for all of them.
 */
final class WrittenDates {
    private WrittenDates() {}

    /** A pattern for the day in any of its written forms, not as part of a longer number ("123/9", "23/91"). */
    static Pattern of(LocalDate day) {
        int d = day.getDayOfMonth();
        int m = day.getMonthValue();
        String month = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Language.SWEDISH.locale());
        String forms = String.join(
                "|",
                d + "/" + m,
                String.format(Locale.ROOT, "%02d/%02d", d, m),
                String.format(Locale.ROOT, "%02d%02d%02d", day.getYear() % 100, m, d),
                String.format(Locale.ROOT, "%d%02d%02d", day.getYear(), m, d),
                day.toString(),
                d + " " + month);
        return Pattern.compile("(?iu)(?<![\\d/-])(" + forms + ")(?![\\d/])");
    }
}
