package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import se.samverkansbot.register.RegisterChange;
import se.samverkansbot.register.RegisterChanges;

/** The register's change history in {@code registerChanges}: inserted, never replaced or deleted. */
public final class MongoRegisterChanges implements RegisterChanges {
    static final String COLLECTION = "registerChanges";

    private final MongoCollection<RegisterChange> changes;

    public MongoRegisterChanges(MongoDatabase database) {
        this.changes = database.getCollection(COLLECTION, RegisterChange.class);
        changes.createIndex(Indexes.ascending("structureId", "forumId", "at"));
    }

    @Override
    public void record(RegisterChange change) {
        changes.insertOne(change);
    }

    @Override
    public List<RegisterChange> ofForum(String structureId, String forumId, int limit) {
        return changes.find(and(eq("structureId", structureId), or(eq("forumId", forumId), eq("forumId", null))))
                .sort(Sorts.orderBy(Sorts.descending("at"), Sorts.descending("revision")))
                .limit(limit)
                .into(new ArrayList<>());
    }
}
