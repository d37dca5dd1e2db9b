package se.samverkansbot.app.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged app ({@code target/samverkansbot.jar}) as a separate process on a fixed loopback port, so that clients
 * find it again after a restart. {@link #kill()} is {@code kill -9}: no shutdown hook, no flush, nothing finished.
 */
final class PackagedApp implements AutoCloseable {
    private final Path jar;
    private final Path workDir;
    private final int port;
    private final List<String> arguments;
    private final java.util.Map<String, String> environment;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;
    private int kills;

    PackagedApp(Path jar, Path workDir, List<String> arguments) throws IOException {
        this(jar, workDir, arguments, java.util.Map.of());
    }

    /** With environment variables for the process, such as {@code MONGODB_URI}. */
    PackagedApp(Path jar, Path workDir, List<String> arguments, java.util.Map<String, String> environment)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the reliability suite runs after the package phase"
                    + " (./mvnw -Preliability -pl deployment -am verify)");
        }
        this.jar = jar;
        this.workDir = workDir;
        this.port = freePort();
        this.arguments = List.copyOf(arguments);
        this.environment = java.util.Map.copyOf(environment);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    synchronized void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Small and quick to start: the machine may be shared; these runs measure loss, not speed.
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.time=ALL-UNNAMED",
                "--add-modules=jdk.incubator.vector",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1"));
        command.addAll(arguments);
        starts++;
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        process = builder.directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app-" + starts + ".log").toFile())
                .start();
    }

    /** kill -9 of the running process, and waits until it is gone. */
    synchronized void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        kills++;
    }

    synchronized void killAndRestart() throws IOException, InterruptedException {
        kill();
        start();
    }

    /** Waits until readiness says UP (the register loaded, the database answering). */
    void awaitReady(Duration patience) throws InterruptedException {
        long giveUp = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped; see " + workDir.resolve("app-" + starts + ".log"));
            }
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the app was not ready within " + patience);
    }

    int starts() {
        return starts;
    }

    int kills() {
        return kills;
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
