package se.samverkansbot.testing;

import java.net.InetSocketAddress;
import java.util.UUID;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * An embedded MongoDB-wire server on a free loopback port, reached through the real MongoDB driver, so
 * integration tests exercise the same code path as production.
 */
public final class InMemoryMongo implements AutoCloseable {
    private static InMemoryMongo shared;

    private final MongoServer server;
    private final MongoClient client;

    /** One server for the whole test run, started on first use and stopped when the JVM ends. */
    public static synchronized InMemoryMongo shared() {
        if (shared == null) {
            shared = new InMemoryMongo();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public InMemoryMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()));
    }

    /** A database of its own, so tests sharing a server never see each other's data. */
    public MongoDatabase freshDatabase() {
        return client.getDatabase("test-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
