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
            store = storeBuilder(file).open();
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
     * The database file as the server keeps it. Pages of 4 KB instead of the default 16: every changing command
     * commits (see DurableH2Backend), and a commit writes each changed page whole, so an inbox insert or update
     * serialized and wrote the whole 16 KB page of documents it sits in. Measured alone, 6 000 inbox documents inserted
     * and then updated, a commit each: insert p50 0.39 -> 0.23 ms, update 0.31 -> 0.16 ms, the file 268 -> 123 MB.
     * No background writer: the server commits after every changing command anyway, and with the writer on, each of
     * those commits handed its pages to H2's serialization thread and then its save thread and waited for both; on
     * two busy cores every hand-over waited for a turn. Committed in the command's own thread, the inbox insert in
     * SlashCommandBenchmark went from p50 3.0 / p99 164 ms to 1.9 / 111 ms (load 5 and 8), the file the same size.
     */
    static MVStore.Builder storeBuilder(Path file) {
        return new MVStore.Builder()
                .fileName(file.toString())
                .pageSplitSize(4 * 1024)
                .autoCommitDisabled();
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
