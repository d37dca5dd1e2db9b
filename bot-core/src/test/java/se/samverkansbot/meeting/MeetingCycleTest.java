package se.samverkansbot.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeetingCycleTest {

    @Test
    void five_meetings_a_year_from_a_recurrence_rule_at_swedish_local_time() {
        MeetingCycle lansgrupp = new MeetingCycle(
                "halsam",
                "lansgrupp-aldre",
                LocalDate.of(2027, 1, 1),
                "FREQ=YEARLY;BYMONTH=2,4,6,9,11;BYDAY=1TU",
                List.of(),
                LocalTime.of(13, 0),
                Duration.ofHours(3),
                "Härnösand",
                null);

        List<Instant> starts =
                lansgrupp.startsBetween(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));

        assertThat(starts)
                .containsExactly(
                        Instant.parse("2027-02-02T12:00:00Z"), // winter time
                        Instant.parse("2027-04-06T11:00:00Z"), // summer time
                        Instant.parse("2027-06-01T11:00:00Z"),
                        Instant.parse("2027-09-07T11:00:00Z"),
                        Instant.parse("2027-11-02T12:00:00Z"));
    }

    @Test
    void explicit_dates_join_the_rule_without_doubles_and_the_window_is_respected() {
        MeetingCycle cycle = new MeetingCycle(
                "halsam",
                "halsam-politisk",
                LocalDate.of(2027, 1, 1),
                "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=10",
                List.of(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 10, 14)),
                LocalTime.of(9, 30),
                Duration.ofHours(6),
                null,
                null);

        assertThat(cycle.startsBetween(Instant.parse("2027-03-10T08:30:00Z"), Instant.parse("2028-03-01T00:00:00Z")))
                .containsExactly(Instant.parse("2027-03-10T08:30:00Z"), Instant.parse("2027-10-14T07:30:00Z"));
    }

    @Test
    void a_rule_that_cannot_be_read_is_refused_at_once() {
        assertThatThrownBy(() -> new MeetingCycle(
                        "halsam",
                        "x",
                        LocalDate.of(2027, 1, 1),
                        "FREQ=SOMETIMES",
                        List.of(),
                        LocalTime.NOON,
                        Duration.ofHours(1),
                        null,
                        null))
                .isInstanceOf(RuntimeException.class);
    }
}
