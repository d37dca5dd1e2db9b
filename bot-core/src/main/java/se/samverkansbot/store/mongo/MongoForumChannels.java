package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.reminder.ForumChannels;
import se.samverkansbot.reminder.Recipient;

/** Channel links, one document per forum and channel, so linking twice is one link. */
public final class MongoForumChannels implements ForumChannels {
    private final MongoCollection<Document> links;

    public MongoForumChannels(MongoDatabase database) {
        this.links = database.getCollection("forumChannels");
        links.createIndex(Indexes.ascending("structureId", "forumId"));
    }

    @Override
    public List<Recipient> linkedTo(String structureId, String forumId) {
        return links.find(and(eq("structureId", structureId), eq("forumId", forumId)))
                .map(d -> new Recipient(Platform.valueOf(d.getString("platform")), d.getString("address"), null))
                .into(new ArrayList<>());
    }

    @Override
    public void link(String structureId, String forumId, Recipient channel) {
        String id = key(structureId, forumId, channel);
        links.replaceOne(
                eq("_id", id),
                new Document("_id", id)
                        .append("structureId", structureId)
                        .append("forumId", forumId)
                        .append("platform", channel.platform().name())
                        .append("address", channel.address()),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void unlink(String structureId, String forumId, Recipient channel) {
        links.deleteOne(eq("_id", key(structureId, forumId, channel)));
    }

    private static String key(String structureId, String forumId, Recipient channel) {
        return structureId + "/" + forumId + "|" + channel.platform() + ":" + channel.address();
    }
}
