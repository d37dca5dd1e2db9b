package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import se.samverkansbot.calendar.FeedTokens;

/**
 * Personal feed tokens, one document per person holding the current token: 32 random bytes from a
 * {@link SecureRandom} (256 bits, URL-safe). The first token is set on insert only, so two simultaneous first
 * asks agree on one; a unique index on the token finds its owner.
 */
public final class MongoFeedTokens implements FeedTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> tokens;
    private final Clock clock;

    public MongoFeedTokens(MongoDatabase database, Clock clock) {
        this.tokens = database.getCollection("feedTokens");
        this.clock = clock;
        tokens.createIndex(Indexes.ascending("token"), new IndexOptions().unique(true));
    }

    @Override
    public String current(String structureId, String personId) {
        Document document = tokens.findOneAndUpdate(
                eq("_id", key(structureId, personId)),
                Updates.combine(
                        Updates.setOnInsert("token", newToken()),
                        Updates.setOnInsert("structureId", structureId),
                        Updates.setOnInsert("personId", personId),
                        Updates.setOnInsert("since", Date.from(clock.instant()))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return document.getString("token");
    }

    @Override
    public String renew(String structureId, String personId) {
        String token = newToken();
        tokens.updateOne(
                eq("_id", key(structureId, personId)),
                Updates.combine(
                        Updates.set("token", token),
                        Updates.set("structureId", structureId),
                        Updates.set("personId", personId),
                        Updates.set("since", Date.from(clock.instant()))),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
        return token;
    }

    @Override
    public Optional<Owner> owner(String token) {
        return Optional.ofNullable(tokens.find(eq("token", token)).first())
                .map(d -> new Owner(d.getString("structureId"), d.getString("personId")));
    }

    private static String key(String structureId, String personId) {
        return structureId + "/" + personId;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
