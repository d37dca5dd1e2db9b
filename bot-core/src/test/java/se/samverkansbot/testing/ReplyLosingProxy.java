package se.samverkansbot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy between the driver and the database that makes "written, but the answer lost" happen on purpose: every
 * request reaches the database, and the answer to the next insert (or update: {@link #afterNextWriteInto}) is thrown
 * away. Either only that answer is lost
 * (the driver's read times out; the database answers other connections as usual), or the database falls silent
 * from then on for everyone (the driver's reads time out, lookups too), as a database that dies or freezes
 * right after applying a write. {@link #cutOff()} closes everything and refuses new connections, as a database that
 * is gone: then nothing can be sent.
 */
public final class ReplyLosingProxy implements AutoCloseable {
    /** What becomes of the answer to the next insert. */
    public enum AfterNextInsert {
        /** Answered as usual. */
        ANSWER,
        /**
         * Its answer is dropped and its connection stays silent (the driver's read times out and closes it); other
         * and later connections answer as usual. A read that timed out does not make the driver doubt the server,
         * so a lookup right after goes through at once.
         */
        LOSE_ITS_ANSWER,
        /** Its answer is dropped, and from then on no connection gets any answer. */
        FALL_SILENT
    }

    private static final byte[] INSERT = command("insert");

    private final InetSocketAddress database;
    private final ServerSocket listening;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicBoolean silent = new AtomicBoolean();
    private final AtomicBoolean cutOff = new AtomicBoolean();
    private final AtomicBoolean refusing = new AtomicBoolean();
    private volatile AfterNextInsert afterNextInsert = AfterNextInsert.ANSWER;
    private volatile byte[] command = INSERT;
    private volatile byte[] collection;

    public ReplyLosingProxy(InetSocketAddress database) throws IOException {
        this.database = database;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("proxy-accept").start(this::accept);
    }

    public int port() {
        return listening.getLocalPort();
    }

    /** What becomes of the answer to the next insert, into any collection. */
    public void afterNextInsert(AfterNextInsert what) {
        afterNextInsertInto(null, what);
    }

    /** What becomes of the answer to the next insert into the named collection. */
    public void afterNextInsertInto(String collectionName, AfterNextInsert what) {
        afterNextWriteInto("insert", collectionName, what);
    }

    /**
     * What becomes of the answer to the next write command ({@code insert}, {@code update}, {@code delete},
     * {@code findAndModify}) into the named collection.
     */
    public void afterNextWriteInto(String commandName, String collectionName, AfterNextInsert what) {
        command = command(commandName);
        collection = collectionName == null ? null : (collectionName + "\u0000").getBytes(StandardCharsets.UTF_8);
        afterNextInsert = what;
    }

    /** The command name as it starts an OP_MSG body: a string element of that name. */
    private static byte[] command(String name) {
        return ("\u0002" + name + "\u0000").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The database goes away for now: every connection is cut, and new ones are closed as soon as they come. */
    public void refuse() {
        refusing.set(true);
        open.forEach(ReplyLosingProxy::closeQuietly);
    }

    /** A database that fell silent or went away answers again. */
    public void answerAgain() {
        refusing.set(false);
        silent.set(false);
    }

    /** Everything closed, nothing accepted any more: the database is gone. */
    public void cutOff() {
        cutOff.set(true);
        closeQuietly(listening);
        open.forEach(ReplyLosingProxy::closeQuietly);
    }

    @Override
    public void close() {
        cutOff();
    }

    private void accept() {
        while (!cutOff.get()) {
            try {
                Socket client = listening.accept();
                if (refusing.get()) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket(database.getAddress(), database.getPort());
                open.add(client);
                open.add(server);
                AtomicBoolean insertSent = new AtomicBoolean();
                Thread.ofPlatform().daemon().start(() -> requests(client, server, insertSent));
                Thread.ofPlatform().daemon().start(() -> answers(server, client, insertSent));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Every request goes through; the watched write is noted, so its answer can be lost. */
    private void requests(Socket client, Socket server, AtomicBoolean insertSent) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = client.getInputStream();
                OutputStream out = server.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                if (afterNextInsert != AfterNextInsert.ANSWER && isWatchedWrite(buffer, read)) {
                    insertSent.set(true);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException closed) {
            // the other side went
        } finally {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private void answers(Socket server, Socket client, AtomicBoolean insertSent) {
        byte[] buffer = new byte[64 * 1024];
        boolean lost = false;
        try (InputStream in = server.getInputStream();
                OutputStream out = client.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                if (insertSent.getAndSet(false)) {
                    AfterNextInsert what = afterNextInsert;
                    afterNextInsert = AfterNextInsert.ANSWER;
                    if (what == AfterNextInsert.FALL_SILENT) {
                        silent.set(true);
                    } else if (what == AfterNextInsert.LOSE_ITS_ANSWER) {
                        lost = true;
                    }
                }
                if (!silent.get() && !lost) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException closed) {
            // the other side went
        } finally {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    /** The wanted command, into the wanted collection if one is named (its name follows the string's length). */
    private boolean isWatchedWrite(byte[] buffer, int length) {
        byte[] into = collection;
        byte[] wanted = command;
        for (int i = 0; i + wanted.length <= length; i++) {
            if (startsWith(buffer, length, i, wanted)
                    && (into == null || startsWith(buffer, length, i + wanted.length + 4, into))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] buffer, int length, int at, byte[] wanted) {
        if (at + wanted.length > length) {
            return false;
        }
        for (int j = 0; j < wanted.length; j++) {
            if (buffer[at + j] != wanted[j]) {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
