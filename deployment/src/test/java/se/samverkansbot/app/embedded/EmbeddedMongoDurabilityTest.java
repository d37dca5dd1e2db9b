package se.samverkansbot.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void a_write_acknowledged_just_before_kill_9_is_there_after_restart() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            acknowledged.addAll(writeThenKill("round" + round, 40));
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            List<String> stored = client.getDatabase("durability")
                    .getCollection("writes")
                    .find()
                    .map(document -> document.getString("_id"))
                    .into(new ArrayList<>());
            assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
        }
    }

    @Test
    void data_survives_a_clean_restart() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("restart")
                    .getCollection("things")
                    .insertOne(new Document("_id", "kept").append("name", "Ånge"));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(client.getDatabase("restart")
                            .getCollection("things")
                            .find()
                            .first())
                    .isEqualTo(new Document("_id", "kept").append("name", "Ånge"));
        }
    }

    /** Starts a child JVM that writes, and kills it with SIGKILL the moment the last write is acknowledged. */
    private List<String> writeThenKill(String prefix, int writes) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        AcknowledgeWritesThenWait.class.getName(),
                        dataDir.toString(),
                        Integer.toString(writes),
                        prefix)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < writes && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no final commit
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).hasSize(writes);
        return acknowledged;
    }
}
