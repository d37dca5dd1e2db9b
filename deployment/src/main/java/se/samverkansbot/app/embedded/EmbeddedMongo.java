package se.samverkansbot.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB-wire server backed by one file in the data directory, so a newcomer needs no
 * database installed. The application reaches it through the ordinary MongoDB driver on a loopback port,
 * exactly as it reaches a real MongoDB.
 */
public final class EmbeddedMongo implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    static final String FILE_NAME = "samverkansbot.mv.db";

    private final MongoServer server;
    private final InetSocketAddress address;
    private final ApplicationSecret admission;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address, ApplicationSecret admission) {
        this.server = server;
        this.address = address;
        this.admission = admission;
    }

    /**
     * Opens (or creates) the database file in {@code dataDir} and listens on a free port of the loopback address
     * only, admitting only connections that know this start's secret ({@link #connectionString()}).
     */
    public static EmbeddedMongo start(Path dataDir) {
        return start(dataDir, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), ApplicationSecret.random());
    }

    /**
     * The same on a given loopback address and secret: for the server run as its own process by the reliability
     * suite, which kills and restarts it on the same port while the app keeps its connection string.
     */
    static EmbeddedMongo start(Path dataDir, InetSocketAddress at, ApplicationSecret admission) {
        Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(file.toString()).open();
        } catch (MVStoreException e) {
            throw new IllegalStateException(
                    "Cannot open the embedded database " + file
                            + " (is another Samverkansbot using this data directory?)",
                    e);
        }
        MongoServer server = new MongoServer(new DurableH2Backend(store, admission));
        server.bind(at);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB-wire server on {} (this process only) with data in {}", address, file);
        return new EmbeddedMongo(server, address, admission);
    }

    /**
     * How this process reaches the server: its loopback port, and this start's secret as the application name (so
     * keep it out of logs). Another process, or this one after a restart, has no use for an old one.
     */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/?appName="
                + admission.applicationName();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
