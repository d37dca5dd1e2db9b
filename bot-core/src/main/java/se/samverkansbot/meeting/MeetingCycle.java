package se.samverkansbot.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import net.fortuna.ical4j.model.Recur;

import se.samverkansbot.time.SwedishTime;

/**
 * How a forum's meetings recur: an RFC 5545 recurrence rule from a first day (e.g. "FREQ=YEARLY;
 * BYMONTH=2,4,6,9,11;BYDAY=1TU" for five meetings a year), and/or explicit dates; at a local time, for a
 * duration, at a place or link.
 */
public record MeetingCycle(
        String structureId,
        String forumId,
        LocalDate firstDay,
        String recurrenceRule,
        List<LocalDate> dates,
        LocalTime at,
        Duration length,
        String place,
        String link) {

    public MeetingCycle {
        dates = dates == null ? List.of() : List.copyOf(dates);
        if (recurrenceRule != null) {
            new Recur<LocalDateTime>(recurrenceRule); // fails early on a rule that cannot be read
        }
    }

    /** The start of every meeting from {@code from} (inclusive) to {@code to} (exclusive), in order. */
    public List<Instant> startsBetween(Instant from, Instant to) {
        TreeSet<LocalDateTime> local = new TreeSet<>();
        LocalDateTime windowStart = from.atZone(SwedishTime.ZONE).toLocalDateTime();
        LocalDateTime windowEnd = to.atZone(SwedishTime.ZONE).toLocalDateTime();
        if (recurrenceRule != null && firstDay != null) {
            Recur<LocalDateTime> recur = new Recur<>(recurrenceRule);
            local.addAll(recur.getDates(LocalDateTime.of(firstDay, at), windowStart.minusDays(1), windowEnd));
        }
        dates.forEach(day -> local.add(LocalDateTime.of(day, at)));
        List<Instant> starts = new ArrayList<>();
        for (LocalDateTime start : local) {
            Instant instant = ZonedDateTime.of(start, SwedishTime.ZONE).toInstant();
            if (!instant.isBefore(from) && instant.isBefore(to)) {
                starts.add(instant);
            }
        }
        return starts;
    }
}
