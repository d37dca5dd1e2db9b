package se.samverkansbot.app.embedded;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * Run in a child JVM by {@link EmbeddedMongoDurabilityTest}: writes documents one by one through the driver,
 * prints each acknowledged id, then waits to be killed.
 */
public final class AcknowledgeWritesThenWait {
    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[0]);
        int writes = Integer.parseInt(args[1]);
        EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
        MongoClient client = MongoClients.create(mongo.connectionString());
        MongoCollection<Document> collection = client.getDatabase("durability").getCollection("writes");
        for (int i = 0; i < writes; i++) {
            String id = args[2] + "-" + i;
            collection.insertOne(new Document("_id", id));
            System.out.println("ACK " + id);
            System.out.flush();
        }
        Thread.sleep(60_000);
    }
}
