package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import se.samverkansbot.email.EmailKind;
import se.samverkansbot.email.EmailPreferences;

/**
 * Email choices by address: one document per address and kind holding the opt-out token and whether that kind
 * is stopped (with when, for the record), and one per address for choosing email. Tokens are 32 random bytes,
 * set on insert only, so asking twice at once gives one token.
 */
public final class MongoEmailPreferences implements EmailPreferences {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> optOuts;
    private final MongoCollection<Document> choices;
    private final Clock clock;

    public MongoEmailPreferences(MongoDatabase database, Clock clock) {
        this.optOuts = database.getCollection("emailOptOuts");
        this.choices = database.getCollection("emailChoices");
        this.clock = clock;
        optOuts.createIndex(Indexes.ascending("token"), new IndexOptions().unique(true));
    }

    @Override
    public boolean prefersEmail(String address) {
        Document choice = choices.find(eq("_id", normal(address))).first();
        return choice != null && choice.getBoolean("email", false);
    }

    @Override
    public void chooseEmail(String address, boolean chosen) {
        choices.updateOne(
                eq("_id", normal(address)),
                Updates.combine(Updates.set("email", chosen), Updates.set("at", Date.from(clock.instant()))),
                new UpdateOptions().upsert(true));
    }

    @Override
    public boolean hasOptedOut(String address, EmailKind kind) {
        Document document = optOuts.find(eq("_id", key(address, kind))).first();
        return document != null && document.getBoolean("stopped", false);
    }

    @Override
    public String optOutToken(String address, EmailKind kind) {
        return optOuts.findOneAndUpdate(
                        eq("_id", key(address, kind)),
                        Updates.combine(
                                Updates.setOnInsert("token", newToken()),
                                Updates.setOnInsert("address", normal(address)),
                                Updates.setOnInsert("kind", kind.name()),
                                Updates.setOnInsert("stopped", false)),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER))
                .getString("token");
    }

    @Override
    public Optional<OptOut> byToken(String token) {
        return Optional.ofNullable(optOuts.find(eq("token", token)).first()).map(MongoEmailPreferences::optOut);
    }

    @Override
    public Optional<OptOut> optOut(String token) {
        return set(token, true);
    }

    @Override
    public Optional<OptOut> optIn(String token) {
        return set(token, false);
    }

    private Optional<OptOut> set(String token, boolean stopped) {
        Document document = optOuts.findOneAndUpdate(
                and(eq("token", token)),
                Updates.combine(Updates.set("stopped", stopped), Updates.set("at", Date.from(clock.instant()))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(document).map(MongoEmailPreferences::optOut);
    }

    private static OptOut optOut(Document document) {
        return new OptOut(document.getString("address"), EmailKind.valueOf(document.getString("kind")));
    }

    private static String key(String address, EmailKind kind) {
        return normal(address) + "|" + kind.name();
    }

    private static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
