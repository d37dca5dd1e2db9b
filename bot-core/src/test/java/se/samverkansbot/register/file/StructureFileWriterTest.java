package se.samverkansbot.register.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.samverkansbot.register.Structure;
import se.samverkansbot.testing.ShippedStructures;

/** The export: a structure written as a structure file reads back as the same structure. */
class StructureFileWriterTest {
    private final StructureFileWriter writer = new StructureFileWriter();
    private final StructureFileReader reader = new StructureFileReader();

    @ParameterizedTest
    @ValueSource(strings = {"halsam.yaml", "jamtland-harjedalen.yaml"})
    void a_shipped_structure_exported_and_imported_again_is_the_same_structure(String file) {
        Structure shipped = ShippedStructures.structure(file);

        String exported = writer.write(shipped);

        assertThat(reader.read("export-" + file, exported)).isEqualTo(shipped);
        assertThat(shipped.documents()).as("the documents travel too").isNotEmpty();
    }

    @Test
    void the_example_file_survives_the_round_trip_with_its_schedule_and_costs() throws IOException {
        Structure example;
        try (InputStream in = getClass().getResourceAsStream("/structure-files/example.yaml")) {
            example = reader.read("example.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        assertThat(reader.read("export", writer.write(example))).isEqualTo(example);
    }

    @Test
    void the_export_reads_as_the_file_a_secretary_would_write() {
        String exported = writer.write(ShippedStructures.structure("halsam.yaml"));

        assertThat(exported)
                .startsWith("version: 1\nstructure:\n  id: halsam\n")
                .contains("    from: 2023-01-01\n    to: 2026-12-31\n")
                .contains("  - id: politisk-sundsvall-social\n    forum: halsam-politisk\n    role: member\n")
                .doesNotContain("consultativeOnly: true", "count: 1\n", "'2023-01-01'");
    }

    @Test
    void an_event_whose_outcome_the_documents_leave_unsaid_is_read_and_written_with_what_is_unsaid() {
        Structure shipped = ShippedStructures.structure("jamtland-harjedalen.yaml");

        assertThat(shipped.milestones())
                .filteredOn(m -> m.title().startsWith("SVOM föreslår RSR"))
                .singleElement()
                .satisfies(m -> assertThat(m.unrecorded()).startsWith("vad RSR beslutade om förslaget"));
        assertThat(writer.write(shipped)).contains("    unrecorded: vad RSR beslutade om förslaget");
    }

    @Test
    void a_representation_without_its_number_is_read_and_written_as_unstated() {
        Structure shipped = ShippedStructures.structure("jamtland-harjedalen.yaml");

        assertThat(shipped.seats())
                .filteredOn(seat -> seat.id().equals("svom-hsn"))
                .singleElement()
                .satisfies(seat -> assertThat(seat.countStated()).isFalse());
        assertThat(writer.write(shipped)).contains("    count: unstated\n");
    }
}
