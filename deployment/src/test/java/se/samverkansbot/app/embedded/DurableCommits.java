package se.samverkansbot.app.embedded;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The floor of an acknowledgement on the embedded server: one inbox-sized document put into an MVStore map as the
 * embedded server stores it (its settings), and the commit of the file to the operating system that the server does for every
 * changing command, timed alone on this disk (no other thread, no lock to wait for). And the same document inserted
 * through the driver into the embedded server, alone, one at a time at the benchmark's pace: the commit plus the
 * driver, the loopback hops and the server's thread, which sleeps between requests and must be woken for each.
 */
public final class DurableCommits {
    private DurableCommits() {}

    /** Each put-and-commit's time in microseconds, sorted. */
    public static long[] measure(Path dir, int count) {
        long[] micros = new long[count];
        MVStore store = EmbeddedMongo.storeBuilder(dir.resolve("commits.mv.db")).open();
        try {
            MVMap<Object, Document> requests = store.openMap("databases.app.inboundRequests");
            for (int i = 0; i < count; i++) {
                Document request = request("command:t" + i);
                long start = System.nanoTime();
                requests.put(request.get("_id"), request);
                store.commit();
                micros[i] = (System.nanoTime() - start) / 1000;
            }
        } finally {
            store.close();
        }
        Arrays.sort(micros);
        return micros;
    }

    /**
     * Each insert's time in microseconds, sorted: inserted one at a time through the driver into an embedded server
     * on its own file, with a pause after each (none: back to back; the benchmark's 100 a second: 10 ms), after a
     * warm-up of as many inserts back to back.
     */
    public static long[] measureDriverInserts(Path dir, int count, long pauseMillis) throws InterruptedException {
        long[] micros = new long[count];
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<org.bson.Document> requests =
                    client.getDatabase("app").getCollection("inboundRequests");
            for (int i = 0; i < count; i++) {
                requests.insertOne(new org.bson.Document(request("warm:t" + i)));
            }
            for (int i = 0; i < count; i++) {
                org.bson.Document request = new org.bson.Document(request("command:t" + i));
                long start = System.nanoTime();
                requests.insertOne(request);
                micros[i] = (System.nanoTime() - start) / 1000;
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        }
        Arrays.sort(micros);
        return micros;
    }

    /** Shaped like a stored slash command (see MongoInboundRequests). */
    private static Document request(String key) {
        Document said = new Document("type", "said").append("text", "vem representerar Sundsvall i HälSam?");
        Document message = new Document(
                        "sender",
                        new Document("platform", "SLACK").append("userId", "U1").append("displayName", "u"))
                .append(
                        "address",
                        new Document("platform", "SLACK")
                                .append("conversationId", "C1")
                                .append("direct", false))
                .append("action", said)
                .append("requestId", key);
        return new Document("_id", key)
                .append("platform", "SLACK")
                .append("message", message)
                .append("replyTo", new Document("route", "respond").append("url", "http://127.0.0.1:1/response/bench"))
                .append("status", "CLAIMED")
                .append("claimedBy", "1234@host/0f8fad5b-d9cb-469f-a165-70867728950e")
                .append("leaseUntil", new Date())
                .append("attempts", 1)
                .append("receivedAt", new Date())
                .append("version", 1);
    }
}
