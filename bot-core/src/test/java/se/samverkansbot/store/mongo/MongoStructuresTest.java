package se.samverkansbot.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkansbot.register.ImportStructureFiles;
import se.samverkansbot.register.ImportStructureFiles.FileOutcome;
import se.samverkansbot.register.ImportStructureFiles.SourceFile;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.register.Structures.SaveOutcome;
import se.samverkansbot.register.file.ProblemKind;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.ShippedStructures;
import se.samverkansbot.time.SwedishTime;

class MongoStructuresTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), SwedishTime.ZONE);

    private MongoDatabase database;
    private MongoStructures structures;
    private final List<Register> published = new ArrayList<>();
    private ImportStructureFiles importer;

    @BeforeEach
    void freshDatabase() {
        database = mongo.freshDatabase();
        structures = new MongoStructures(database, CLOCK);
        importer = new ImportStructureFiles(structures, published::add);
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void a_structure_comes_back_from_the_database_exactly_as_it_was_stored() {
        Structure halsam = ShippedStructures.structure("halsam.yaml");
        Structure jamtland = ShippedStructures.structure("jamtland-harjedalen.yaml");

        assertThat(structures.save(halsam, "halsam.yaml")).isEqualTo(SaveOutcome.CREATED);
        assertThat(structures.save(jamtland, "jamtland-harjedalen.yaml")).isEqualTo(SaveOutcome.CREATED);

        assertThat(new MongoStructures(database, CLOCK).all()).containsExactlyInAnyOrder(halsam, jamtland);
    }

    @Test
    void a_forum_s_rhythm_comes_back_from_the_database_as_it_was_stored() {
        Structure withRhythm = new se.samverkansbot.register.file.StructureFileReader().read("r.yaml", """
                structure:
                  id: r
                  name: R
                  rhythm: {remindSubmitters: false}
                forums:
                  - id: f
                    name: Forum
                    level: political
                    rhythm:
                      deadlines:
                        - {kind: agenda-cutoff, workingDaysBefore: 10, at: "09:00"}
                        - {kind: minutes, daysAfter: 14}
                      reminders:
                        - {about: meeting, daysBefore: [7, 1], to: [channel, role-holders]}
                """);

        structures.save(withRhythm, "r.yaml");

        assertThat(new MongoStructures(database, CLOCK).all()).containsExactly(withRhythm);
    }

    @Test
    void importing_the_shipped_files_loads_both_structures_and_publishes_the_register_once() {
        List<FileOutcome> outcomes = importer.importAll(
                ShippedStructures.FILES.stream().map(ShippedStructures::file).toList());

        assertThat(outcomes).extracting(FileOutcome::saved).containsExactly(SaveOutcome.CREATED, SaveOutcome.CREATED);
        assertThat(published)
                .singleElement()
                .satisfies(register -> assertThat(register.structures())
                        .extracting(Structure::name)
                        .containsExactly("HälSam", "Jämtland Härjedalen"));
    }

    @Test
    void reimporting_the_same_file_changes_nothing() {
        SourceFile file = ShippedStructures.file("halsam.yaml");
        importer.importAll(List.of(file));
        Document before =
                database.getCollection(MongoStructures.COLLECTION).find().first();

        SourceFile reformatted = new SourceFile(file.name(), "# en ny kommentar\n" + file.content() + "\n\n");
        List<FileOutcome> again = importer.importAll(List.of(reformatted));

        assertThat(again).extracting(FileOutcome::saved).containsExactly(SaveOutcome.UNCHANGED);
        assertThat(database.getCollection(MongoStructures.COLLECTION).find().first())
                .isEqualTo(before);
        assertThat(database.getCollection(MongoStructures.REVISIONS).countDocuments())
                .isZero();
        assertThat(published).hasSize(1);
    }

    @Test
    void a_changed_file_replaces_the_structure_and_keeps_the_previous_version_as_a_revision() {
        SourceFile file = ShippedStructures.file("halsam.yaml");
        importer.importAll(List.of(file));

        SourceFile changed = new SourceFile(
                file.name(), file.content().replace("county: Västernorrland", "county: Västernorrlands län"));
        assertThat(importer.importAll(List.of(changed)))
                .extracting(FileOutcome::saved)
                .containsExactly(SaveOutcome.UPDATED);

        assertThat(structures.all())
                .singleElement()
                .extracting(Structure::county)
                .isEqualTo("Västernorrlands län");
        Document revision =
                database.getCollection(MongoStructures.REVISIONS).find().first();
        assertThat(revision).isNotNull();
        assertThat(revision.getInteger("revision")).isEqualTo(1);
        assertThat(revision.get("structure", Document.class).getString("county"))
                .isEqualTo("Västernorrland");
        assertThat(database.getCollection(MongoStructures.COLLECTION)
                        .find()
                        .first()
                        .getInteger("revision"))
                .isEqualTo(2);
    }

    @Test
    void a_refused_file_leaves_the_previous_data_in_place() {
        SourceFile file = ShippedStructures.file("halsam.yaml");
        importer.importAll(List.of(file));
        Structure before = structures.all().getFirst();

        SourceFile broken = new SourceFile(
                file.name(),
                file.content()
                        .replace("county: Västernorrland", "county: Ändrat")
                        .replace("reportsTo: lansledning", "reportsTo: lansledningen"));
        List<FileOutcome> outcomes = importer.importAll(List.of(broken));

        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.refused()).isTrue();
            assertThat(outcome.problems())
                    .allSatisfy(p -> assertThat(p.kind()).isEqualTo(ProblemKind.UNKNOWN_REFERENCE));
        });
        assertThat(structures.all()).containsExactly(before);
        assertThat(published).hasSize(1);
    }

    @Test
    void two_files_describing_the_same_structure_are_not_both_imported() {
        SourceFile first = ShippedStructures.file("halsam.yaml");
        SourceFile copy =
                new SourceFile("halsam-kopia.yaml", first.content().replace("county: Västernorrland", "county: Annat"));

        List<FileOutcome> outcomes = importer.importAll(List.of(first, copy));

        assertThat(outcomes.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.DUPLICATE_STRUCTURE);
            assertThat(p.toString()).isEqualTo("halsam-kopia.yaml: structure 'halsam' is also defined in halsam.yaml");
        });
        assertThat(structures.all())
                .singleElement()
                .extracting(Structure::county)
                .isEqualTo("Västernorrland");
    }
}
