package se.samverkansbot.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansbot.register.ImportStructureFiles.SourceFile;
import se.samverkansbot.register.Structure;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.register.file.StructureFileWriter;

/** The demo's structure, like the shipped ones, survives the workspace's export and a new import unchanged. */
class DemoStructureFileTest {

    @Test
    void the_demo_structure_exported_and_imported_again_is_the_same_structure() {
        SourceFile file = DemoStructure.file();
        StructureFileReader reader = new StructureFileReader();
        Structure demo = reader.read(file.name(), file.content());

        String exported = new StructureFileWriter().write(demo);

        assertThat(reader.read("demosam-export.yaml", exported)).isEqualTo(demo);
    }
}
