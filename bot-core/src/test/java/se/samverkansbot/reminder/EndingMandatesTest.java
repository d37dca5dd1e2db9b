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

    private static final String TERM_CHANGE = """
            structure: {id: t, name: T}
            parties:
              - {id: sundsvall, name: Sundsvalls kommun, kind: municipality, principal: true}
              - {id: ange, name: Ånge kommun, kind: municipality, principal: true}
            people:
              - {id: sekr, name: Sara Sekreterare}
              - {id: gammal, name: Gun Gammal}
              - {id: ny, name: Nils Ny}
              - {id: anna, name: Anna Ånge}
              - {id: admin, name: Adam Admin, email: adam@t.example}
            forums:
              - {id: f, name: Forum, level: political}
              - {id: g, name: Gruppen utan sekreterare, level: working-group}
            seats:
              - {id: sekreterare, forum: f, role: secretary, person: sekr, from: 2026-01-01}
              - {id: sundsvall-1, forum: f, role: member, party: sundsvall, person: gammal, to: 2026-12-31}
              - {id: sundsvall-2, forum: f, role: member, party: sundsvall, person: ny, from: 2027-01-01}
              - {id: ange-1, forum: f, role: member, party: ange, person: anna, to: 2026-12-31}
              - {id: g-ange, forum: g, role: member, party: ange, person: anna, to: 2026-12-31}
            """;

    @Test
    void a_new_person_in_the_same_seat_is_a_successor_and_the_secretary_hears_weekly_until_it_is_resolved() {
        TestCore core = TestCore.of(register(TERM_CHANGE), SmallForum.DIRECTORY, clock);
        EndingMandates mandates = core.core().endingMandates(Period.ofDays(60));

        assertThat(mandates.find())
                .as("Nils succeeds Gun in Sundsvall's seat; Ånge's seats have no successor")
                .extracting(f -> f.seat().id())
                .containsExactlyInAnyOrder("ange-1", "g-ange");

        mandates.remind();
        mandates.remind();
        assertThat(toldAbout(core, "sekr"))
                .singleElement()
                .satisfies(m -> assertThat(m).contains("\"Anna Ånge\" i Forum (T) gäller t.o.m. 31 december 2026"));

        clock.advance(java.time.Duration.ofDays(7));
        mandates.remind();
        assertThat(toldAbout(core, "sekr")).as("again the next week").hasSize(2);
    }

    @Test
    void a_forum_s_ending_seats_come_to_its_secretary_in_one_message_a_week_that_lists_them() {
        TestCore core = TestCore.of(
                register(TERM_CHANGE.replace(
                        "  - {id: g-ange,",
                        "  - {id: ordf, forum: f, role: chair, position: Ordförande i Ånge, to: 2027-01-15}\n"
                                + "  - {id: g-ange,")),
                SmallForum.DIRECTORY,
                clock);
        EndingMandates mandates = core.core().endingMandates(Period.ofDays(60));

        mandates.remind();
        mandates.remind();

        assertThat(toldAbout(core, "sekr"))
                .singleElement()
                .isEqualTo("2 platser i Forum (T) slutar utan att någon efterträdare är registrerad:\n"
                        + "• \"Anna Ånge\" t.o.m. 31 december 2026\n"
                        + "• \"Ordförande i Ånge\" t.o.m. 15 januari 2027\n"
                        + "Lägg in den nya mandatperiodens representanter.");

        clock.advance(java.time.Duration.ofDays(7));
        mandates.remind();
        assertThat(toldAbout(core, "sekr"))
                .as("once more the next week, still one message")
                .hasSize(2);
    }

    @Test
    void where_a_forum_names_no_secretary_the_configured_administrators_hear_of_its_ending_seats() {
        TestCore core = TestCore.of(register(TERM_CHANGE), SmallForum.DIRECTORY, clock);

        core.core().endingMandates(Period.ofDays(60), List.of("adam@t.example")).remind();

        assertThat(toldAbout(core, "admin"))
                .singleElement()
                .satisfies(m -> assertThat(m).contains("i Gruppen utan sekreterare (T)"));
        assertThat(toldAbout(core, "sekr"))
                .singleElement()
                .satisfies(m -> assertThat(m).contains("i Forum (T)"));
    }

    @Test
    void a_person_whose_seat_starts_is_told_on_the_day_once_and_not_before() {
        TestCore core = TestCore.of(register(TERM_CHANGE), SmallForum.DIRECTORY, clock);
        EndingMandates mandates = core.core().endingMandates(Period.ofDays(60));

        mandates.remind();
        assertThat(toldAbout(core, "ny")).isEmpty();

        clock.set(Instant.parse("2027-01-01T07:00:00Z"));
        mandates.remind();
        mandates.remind();
        assertThat(toldAbout(core, "ny"))
                .containsExactly(
                        "Från 1 januari 2027 sitter du i Forum (T) som ledamot för Sundsvalls kommun. Välkommen!");
    }

    private static Register register(String yaml) {
        return new Register(List.of(new StructureFileReader().read("t.yaml", yaml)));
    }

    private static List<String> toldAbout(TestCore core, String person) {
        return core.reminders().ofMeeting(null).stream()
                .filter(m -> person.equals(m.recipient().personId()))
                .map(Reminder::message)
                .toList();
    }
}
