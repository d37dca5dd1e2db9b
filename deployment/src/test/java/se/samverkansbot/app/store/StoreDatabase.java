package se.samverkansbot.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import se.samverkansbot.app.config.MongoSettings;
import se.samverkansbot.app.embedded.EmbeddedMongo;

/**
 * The database the store suite runs against: the app's own embedded server (H2 file store) in the build, or
 * the MongoDB named by {@code -Dstores.mongodb-uri=…} (or the MONGODB_URI environment variable), reached with
 * the app's own client settings. On a real server each run uses a database of its own, dropped at the end, so
 * the suite never touches the app's data.
 */
final class StoreDatabase implements AutoCloseable {
    private final EmbeddedMongo embedded;
    private final Path dataDir;
    private final MongoClient client;
    private final String prefix = "storetest-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final java.util.List<MongoDatabase> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    private StoreDatabase(EmbeddedMongo embedded, Path dataDir, MongoClient client) {
        this.embedded = embedded;
        this.dataDir = dataDir;
        this.client = client;
    }

    static StoreDatabase open() {
        String uri = configuredUri();
        if (uri != null) {
            return new StoreDatabase(null, null, MongoClients.create(MongoSettings.forServer(uri)));
        }
        try {
            Path dataDir = Files.createTempDirectory("store-suite");
            EmbeddedMongo embedded = EmbeddedMongo.start(dataDir);
            return new StoreDatabase(embedded, dataDir, MongoClients.create(embedded.connectionString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real MongoDB when one is given: the system property first, then the environment. */
    static String configuredUri() {
        String property = System.getProperty("stores.mongodb-uri");
        if (property != null && !property.isBlank() && !property.startsWith("${")) {
            return property;
        }
        String environment = System.getenv("MONGODB_URI");
        return environment == null || environment.isBlank() ? null : environment;
    }

    boolean embedded() {
        return embedded != null;
    }

    /** A database of its own for each store under test, so no test sees another's documents. */
    MongoDatabase fresh() {
        MongoDatabase database = client.getDatabase(prefix + opened.size());
        opened.add(database);
        return database;
    }

    MongoClient client() {
        return client;
    }

    /** What the suite runs against, for the test report. */
    String describe() {
        if (embedded()) {
            return "embedded MongoDB-wire server (H2 file store)";
        }
        Document build = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
        return "MongoDB " + build.getString("version") + ", databases " + prefix + "*";
    }

    @Override
    public void close() {
        if (!embedded()) {
            opened.forEach(MongoDatabase::drop); // the embedded store's file goes with its directory instead
        }
        client.close();
        if (embedded != null) {
            embedded.close();
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
