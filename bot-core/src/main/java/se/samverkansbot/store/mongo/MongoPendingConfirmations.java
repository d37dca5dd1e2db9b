package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Projections.exclude;
import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import se.samverkansbot.chat.PendingConfirmations;

/**
 * Pending confirmations; taking one is a single atomic command, so it is taken at most once: without a request id it
 * is deleted, with one it is marked as taken by that request (field {@code takenBy}), which its retry matches.
 */
public final class MongoPendingConfirmations implements PendingConfirmations {
    private static final String TAKEN_BY = "takenBy";

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
    public Optional<Pending> take(String token, String personId, Instant now, String requestId) {
        if (requestId == null) {
            return Optional.ofNullable(pending.findOneAndDelete(
                    and(eq("token", token), eq("personId", personId), eq(TAKEN_BY, null), gt("expiresAt", now))));
        }
        return Optional.ofNullable(pending.findOneAndUpdate(
                and(
                        eq("token", token),
                        eq("personId", personId),
                        or(and(eq(TAKEN_BY, null), gt("expiresAt", now)), eq(TAKEN_BY, requestId))),
                set(TAKEN_BY, requestId),
                new FindOneAndUpdateOptions().projection(exclude(TAKEN_BY))));
    }

    @Override
    public void done(String token) {
        pending.deleteOne(eq("token", token));
    }
}
