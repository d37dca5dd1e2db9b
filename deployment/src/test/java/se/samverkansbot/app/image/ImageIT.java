package se.samverkansbot.app.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The image tar that {@code ./mvnw -pl deployment -am verify -Pimage} built: what a container runtime reads
 * from its config. Runs only in that profile (after the package phase wrote the tar).
 */
class ImageIT {
    private static final Path TAR = Path.of("target", "jib-image.tar");

    @Test
    void the_image_runs_the_app_as_a_non_root_user_with_the_add_opens_a_health_check_and_one_data_volume()
            throws IOException {
        JsonNode config = new ObjectMapper().readTree(entry("config.json")).get("config");

        List<String> entrypoint = strings(config.get("Entrypoint"));
        assertThat(entrypoint.getFirst()).isEqualTo("java");
        assertThat(entrypoint)
                .contains(
                        "--add-opens=java.base/java.util=ALL-UNNAMED",
                        "--add-opens=java.base/java.lang=ALL-UNNAMED",
                        "--add-opens=java.base/java.time=ALL-UNNAMED",
                        "se.samverkansbot.app.SamverkansbotApplication");
        assertThat(config.get("User").asText())
                .isEqualTo("10001:0")
                .doesNotStartWith("0:")
                .isNotEqualTo("root");
        List<String> check = strings(config.get("Healthcheck").get("Test"));
        assertThat(check.getFirst()).isEqualTo("CMD");
        assertThat(check.getLast()).contains("/actuator/health/readiness", "${PORT:-8080}");
        assertThat(config.get("Healthcheck").get("Interval").asLong()).isPositive();
        assertThat(config.get("Volumes").propertyNames()).containsExactly("/var/lib/samverkansbot");
        assertThat(strings(config.get("Env")))
                .contains("SAMVERKAN_DATA_DIR=/var/lib/samverkansbot", "SAMVERKAN_WEB_CHAT_ENABLED=false");
        assertThat(config.get("ExposedPorts").propertyNames()).containsExactly("8080/tcp");
        JsonNode manifest = new ObjectMapper().readTree(entry("manifest.json"));
        assertThat(manifest.get(0).get("Config").asText()).isEqualTo("config.json");
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asText).toList();
    }

    /** One file of the tar, read header by header (the JDK has no tar reader; the format is simple). */
    private static String entry(String wanted) throws IOException {
        try (InputStream in = Files.newInputStream(TAR)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
                long size = Long.parseLong(
                        new String(header, 124, 12, StandardCharsets.US_ASCII)
                                .replace("\0", "")
                                .trim(),
                        8);
                byte[] data = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (name.equals(wanted)) {
                    return new String(data, StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(wanted + " is not in " + TAR);
    }
}
