package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import se.samverkansbot.reminder.Mutes;

/** Personal mutes, one document per person and forum, keyed so muting twice is one mute. */
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
    public void mute(String personId, String structureId, String forumId) {
        mutes.replaceOne(
                eq("_id", key(personId, structureId, forumId)),
                new Document("_id", key(personId, structureId, forumId))
                        .append("personId", personId)
                        .append("structureId", structureId)
                        .append("forumId", forumId),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void unmute(String personId, String structureId, String forumId) {
        mutes.deleteOne(eq("_id", key(personId, structureId, forumId)));
    }

    private static String key(String personId, String structureId, String forumId) {
        return personId + "|" + structureId + "/" + forumId;
    }
}
