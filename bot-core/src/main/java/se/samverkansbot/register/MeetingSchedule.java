package se.samverkansbot.register;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * When a forum meets, as the secretary plans it: an RFC 5545 recurrence rule from a first day, and/or explicit
 * dates, at a local time, for a number of minutes, at a place or link.
 */
public record MeetingSchedule(
        String rule, LocalDate from, List<LocalDate> dates, LocalTime at, Integer minutes, String place, String link) {
    public MeetingSchedule {
        dates = Lists.copy(dates);
    }
}
