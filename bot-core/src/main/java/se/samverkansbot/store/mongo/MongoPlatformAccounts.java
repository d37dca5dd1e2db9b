package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.PlatformAccounts;

/** One document per platform and email (lower case, since mail systems ignore case); the latest account wins. */
public final class MongoPlatformAccounts implements PlatformAccounts {
    private final MongoCollection<Document> accounts;
    private final Clock clock;

    public MongoPlatformAccounts(MongoDatabase database, Clock clock) {
        this.accounts = database.getCollection("platformAccounts");
        this.clock = clock;
    }

    @Override
    public void learn(Platform platform, String email, String userId) {
        if (blank(email) || blank(userId)) {
            return;
        }
        String id = key(platform, email);
        accounts.replaceOne(
                eq("_id", id),
                new Document("_id", id)
                        .append("platform", platform.name())
                        .append("userId", userId)
                        .append("updatedAt", Date.from(clock.instant())),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<String> userWithEmail(Platform platform, String email) {
        if (blank(email)) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                        accounts.find(eq("_id", key(platform, email))).first())
                .map(d -> d.getString("userId"));
    }

    private static String key(Platform platform, String email) {
        return platform + ":" + email.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
