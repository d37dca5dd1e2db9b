package se.samverkansbot.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.samverkansbot.register.EditRegister.Outcome;
import se.samverkansbot.register.EditRegister.PersonDetails;
import se.samverkansbot.register.EditRegister.SeatDetails;
import se.samverkansbot.register.ImportStructureFiles.SourceFile;
import se.samverkansbot.register.Structures.SaveOutcome;
import se.samverkansbot.register.file.Problem;
import se.samverkansbot.register.file.ProblemKind;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.register.file.StructureFileWriter;
import se.samverkansbot.store.mongo.MongoRegisterChanges;
import se.samverkansbot.store.mongo.MongoStructures;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.TestCore;
import se.samverkansbot.time.SwedishTime;

/**
 * A forum's administrators keep its register in the app: every change is checked by the structure file's rules,
 * kept in the history, stored and in effect at once; nobody changes a forum they do not administer.
 */
class EditRegisterTest {
    static final String FILE = """
            structure: {id: prov, name: Provsamverkan}
            parties:
              - {id: region, name: Region Prov, kind: region, principal: true}
              - {id: stad, name: Provstad, kind: municipality, principal: true}
            people:
              - {id: sara, name: Sara Sekreterare, party: region}
              - {id: mats, name: Mats Ledamot, party: stad}
              - {id: olle, name: Olle Annan, party: region}
              - {id: ada, name: Ada Administratör, party: region, email: ada@prov.example}
            forums:
              - {id: gruppen, name: Provgruppen, level: working-group}
              - {id: annan, name: Annan grupp, level: working-group}
            seats:
              - {id: s1, forum: gruppen, role: secretary, party: region, person: sara, from: 2025-01-01}
              - {id: s2, forum: gruppen, role: member, party: stad, person: mats, from: 2023-01-01, to: 2026-12-31}
              - {id: s3, forum: annan, role: secretary, party: region, person: olle, from: 2025-01-01}
            """;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), SwedishTime.ZONE);
    private static final LocalDate NEW_TERM = LocalDate.of(2027, 1, 1);

    private final CurrentRegister register = new CurrentRegister();
    private MongoDatabase database;
    private MongoStructures structures;
    private EditRegister edit;

    @BeforeEach
    void registerFromTheFile() {
        database = InMemoryMongo.shared().freshDatabase();
        structures = new MongoStructures(database, CLOCK);
        new ImportStructureFiles(structures, register).importAll(List.of(new SourceFile("prov.yaml", FILE)));
        TestCore core = TestCore.on(database, register, se.samverkansbot.testing.SmallForum.DIRECTORY, CLOCK);
        edit = core.core().editRegister(structures, new MongoRegisterChanges(database), register, List.of("ada"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "mats, refused", // a member
        "sara, allowed", // the forum's secretary
        "olle, refused", // another forum's secretary
        "ada, allowed", // an administrator named in configuration
        "nobody, refused" // someone the register does not know
    })
    void who_may_register_a_successor_in_the_forum(String person, String expected) {
        Outcome outcome = edit.registerSuccessor(person, "prov", "s2", "olle", NEW_TERM);

        assertThat(outcome).isInstanceOf(expected.equals("allowed") ? Outcome.Done.class : Outcome.NotAllowed.class);
        assertThat(structure().seats()).hasSize(expected.equals("allowed") ? 4 : 3);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"mats, refused", "sara, allowed", "olle, refused", "ada, allowed", "nobody, refused"})
    void who_may_add_a_person_from_the_forum(String person, String expected) {
        Outcome outcome = edit.savePerson(person, "prov", "gruppen", newPerson("Nina Ny"));

        assertThat(outcome).isInstanceOf(expected.equals("allowed") ? Outcome.Done.class : Outcome.NotAllowed.class);
    }

    @Test
    void an_administrator_may_be_named_by_email_in_configuration() {
        EditRegister byEmail = TestCore.on(database, register, se.samverkansbot.testing.SmallForum.DIRECTORY, CLOCK)
                .core()
                .editRegister(structures, new MongoRegisterChanges(database), register, List.of(" ADA@prov.example"));

        assertThat(byEmail.administrators().administersStructure("prov", "ada")).isTrue();
        assertThat(byEmail.administrators().administersStructure("prov", "sara"))
                .isFalse();
        assertThat(byEmail.endSeat("ada", "prov", "s3", NEW_TERM)).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_successor_takes_effect_at_once_and_the_ended_seat_keeps_its_period() {
        edit.savePerson("sara", "prov", "gruppen", newPerson("Nina Ny"));

        Outcome outcome = edit.registerSuccessor("sara", "prov", "s2", "nina-ny", NEW_TERM);

        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        Structure now = register.get().structure("prov").orElseThrow();
        assertThat(now.seatsOn("gruppen", NEW_TERM))
                .extracting(Seat::person)
                .containsExactlyInAnyOrder("sara", "nina-ny");
        assertThat(now.seatsOn("gruppen", LocalDate.of(2026, 12, 31)))
                .extracting(Seat::person)
                .containsExactlyInAnyOrder("sara", "mats");
        Seat successor = now.seats().getLast();
        assertThat(successor.party()).isEqualTo("stad");
        assertThat(successor.role()).isEqualTo(SeatRole.MEMBER);
        assertThat(structures.all()).containsExactly(now);
    }

    @Test
    void every_change_is_kept_with_who_when_and_what() {
        edit.endSeat("sara", "prov", "s2", LocalDate.of(2026, 6, 30));

        List<RegisterChange> history = edit.history("prov", "gruppen", 10);

        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.by()).isEqualTo("sara");
            assertThat(change.at()).isEqualTo(CLOCK.instant());
            assertThat(change.kind()).isEqualTo(RegisterChange.Kind.SEAT_ENDED);
            assertThat(change.subject()).isEqualTo("s2");
            assertThat(change.details()).containsExactly("to: 2026-12-31 → 2026-06-30");
            assertThat(change.revision()).isEqualTo(2);
        });
        assertThat(edit.history("prov", "annan", 10)).isEmpty();
    }

    @Test
    void a_change_the_structure_file_would_refuse_is_refused_with_the_file_s_words_and_nothing_is_stored() {
        Structure before = structure();

        Outcome overlapping = edit.addSeat(
                "sara",
                "prov",
                new SeatDetails(
                        "gruppen", SeatRole.MEMBER, "stad", null, "mats", null, LocalDate.of(2026, 1, 1), null, null));
        Outcome unknownParty = edit.addSeat(
                "sara",
                "prov",
                new SeatDetails("gruppen", SeatRole.MEMBER, "stadd", null, null, "Ordförande", null, null, null));
        Outcome reversed = edit.endSeat("sara", "prov", "s2", LocalDate.of(2022, 12, 31));

        assertThat(problems(overlapping)).containsExactly(ProblemKind.SEAT_OVERLAP);
        assertThat(problems(unknownParty)).containsExactly(ProblemKind.UNKNOWN_REFERENCE);
        assertThat(((Outcome.Refused) unknownParty).problems().getFirst().text(Language.SWEDISH))
                .startsWith("'party' hänvisar till en part 'stadd' som inte finns");
        assertThat(((Outcome.Refused) reversed).problems().getFirst().text(Language.ENGLISH))
                .isEqualTo("the period ends (2022-12-31) before it starts (2023-01-01)");
        assertThat(structure()).isEqualTo(before);
        assertThat(edit.history("prov", "gruppen", 10)).isEmpty();
    }

    @Test
    void a_person_without_a_name_or_an_unknown_seat_is_refused_politely() {
        assertThat(problems(edit.savePerson("sara", "prov", "gruppen", newPerson("  "))))
                .containsExactly(ProblemKind.MISSING);
        assertThat(problems(edit.endSeat("ada", "prov", "s9", NEW_TERM))).containsExactly(ProblemKind.UNKNOWN_SEAT);
    }

    @Test
    void a_forum_secretary_may_not_change_the_identities_a_person_is_recognised_by() {
        Outcome outcome = edit.savePerson(
                "sara",
                "prov",
                "gruppen",
                new PersonDetails("mats", "Mats Ledamot", null, "stad", null, "mats@prov.example", "U123", null));

        assertThat(outcome).isInstanceOf(Outcome.NotAllowed.class);
        assertThat(register.get().person("U123")).isEmpty();
    }

    @Test
    void a_field_left_empty_keeps_what_the_register_holds() {
        edit.savePerson(
                "ada",
                "prov",
                "gruppen",
                new PersonDetails("mats", "Mats Ledamot", null, "stad", null, "mats@prov.example", "U123", null));

        Outcome outcome = edit.savePerson(
                "sara",
                "prov",
                "gruppen",
                new PersonDetails("mats", "Mats Ledamot", "Ordförande", null, null, null, null, null));

        assertThat(((Outcome.Done) outcome).change().details()).containsExactly("title: Ordförande");
        assertThat(register.get().person("U123")).map(RegisteredPerson::id).hasValue("mats");
    }

    @Test
    void a_person_s_contact_identities_are_changed_and_recognised_at_once() {
        Outcome outcome = edit.savePerson(
                "ada",
                "prov",
                "gruppen",
                new PersonDetails(
                        "mats", "Mats Ledamot", "Ordförande", "stad", null, "mats@prov.example", "U123", null));

        assertThat(((Outcome.Done) outcome).change().details())
                .containsExactly("title: Ordförande", "email: mats@prov.example", "slackUserId: U123");
        assertThat(register.get().person("U123")).map(RegisteredPerson::id).hasValue("mats");
    }

    @Test
    void a_secretary_does_not_change_someone_who_sits_only_in_another_forum() {
        Outcome outcome = edit.savePerson(
                "olle",
                "prov",
                "annan",
                new PersonDetails("mats", "Mats Ändrad", null, "stad", null, null, null, null));

        assertThat(outcome).isInstanceOf(Outcome.NotAllowed.class);
    }

    @Test
    void a_deputy_stands_in_for_a_seat_of_the_same_forum() {
        Outcome deputy = edit.addSeat(
                "sara",
                "prov",
                new SeatDetails("gruppen", SeatRole.DEPUTY, "stad", null, "olle", null, NEW_TERM, null, "s2"));
        Outcome elsewhere = edit.addSeat(
                "ada",
                "prov",
                new SeatDetails("annan", SeatRole.DEPUTY, "stad", null, "mats", null, NEW_TERM, null, "s2"));

        assertThat(deputy).isInstanceOf(Outcome.Done.class);
        assertThat(structure().seats().getLast().deputyFor()).isEqualTo("s2");
        assertThat(problems(elsewhere)).containsExactly(ProblemKind.DEPUTY_IN_OTHER_FORUM);
    }

    @Test
    void a_restart_with_the_same_file_keeps_the_changes_made_in_the_app_and_a_changed_file_replaces_them() {
        edit.registerSuccessor("sara", "prov", "s2", "olle", NEW_TERM);
        Structure edited = structure();
        ImportStructureFiles atStart = new ImportStructureFiles(structures, register);

        assertThat(atStart.importAll(List.of(new SourceFile("prov.yaml", "# omformaterad\n" + FILE))))
                .extracting(ImportStructureFiles.FileOutcome::saved)
                .containsExactly(SaveOutcome.KEPT_CHANGES_MADE_IN_APP);
        assertThat(structures.all()).containsExactly(edited);

        String changedFile = FILE.replace("name: Provsamverkan", "name: Provsamverkan 2");
        assertThat(atStart.importAll(List.of(new SourceFile("prov.yaml", changedFile))))
                .extracting(ImportStructureFiles.FileOutcome::saved)
                .containsExactly(SaveOutcome.UPDATED);
        assertThat(structures.all().getFirst().seats()).hasSize(3);
        assertThat(database.getCollection("structureRevisions").countDocuments())
                .as("the version with the app's change is kept as a revision")
                .isEqualTo(2);
    }

    @Test
    void the_export_re_imports_as_the_same_structure_and_is_only_for_those_who_keep_a_forum() {
        edit.registerSuccessor("sara", "prov", "s2", "olle", NEW_TERM);

        String exported = edit.export("sara", "prov").orElseThrow();

        assertThat(new StructureFileReader().read("export.yaml", exported)).isEqualTo(structure());
        assertThat(edit.export("mats", "prov")).isEmpty();
    }

    @Test
    void an_uploaded_file_is_all_or_nothing_with_lines_and_only_for_administrators() {
        String changed = new StructureFileWriter().write(structure()).replace("name: Mats Ledamot", "name: Mats L");
        String broken = changed.replace("forum: annan", "forum: anann");

        Outcome refused = edit.importFile("ada", new SourceFile("uppladdad.yaml", broken));
        Outcome bySecretary = edit.importFile("sara", new SourceFile("uppladdad.yaml", changed));
        Outcome imported = edit.importFile("ada", new SourceFile("uppladdad.yaml", changed));

        assertThat(((Outcome.Refused) refused).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message(Language.SWEDISH)).startsWith("uppladdad.yaml:"));
        assertThat(bySecretary).isInstanceOf(Outcome.NotAllowed.class);
        assertThat(imported).isInstanceOf(Outcome.Done.class);
        assertThat(register.get().person("mats")).map(p -> p.person().name()).hasValue("Mats L");
    }

    private Structure structure() {
        return structures.all().getFirst();
    }

    private static PersonDetails newPerson(String name) {
        return new PersonDetails(null, name, null, "stad", null, null, null, null);
    }

    private static List<ProblemKind> problems(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused) outcome)
                .problems().stream().map(Problem::kind).toList();
    }
}
