package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import se.samverkansbot.chat.ConversationReferences;
import se.samverkansbot.chat.Platform;

/**
 * Conversation references keyed by platform and conversation id (so saving the latest is one upsert), and
 * personal conversations also under the user, for direct reminders.
 */
public final class MongoConversationReferences implements ConversationReferences {
    private final MongoCollection<Document> references;
    private final Clock clock;

    public MongoConversationReferences(MongoDatabase database, Clock clock) {
        this.references = database.getCollection("conversationReferences");
        this.clock = clock;
    }

    @Override
    public void save(Stored reference) {
        Document document = new Document("platform", reference.platform().name())
                .append("conversationId", reference.conversationId())
                .append("userId", reference.userId())
                .append("personal", reference.personal())
                .append("reference", reference.reference())
                .append("updatedAt", Date.from(clock.instant()));
        String id = key(reference.platform(), reference.conversationId());
        references.replaceOne(eq("_id", id), document.append("_id", id), new ReplaceOptions().upsert(true));
        if (reference.personal() && reference.userId() != null) {
            String personal = "personal:" + key(reference.platform(), reference.userId());
            references.replaceOne(
                    eq("_id", personal),
                    new Document(document).append("_id", personal),
                    new ReplaceOptions().upsert(true));
        }
    }

    @Override
    public Optional<Stored> conversation(Platform platform, String conversationId) {
        return find(key(platform, conversationId));
    }

    @Override
    public Optional<Stored> personal(Platform platform, String userId) {
        return find("personal:" + key(platform, userId));
    }

    private Optional<Stored> find(String id) {
        return Optional.ofNullable(references.find(eq("_id", id)).first())
                .map(d -> new Stored(
                        Platform.valueOf(d.getString("platform")),
                        d.getString("conversationId"),
                        d.getString("userId"),
                        Boolean.TRUE.equals(d.getBoolean("personal")),
                        d.getString("reference")));
    }

    private static String key(Platform platform, String id) {
        return platform + ":" + id;
    }
}
