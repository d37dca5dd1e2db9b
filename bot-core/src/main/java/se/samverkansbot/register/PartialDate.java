package se.samverkansbot.register;

import java.time.LocalDate;
import java.time.format.TextStyle;

/**
 * A date as precise as the source: "2005", "2009-06" or "2022-02-04". The documents often give only a year
 * or a month, and the register must not pretend to know more.
 */
public record PartialDate(int year, Integer month, Integer day) {

    public static PartialDate parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length == 0 || parts.length > 3 || parts[0].length() != 4) {
            throw new IllegalArgumentException(text);
        }
        try {
            int year = Integer.parseInt(parts[0]);
            Integer month = parts.length > 1 ? Integer.valueOf(parts[1]) : null;
            Integer day = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
            if (parts.length > 1 && parts[1].length() != 2 || parts.length > 2 && parts[2].length() != 2) {
                throw new IllegalArgumentException(text);
            }
            PartialDate date = new PartialDate(year, month, day);
            date.start(); // validates month and day
            return date;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** The first day the date can mean; used for ordering. */
    public LocalDate start() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day the date can mean. */
    public LocalDate end() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        LocalDate first = start();
        return day == null ? first.withDayOfMonth(first.lengthOfMonth()) : first;
    }

    public String display(Language language) {
        if (month == null) {
            return Integer.toString(year);
        }
        if (day == null) {
            return start().getMonth().getDisplayName(TextStyle.FULL, language.locale()) + " " + year;
        }
        return start().toString();
    }

    @Override
    public String toString() {
        return month == null
                ? Integer.toString(year)
                : day == null ? "%d-%02d".formatted(year, month) : "%d-%02d-%02d".formatted(year, month, day);
    }
}
