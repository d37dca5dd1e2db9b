package se.samverkansbot.app.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import se.samverkansbot.app.embedded.EmbeddedMongoProcess;

/**
 * The database as a process of its own ({@link EmbeddedMongoProcess}: the embedded wire server with its durable H2
 * file), started with the test classpath on a fixed loopback port, so the app's {@code MONGODB_URI} stays valid
 * across restarts. It can be killed ({@code kill -9}), frozen ({@code kill -STOP}) and thawed ({@code kill -CONT}).
 */
final class DatabaseProcess implements AutoCloseable {
    private final Path workDir;
    private final Path dataDir;
    private final int port;
    private final String applicationName;
    private Process process;
    private int starts;

    DatabaseProcess(Path workDir) throws IOException {
        this.workDir = workDir;
        this.dataDir = workDir.resolve("database");
        Files.createDirectories(dataDir);
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            this.port = socket.getLocalPort();
        }
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        this.applicationName = "samverkansbot-reliability-" + HexFormat.of().formatHex(secret);
    }

    /** What the app is given as {@code MONGODB_URI}: this port, the database name and the admitted application name. */
    String uri() {
        return "mongodb://127.0.0.1:" + port + "/samverkansbot?appName=" + applicationName;
    }

    /** Starts the server on the same data file and port, and waits until it listens. */
    synchronized void start() throws IOException, InterruptedException {
        starts++;
        Path log = workDir.resolve("database-" + starts + ".log");
        process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedMongoProcess.class.getName(),
                        dataDir.toString(),
                        String.valueOf(port),
                        applicationName))
                .redirectErrorStream(true)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // Its output goes to a file once it listens; until then it is read here to see when that is.
        StringBuilder early = new StringBuilder();
        for (String line = out.readLine(); ; line = out.readLine()) {
            if (line == null) {
                Files.writeString(log, early);
                throw new IllegalStateException("the database process stopped; see " + log);
            }
            early.append(line).append('\n');
            if (line.equals("listening")) {
                break;
            }
        }
        Files.writeString(log, early);
        Thread drain = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Files.writeString(log, line + "\n", java.nio.file.StandardOpenOption.APPEND);
                }
            } catch (IOException gone) {
                // the process was killed
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    /** kill -9, and waits until it is gone. */
    synchronized void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** kill -STOP: the process holds its port and connections and answers nothing. */
    void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** kill -CONT. */
    void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
                .inheritIO()
                .start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    @Override
    public synchronized void close() throws Exception {
        if (process != null && process.isAlive()) {
            signal("CONT"); // a frozen process would not hear the TERM
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
