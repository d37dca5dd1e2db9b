package se.samverkansbot.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    private final WorkingDays workingDays = new WorkingDays();

    @Test
    void eves_that_swedish_workplaces_close_on_are_not_working_days() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 23))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 24)))
                .as("julafton")
                .isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 31)))
                .as("nyårsafton")
                .isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 6, 25)))
                .as("midsommarafton")
                .isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 6, 24))).isTrue();
    }

    @Test
    void public_holidays_and_weekends_are_not_working_days() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 26)))
                .as("långfredagen")
                .isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 29)))
                .as("annandag påsk")
                .isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 5, 6)))
                .as("Kristi himmelsfärds dag")
                .isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 1, 6)))
                .as("trettondedag jul")
                .isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 28)))
                .as("a Saturday")
                .isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 23)))
                .as("a Monday")
                .isTrue();
    }

    @Test
    void moves_to_the_closest_working_day_in_the_direction_asked() {
        assertThat(workingDays.onOrBefore(LocalDate.of(2026, 12, 26))).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(workingDays.onOrAfter(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
        // 7th, (6th trettondedag), 5th, 4th, (1st nyårsdagen, 31st nyårsafton), 30th.
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2027, 1, 8), -4)).isEqualTo(LocalDate.of(2026, 12, 30));
    }
}
