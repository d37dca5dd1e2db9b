package se.samverkansbot.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Swedish working days: Monday to Friday except public holidays, with midsommarafton, julafton and nyårsafton
 * counted as holidays as Swedish workplaces do. Holidays come from the maintained jollyday calendar.
 */
public final class WorkingDays {
    private final HolidayManager holidays =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    public boolean isHoliday(LocalDate day) {
        return byYear.computeIfAbsent(
                        day.getYear(),
                        year -> holidays.getHolidays(Year.of(year)).stream()
                                .map(Holiday::getDate)
                                .collect(Collectors.toUnmodifiableSet()))
                .contains(day);
    }

    /** The day itself if it is a working day, else the closest working day before it. */
    public LocalDate onOrBefore(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /** The day itself if it is a working day, else the closest working day after it. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** Counts {@code days} working days from {@code day}: negative backwards, positive forwards. */
    public LocalDate plusWorkingDays(LocalDate day, int days) {
        LocalDate candidate = day;
        int step = Integer.signum(days);
        for (int left = Math.abs(days); left > 0; ) {
            candidate = candidate.plusDays(step);
            if (isWorkingDay(candidate)) {
                left--;
            }
        }
        return candidate;
    }
}
