package se.samverkansbot.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Deadlines derived from meetings, in Swedish time, around holidays and daylight saving. */
class DeadlineTemplateTest {
    private final WorkingDays workingDays = new WorkingDays();
    private final DeadlineTemplate standard = DeadlineTemplate.standard();

    @Test
    void cutoffs_before_a_meeting_move_earlier_off_julafton_and_nyarsafton() {
        // Thursday 7 January 2027, 09:00 (winter time, UTC+1).
        List<Deadline> deadlines = standard.deadlinesFor(Instant.parse("2027-01-07T08:00:00Z"), workingDays);

        assertThat(due(deadlines, DeadlineKind.AGENDA_CUTOFF))
                .as("24 Dec is julafton: the 23rd at 12:00")
                .isEqualTo(Instant.parse("2026-12-23T11:00:00Z"));
        assertThat(due(deadlines, DeadlineKind.NOTICE))
                .as("31 Dec is nyårsafton: the 30th at 09:00")
                .isEqualTo(Instant.parse("2026-12-30T08:00:00Z"));
        assertThat(due(deadlines, DeadlineKind.MEETING)).isEqualTo(Instant.parse("2027-01-07T08:00:00Z"));
        assertThat(due(deadlines, DeadlineKind.MINUTES)).isEqualTo(Instant.parse("2027-01-21T15:00:00Z"));
        assertThat(deadlines).extracting(Deadline::due).isSorted();
    }

    @Test
    void a_cutoff_on_midsommarafton_moves_to_the_day_before_in_summer_time() {
        List<Deadline> deadlines = standard.deadlinesFor(Instant.parse("2027-07-09T07:00:00Z"), workingDays);

        assertThat(due(deadlines, DeadlineKind.AGENDA_CUTOFF)).isEqualTo(Instant.parse("2027-06-24T10:00:00Z"));
    }

    @Test
    void deadlines_on_either_side_of_the_switch_to_summer_time_keep_their_swedish_clock_time() {
        // Tuesday 6 April 2027 09:00 summer time; the cut-off on 23 March is still winter time.
        List<Deadline> deadlines = standard.deadlinesFor(Instant.parse("2027-04-06T07:00:00Z"), workingDays);

        assertThat(due(deadlines, DeadlineKind.AGENDA_CUTOFF)).isEqualTo(Instant.parse("2027-03-23T11:00:00Z"));
        assertThat(due(deadlines, DeadlineKind.NOTICE)).isEqualTo(Instant.parse("2027-03-30T07:00:00Z"));
        assertThat(due(deadlines, DeadlineKind.MINUTES)).isEqualTo(Instant.parse("2027-04-20T14:00:00Z"));
    }

    @Test
    void minutes_due_on_a_holiday_move_later_to_the_next_working_day() {
        List<Deadline> deadlines = standard.deadlinesFor(Instant.parse("2026-12-10T08:00:00Z"), workingDays);

        assertThat(due(deadlines, DeadlineKind.MINUTES))
                .as("24 Dec → Monday 28 Dec at 16:00")
                .isEqualTo(Instant.parse("2026-12-28T15:00:00Z"));
    }

    @Test
    void rules_can_count_working_days() {
        DeadlineTemplate committee = new DeadlineTemplate(List.of(new DeadlineRule(
                DeadlineKind.NOTICE,
                -4,
                DeadlineRule.Counting.WORKING_DAYS,
                LocalTime.of(9, 0),
                DeadlineRule.Shift.EARLIER)));
        // Friday 8 January 2027: four working days back skip trettondedag jul, nyårsdagen and nyårsafton.
        List<Deadline> deadlines = committee.deadlinesFor(Instant.parse("2027-01-08T08:00:00Z"), workingDays);

        assertThat(due(deadlines, DeadlineKind.NOTICE)).isEqualTo(Instant.parse("2026-12-30T08:00:00Z"));
    }

    private static Instant due(List<Deadline> deadlines, DeadlineKind kind) {
        return deadlines.stream()
                .filter(d -> d.kind() == kind)
                .findFirst()
                .orElseThrow()
                .due();
    }
}
