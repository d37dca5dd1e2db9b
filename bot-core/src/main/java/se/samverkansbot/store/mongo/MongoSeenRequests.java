package se.samverkansbot.store.mongo;

import java.time.Clock;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.SeenRequests;

/** Seen request ids, one document each; the unique _id makes "first time" one atomic insert. */
public final class MongoSeenRequests implements SeenRequests {
    private final MongoCollection<Document> seen;
    private final Clock clock;

    public MongoSeenRequests(MongoDatabase database, Clock clock) {
        this.seen = database.getCollection("seenRequests");
        this.clock = clock;
        // No TTL index (the embedded server never expires): old entries are harmless and can be pruned by date.
        seen.createIndex(Indexes.ascending("at"));
    }

    @Override
    public boolean firstTime(Platform platform, String requestId) {
        try {
            seen.insertOne(new Document("_id", platform + ":" + requestId).append("at", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
