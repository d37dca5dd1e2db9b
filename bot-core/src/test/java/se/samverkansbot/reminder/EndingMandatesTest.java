package se.samverkansbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.ShippedStructures;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/** Seats ending with the mandate period and no successor registered are reported to whoever runs the forum now. */
class EndingMandatesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));

    @Test
    void finds_halsams_seats_ending_with_the_mandate_period_and_no_successor() {
        EndingMandates mandates = TestCore.of(ShippedStructures.register(), SmallForum.DIRECTORY, clock)
                .core()
                .endingMandates(Period.ofDays(60));

        assertThat(mandates.find())
                .hasSize(17 + 4)
                .allSatisfy(f -> assertThat(f.seat().period().to()).isEqualTo(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void a_registered_successor_or_a_far_end_is_not_reported_and_the_current_secretary_hears_once() {
        Register register = new Register(List.of(new StructureFileReader().read("t.yaml", """
                structure: {id: t, name: T}
                people:
                  - {id: sekr, name: Sara Sekreterare}
                  - {id: forra, name: Fredrik Förre}
                  - {id: a, name: Anna}
                  - {id: b, name: Bo}
                forums:
                  - {id: f, name: Forum, level: political}
                seats:
                  - {id: sekreterare-forr, forum: f, role: secretary, person: forra, to: 2026-06-30}
                  - {id: sekreterare, forum: f, role: secretary, person: sekr, from: 2026-07-01}
                  - {id: ordf-1, forum: f, role: chair, position: Ordförande, to: 2026-12-31}
                  - {id: ordf-2, forum: f, role: chair, position: Ordförande, from: 2027-01-01}
                  - {id: led, forum: f, role: member, person: a, to: 2026-12-31}
                  - {id: led-langt, forum: f, role: member, person: b, to: 2028-12-31}
                """)));
        TestCore core = TestCore.of(register, SmallForum.DIRECTORY, clock);
        EndingMandates mandates = core.core().endingMandates(Period.ofDays(60));

        assertThat(mandates.find()).extracting(f -> f.seat().id()).containsExactly("led");
        mandates.remind();
        mandates.remind();

        List<Reminder> told = core.reminders().ofMeeting(null);
        assertThat(told)
                .as("the secretary of today, once; never the former one")
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.recipient().personId()).isEqualTo("sekr");
                    assertThat(m.message())
                            .contains(
                                    "\"Anna\" i Forum (T) gäller t.o.m. 31 december 2026 och ingen efterträdare är registrerad");
                });
    }
}
