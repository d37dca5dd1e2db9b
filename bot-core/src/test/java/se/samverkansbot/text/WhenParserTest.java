package se.samverkansbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class WhenParserTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void reads_dates_as_swedes_and_others_write_them() {
        assertThat(WhenParser.dates("möte 2027-03-29", TODAY))
                .extracting(WhenParser.Found::value)
                .containsExactly(LocalDate.of(2027, 3, 29));
        assertThat(WhenParser.dates("den 29/3 2027", TODAY))
                .extracting(WhenParser.Found::value)
                .containsExactly(LocalDate.of(2027, 3, 29));
        assertThat(WhenParser.dates("29 mars 2027", TODAY))
                .extracting(WhenParser.Found::value)
                .containsExactly(LocalDate.of(2027, 3, 29));
        assertThat(WhenParser.dates("on March 29, 2027", TODAY))
                .extracting(WhenParser.Found::value)
                .containsExactly(LocalDate.of(2027, 3, 29));
        assertThat(WhenParser.dates("5 maj", TODAY))
                .as("next 5 May")
                .extracting(WhenParser.Found::value)
                .containsExactly(LocalDate.of(2027, 5, 5));
        assertThat(WhenParser.dates("10 december", TODAY))
                .as("later this year")
                .extracting(WhenParser.Found::value)
                .containsExactly(LocalDate.of(2026, 12, 10));
    }

    @Test
    void finds_two_dates_in_order_and_ignores_impossible_ones() {
        assertThat(WhenParser.dates("flytta 2027-03-29 till 5 april 2027", TODAY))
                .extracting(WhenParser.Found::value)
                .containsExactly(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 4, 5));
        assertThat(WhenParser.dates("31/2 2027", TODAY)).isEmpty();
    }

    @Test
    void reads_times_of_day() {
        assertThat(WhenParser.times("kl 9")).extracting(WhenParser.Found::value).containsExactly(LocalTime.of(9, 0));
        assertThat(WhenParser.times("kl. 13.30"))
                .extracting(WhenParser.Found::value)
                .containsExactly(LocalTime.of(13, 30));
        assertThat(WhenParser.times("2027-03-29 09:00 till 10:15"))
                .extracting(WhenParser.Found::value)
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(10, 15));
        assertThat(WhenParser.times("at 14:00"))
                .extracting(WhenParser.Found::value)
                .containsExactly(LocalTime.of(14, 0));
        assertThat(WhenParser.times("2027-03-29")).isEmpty();
    }
}
