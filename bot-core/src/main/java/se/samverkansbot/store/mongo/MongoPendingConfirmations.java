package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

import java.time.Instant;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import se.samverkansbot.chat.PendingConfirmations;

/** Pending confirmations; taking one is a single findOneAndDelete, so it is taken at most once. */
public final class MongoPendingConfirmations implements PendingConfirmations {
    private final MongoCollection<Pending> pending;

    public MongoPendingConfirmations(MongoDatabase database) {
        this.pending = database.getCollection("pendingConfirmations", Pending.class);
        pending.createIndex(Indexes.ascending("token"), new IndexOptions().unique(true));
    }

    @Override
    public void save(Pending confirmation) {
        pending.insertOne(confirmation);
    }

    @Override
    public Optional<Pending> take(String token, String personId, Instant now) {
        return Optional.ofNullable(
                pending.findOneAndDelete(and(eq("token", token), eq("personId", personId), gt("expiresAt", now))));
    }
}
