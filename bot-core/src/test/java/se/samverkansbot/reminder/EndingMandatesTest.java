package se.samverkansbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.ShippedStructures;

class EndingMandatesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final List<Inbox.Message> delivered = new ArrayList<>();
    private final Inbox inbox = new Inbox() {
        @Override
        public String deliver(Message message) {
            if (delivered.stream().noneMatch(m -> m.deliveryKey().equals(message.deliveryKey()))) {
                delivered.add(message);
            }
            return message.deliveryKey();
        }

        @Override
        public Optional<Message> byKey(String key) {
            return delivered.stream().filter(m -> m.deliveryKey().equals(key)).findFirst();
        }

        @Override
        public List<Message> latest(String personId, int limit) {
            return List.of();
        }
    };

    @Test
    void finds_halsams_seats_ending_with_the_mandate_period_and_no_successor() {
        EndingMandates mandates = new EndingMandates(ShippedStructures::register, inbox, clock, Period.ofDays(60));

        assertThat(mandates.find())
                .hasSize(17 + 4)
                .allSatisfy(f -> assertThat(f.seat().period().to()).isEqualTo(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void a_registered_successor_or_a_far_end_is_not_reported_and_the_secretary_hears_once() {
        Register register = new Register(List.of(new StructureFileReader().read("t.yaml", """
                structure: {id: t, name: T}
                people:
                  - {id: sekr, name: Sara Sekreterare}
                  - {id: a, name: Anna}
                  - {id: b, name: Bo}
                forums:
                  - {id: f, name: Forum, level: political}
                seats:
                  - {id: sekreterare, forum: f, role: secretary, person: sekr}
                  - {id: ordf-1, forum: f, role: chair, position: Ordförande, to: 2026-12-31}
                  - {id: ordf-2, forum: f, role: chair, position: Ordförande, from: 2027-01-01}
                  - {id: led, forum: f, role: member, person: a, to: 2026-12-31}
                  - {id: led-langt, forum: f, role: member, person: b, to: 2028-12-31}
                """)));
        EndingMandates mandates = new EndingMandates(() -> register, inbox, clock, Period.ofDays(60));

        assertThat(mandates.find()).extracting(f -> f.seat().id()).containsExactly("led");
        mandates.remind();
        mandates.remind();

        assertThat(delivered).singleElement().satisfies(m -> {
            assertThat(m.personId()).isEqualTo("sekr");
            assertThat(m.text())
                    .contains("\"Anna\" i Forum (T) gäller t.o.m. 2026-12-31 och ingen efterträdare är registrerad");
        });
    }
}
