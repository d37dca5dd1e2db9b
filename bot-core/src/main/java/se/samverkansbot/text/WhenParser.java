package se.samverkansbot.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Dates and times as people write them in chat: "2027-03-29", "29/3 2027", "29 mars 2027", "29 mars",
 * "March 29", and "09:00", "9.30", "kl 9", "kl. 13". A date without a year is the next such day.
 */
public final class WhenParser {
    /** Whether a normalized word names a month or a weekday, in Swedish or English, in full or short. */
    /** The month a normalized word names ("december", "feb"), if it names one. */
    public static Optional<Integer> month(String word) {
        return Optional.ofNullable(MONTHS.get(word));
    }

    public static boolean namesAMonthOrDay(String word) {
        return MONTHS.containsKey(word) || WEEKDAYS.contains(word);
    }

    private static final Map<String, Integer> MONTHS = Stream.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)
            .flatMap(locale -> Stream.of(java.time.Month.values())
                    .flatMap(month -> Stream.of(
                            Map.entry(Words.normalize(month.getDisplayName(TextStyle.FULL, locale)), month.getValue()),
                            Map.entry(
                                    Words.normalize(month.getDisplayName(TextStyle.SHORT, locale))
                                            .replace(" ", ""),
                                    month.getValue()))))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")";
    private static final java.util.Set<String> WEEKDAYS = Stream.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)
            .flatMap(locale -> Stream.of(java.time.DayOfWeek.values())
                    .flatMap(day -> Stream.of(TextStyle.FULL, TextStyle.SHORT)
                            .map(style -> Words.normalize(day.getDisplayName(style, locale))
                                    .replace(" ", ""))))
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern ISO = Pattern.compile("(?U)\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern SLASH = Pattern.compile("(?U)\\b(\\d{1,2})/(\\d{1,2})(?:[ /-](\\d{4}))?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("(?U)\\b(\\d{1,2})\\s+" + MONTH + "\\b(?:\\s+(\\d{4}))?");
    private static final Pattern MONTH_DAY =
            Pattern.compile("(?U)\\b" + MONTH + "\\s+(\\d{1,2})\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern CLOCK =
            Pattern.compile("(?U)(?:\\bkl\\.?\\s*|\\bat\\s+)?\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b");
    private static final Pattern HOUR = Pattern.compile("(?U)\\b(?:kl\\.?|klockan|at)\\s*([01]?\\d|2[0-3])\\b");

    private WhenParser() {}

    /** A date or time found in text, with where it stood. */
    public record Found<T>(T value, int start, int end) {}

    /** Every date in the text, in order; {@code today} decides the year when none is written. */
    public static List<Found<LocalDate>> dates(String text, LocalDate today) {
        String normalized = lowerNoAccents(text);
        List<Found<LocalDate>> found = new ArrayList<>();
        collect(
                ISO.matcher(normalized),
                found,
                m -> date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        collect(
                SLASH.matcher(normalized),
                found,
                m -> withYear(m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), today));
        collect(
                DAY_MONTH.matcher(normalized),
                found,
                m -> withYear(m.group(3), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)), today));
        collect(
                MONTH_DAY.matcher(normalized),
                found,
                m -> withYear(m.group(3), MONTHS.get(m.group(1)), Integer.parseInt(m.group(2)), today));
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /** Every time of day in the text, in order. */
    public static List<Found<LocalTime>> times(String text) {
        String normalized = lowerNoAccents(text);
        List<Found<LocalTime>> found = new ArrayList<>();
        // Times inside an ISO date (2027-03-29) are not times.
        String withoutDates =
                ISO.matcher(normalized).replaceAll(m -> " ".repeat(m.group().length()));
        collect(
                CLOCK.matcher(withoutDates),
                found,
                m -> LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        collect(HOUR.matcher(withoutDates), found, m -> LocalTime.of(Integer.parseInt(m.group(1)), 0));
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private interface Reading<T> {
        T read(Matcher matcher);
    }

    private static <T> void collect(Matcher matcher, List<Found<T>> found, Reading<T> reading) {
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (found.stream().anyMatch(f -> start < f.end() && end > f.start())) {
                continue;
            }
            try {
                T value = reading.read(matcher);
                if (value != null) {
                    found.add(new Found<>(value, start, end));
                }
            } catch (RuntimeException impossible) {
                // 31/2 and the like are not dates.
            }
        }
    }

    private static LocalDate withYear(String year, int month, int day, LocalDate today) {
        if (year != null) {
            return date(Integer.parseInt(year), month, day);
        }
        LocalDate thisYear = date(today.getYear(), month, day);
        return thisYear.isBefore(today) ? date(today.getYear() + 1, month, day) : thisYear;
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static String lowerNoAccents(String text) {
        return java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }
}
