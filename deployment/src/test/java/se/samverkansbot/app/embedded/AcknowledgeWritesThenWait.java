package se.samverkansbot.app.embedded;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * Run in a child JVM by {@link EmbeddedMongoDurabilityTest}: writes documents through the driver from four
 * threads at once, prints each acknowledged id, then waits to be killed.
 */
public final class AcknowledgeWritesThenWait {
    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[0]);
        int writes = Integer.parseInt(args[1]);
        EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
        MongoClient client = MongoClients.create(mongo.connectionString());
        MongoCollection<Document> collection = client.getDatabase("durability").getCollection("writes");
        // Four writers at once, so commits are shared: every acknowledged write must still be on file.
        int writers = 4;
        Thread[] threads = new Thread[writers];
        for (int w = 0; w < writers; w++) {
            int writer = w;
            threads[w] = Thread.ofPlatform().start(() -> {
                for (int i = writer; i < writes; i += writers) {
                    String id = args[2] + "-" + i;
                    collection.insertOne(new Document("_id", id));
                    synchronized (System.out) {
                        System.out.println("ACK " + id);
                        System.out.flush();
                    }
                }
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Thread.sleep(60_000);
    }
}
