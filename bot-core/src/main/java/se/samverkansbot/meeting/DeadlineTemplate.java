package se.samverkansbot.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.samverkansbot.register.ForumRhythm;
import se.samverkansbot.time.SwedishTime;

/**
 * A forum's deadlines relative to each of its meetings. The standard template follows common Swedish board
 * practice (DOMAIN.md): agenda items two weeks before, notice and papers a week before, minutes within 14 days.
 */
public record DeadlineTemplate(List<DeadlineRule> rules) {

    public DeadlineTemplate {
        rules = List.copyOf(rules);
    }

    public static DeadlineTemplate standard() {
        return new DeadlineTemplate(List.of(
                new DeadlineRule(
                        DeadlineKind.AGENDA_CUTOFF,
                        -14,
                        DeadlineRule.Counting.CALENDAR_DAYS,
                        LocalTime.of(12, 0),
                        DeadlineRule.Shift.EARLIER),
                new DeadlineRule(
                        DeadlineKind.NOTICE,
                        -7,
                        DeadlineRule.Counting.CALENDAR_DAYS,
                        LocalTime.of(9, 0),
                        DeadlineRule.Shift.EARLIER),
                new DeadlineRule(
                        DeadlineKind.MATERIAL,
                        -7,
                        DeadlineRule.Counting.CALENDAR_DAYS,
                        LocalTime.of(9, 0),
                        DeadlineRule.Shift.EARLIER),
                new DeadlineRule(
                        DeadlineKind.MINUTES,
                        14,
                        DeadlineRule.Counting.CALENDAR_DAYS,
                        LocalTime.of(16, 0),
                        DeadlineRule.Shift.LATER)));
    }

    /** Whether the forum's structure file sets deadlines of its own; else the standard template is its. */
    public static boolean setIn(ForumRhythm rhythm) {
        return rhythm != null && rhythm.deadlines() != null;
    }

    /**
     * A forum's template as its structure file sets it: the deadlines it lists and no others, each at the time it
     * names or else the standard's time for that deadline; the standard template when the file sets none.
     */
    public static DeadlineTemplate of(ForumRhythm rhythm) {
        if (!setIn(rhythm)) {
            return standard();
        }
        DeadlineTemplate standard = standard();
        return new DeadlineTemplate(rhythm.deadlines().stream()
                .map(setting -> {
                    DeadlineKind kind = kind(setting.step());
                    DeadlineRule usual = standard.rules().stream()
                            .filter(rule -> rule.kind() == kind)
                            .findFirst()
                            .orElseThrow();
                    return new DeadlineRule(
                            kind,
                            setting.step().isAfterTheMeeting() ? setting.days() : -setting.days(),
                            switch (setting.counting()) {
                                case CALENDAR_DAYS -> DeadlineRule.Counting.CALENDAR_DAYS;
                                case WORKING_DAYS -> DeadlineRule.Counting.WORKING_DAYS;
                            },
                            setting.at() != null ? setting.at() : usual.at(),
                            usual.shift());
                })
                .toList());
    }

    /** The deadline kind a structure file's step names. */
    public static DeadlineKind kind(ForumRhythm.Step step) {
        return switch (step) {
            case AGENDA_CUTOFF -> DeadlineKind.AGENDA_CUTOFF;
            case NOTICE -> DeadlineKind.NOTICE;
            case MATERIAL -> DeadlineKind.MATERIAL;
            case MEETING -> DeadlineKind.MEETING;
            case MINUTES -> DeadlineKind.MINUTES;
        };
    }

    /** The deadlines of a meeting that starts at {@code start}, in Swedish time, earliest first; the meeting itself included. */
    public List<Deadline> deadlinesFor(Instant start, WorkingDays workingDays) {
        LocalDate meetingDay = start.atZone(SwedishTime.ZONE).toLocalDate();
        List<Deadline> deadlines = new ArrayList<>();
        for (DeadlineRule rule : rules) {
            LocalDate day = rule.counting() == DeadlineRule.Counting.WORKING_DAYS
                    ? workingDays.plusWorkingDays(meetingDay, rule.offset())
                    : meetingDay.plusDays(rule.offset());
            day = rule.shift() == DeadlineRule.Shift.EARLIER ? workingDays.onOrBefore(day) : workingDays.onOrAfter(day);
            // ZonedDateTime.of resolves the local time in Swedish time, daylight saving included.
            deadlines.add(new Deadline(
                    rule.kind(),
                    ZonedDateTime.of(day, rule.at(), SwedishTime.ZONE).toInstant()));
        }
        deadlines.add(new Deadline(DeadlineKind.MEETING, start));
        deadlines.sort(Comparator.comparing(Deadline::due));
        return List.copyOf(deadlines);
    }
}
