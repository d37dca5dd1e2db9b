package se.samverkansbot.register.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.samverkansbot.testing.ShippedStructures;

/** The published schema and the reader agree: what ships passes both, and the schema can say no. */
class StructureFileSchemaTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonSchema schema = loadSchema();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/structures/halsam.yaml",
                "/structures/jamtland-harjedalen.yaml",
                "/structure-files/example.yaml"
            })
    void shipped_files_and_the_example_follow_the_schema(String resource) throws IOException {
        assertThat(schema.validate(yaml(resource))).isEmpty();
    }

    @Test
    void the_commented_example_is_also_accepted_by_the_reader() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/structure-files/example.yaml")) {
            String content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(new StructureFileReader().read("example.yaml", content).forums())
                    .extracting(se.samverkansbot.register.Forum::id, se.samverkansbot.register.Forum::isPublic)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("ex-politisk", true),
                            org.assertj.core.groups.Tuple.tuple("ex-lokal-exstad", true),
                            org.assertj.core.groups.Tuple.tuple("ex-arbetsgrupp-sip", false));
        }
    }

    @Test
    void the_schema_refuses_unknown_keys_and_bad_choices() throws IOException {
        JsonNode node = YAML.readTree(ShippedStructures.file("halsam.yaml").content());
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("forums").get(0)).put("mandat", "x");
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("forums").get(1)).put("level", "politisk");

        Set<ValidationMessage> messages = schema.validate(node);

        assertThat(messages)
                .extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("mandat"))
                .anyMatch(m -> m.contains("level"));
    }

    private static JsonNode yaml(String resource) throws IOException {
        try (InputStream in = StructureFileSchemaTest.class.getResourceAsStream(resource)) {
            return YAML.readTree(in);
        }
    }

    private static JsonSchema loadSchema() {
        try (InputStream in =
                StructureFileSchemaTest.class.getResourceAsStream("/structure-files/structure-file.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
