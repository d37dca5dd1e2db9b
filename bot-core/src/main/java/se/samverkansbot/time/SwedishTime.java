package se.samverkansbot.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Swedish time, daylight saving included: the one time zone of every structure the bot serves. Dates people see
 * and deadlines they meet are Swedish calendar days, whatever zone the server runs in; instants come from the
 * injected {@link Clock} only.
 */
public final class SwedishTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private SwedishTime() {}

    /** Today's date in Sweden. */
    public static LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }

    /** The Swedish calendar day an instant falls on. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }

    /** A Swedish wall-clock time as an instant; a time that does not exist (the spring gap) moves forward. */
    public static Instant instant(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, ZONE).toInstant();
    }

    /** The first instant of a Swedish day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
