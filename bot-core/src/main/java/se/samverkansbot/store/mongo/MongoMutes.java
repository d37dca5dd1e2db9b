package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.Arrays;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;

import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.reminder.Mutes;

/**
 * Personal mutes: one document per person and forum for a mute of everything (as stored before kinds existed, with
 * no {@code kind}), and one per person, forum and kind for a mute of one kind; keyed so muting twice is one mute.
 */
public final class MongoMutes implements Mutes {
    private final MongoCollection<Document> mutes;

    public MongoMutes(MongoDatabase database) {
        this.mutes = database.getCollection("mutes");
    }

    @Override
    public boolean isMuted(String personId, String structureId, String forumId) {
        return mutes.find(eq("_id", key(personId, structureId, forumId))).first() != null;
    }

    @Override
    public boolean isMuted(String personId, String structureId, String forumId, DeadlineKind kind) {
        String forum = key(personId, structureId, forumId);
        return mutes.find(in("_id", forum, key(forum, kind))).first() != null;
    }

    @Override
    public void mute(String personId, String structureId, String forumId) {
        store(key(personId, structureId, forumId), personId, structureId, forumId, null);
    }

    @Override
    public void mute(String personId, String structureId, String forumId, DeadlineKind kind) {
        store(key(key(personId, structureId, forumId), kind), personId, structureId, forumId, kind);
    }

    @Override
    public void unmute(String personId, String structureId, String forumId) {
        mutes.deleteMany(ofForum(personId, structureId, forumId));
    }

    @Override
    public void unmute(String personId, String structureId, String forumId, DeadlineKind kind) {
        String forum = key(personId, structureId, forumId);
        if (mutes.deleteOne(eq("_id", forum)).getDeletedCount() > 0) {
            // The forum was muted as a whole: what stays muted is every other kind.
            Arrays.stream(DeadlineKind.values())
                    .filter(other -> other != kind)
                    .forEach(other -> mute(personId, structureId, forumId, other));
        }
        mutes.deleteOne(eq("_id", key(forum, kind)));
    }

    private void store(String id, String personId, String structureId, String forumId, DeadlineKind kind) {
        Document mute = new Document("_id", id)
                .append("personId", personId)
                .append("structureId", structureId)
                .append("forumId", forumId);
        if (kind != null) {
            mute.append("kind", kind.name());
        }
        mutes.replaceOne(eq("_id", id), mute, new ReplaceOptions().upsert(true));
    }

    private static Bson ofForum(String personId, String structureId, String forumId) {
        return and(eq("personId", personId), eq("structureId", structureId), eq("forumId", forumId));
    }

    private static String key(String personId, String structureId, String forumId) {
        return personId + "|" + structureId + "/" + forumId;
    }

    private static String key(String forumKey, DeadlineKind kind) {
        return forumKey + "|" + kind.name();
    }
}
