package se.samverkansbot.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's port serves only the process that started it: it listens on loopback, and a connection
 * that does not open with this start's secret (our driver's application name) is refused before any command runs.
 */
class EmbeddedMongoAdmissionTest {
    @TempDir
    Path dataDir;

    @Test
    void the_application_reaches_its_own_database_through_the_connection_string() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("admission").getCollection("things").insertOne(new Document("_id", "ours"));
            assertThat(client.getDatabase("admission").getCollection("things").countDocuments())
                    .isEqualTo(1);
        }
    }

    @Test
    void listens_on_the_loopback_address_only() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir)) {
            assertThat(new ConnectionString(mongo.connectionString()).getHosts())
                    .singleElement()
                    .satisfies(host -> assertThat(host).startsWith("127.0.0.1:"));
        }
    }

    @Test
    void another_client_on_the_same_port_without_the_secret_or_with_a_wrong_one_gets_nothing() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
                MongoClient ours = MongoClients.create(mongo.connectionString())) {
            ours.getDatabase("admission").getCollection("things").insertOne(new Document("_id", "secret"));
            String hostAndPort =
                    new ConnectionString(mongo.connectionString()).getHosts().getFirst();

            for (String stranger : new String[] {
                "mongodb://" + hostAndPort, "mongodb://" + hostAndPort + "/?appName=samverkansbot-guessed"
            }) {
                try (MongoClient other = MongoClients.create(MongoClientSettings.builder()
                        .applyConnectionString(new ConnectionString(stranger))
                        .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(1, TimeUnit.SECONDS))
                        .build())) {
                    assertThatThrownBy(() -> other.getDatabase("admission")
                                    .getCollection("things")
                                    .find()
                                    .first())
                            .as(stranger)
                            .isInstanceOf(MongoException.class);
                }
            }
            assertThat(ours.getDatabase("admission").getCollection("things").countDocuments())
                    .as("the application itself is not disturbed")
                    .isEqualTo(1);
        }
    }
}
