package se.samverkansbot.app.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * The embedded MongoDB-wire server (durable H2 file) as a process of its own, for the reliability suite: the
 * database can then be killed or frozen while the packaged app keeps running, as a real MongoDB could be. No real
 * MongoDB is available where the suite runs; in production {@code MONGODB_URI} names one.
 *
 * <p>Arguments: data directory, loopback port, application name the app's driver must send (its
 * {@code appName}). Prints one line {@code listening} once it accepts connections, then runs until killed.
 */
public final class EmbeddedMongoProcess {
    private EmbeddedMongoProcess() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        InetSocketAddress at = new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[1]));
        ApplicationSecret admission = ApplicationSecret.named(args[2]);
        awaitFree(at);
        EmbeddedMongo running = EmbeddedMongo.start(dataDir, at, admission);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        System.out.println("listening");
        System.out.flush();
        Thread.currentThread().join();
    }

    /** A restart right after kill -9 may find the port still held for a moment. */
    private static void awaitFree(InetSocketAddress at) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(at);
                return;
            } catch (IOException held) {
                if (attempt >= 100) {
                    throw new IllegalStateException(at + " stays taken", held);
                }
                Thread.sleep(100);
            }
        }
    }
}
