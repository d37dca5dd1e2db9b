package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import se.samverkansbot.followup.FollowUp;
import se.samverkansbot.followup.FollowUps;

/**
 * Follow-ups, one document each, with every answer in its history. The unique id (meeting, item, principal) makes
 * one follow-up per recommendation and principal however often publishing is retried.
 */
public final class MongoFollowUps implements FollowUps {
    private final MongoCollection<FollowUp> followUps;

    public MongoFollowUps(MongoDatabase database) {
        this.followUps = database.getCollection("followUps", FollowUp.class);
        followUps.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
        followUps.createIndex(Indexes.ascending("meetingId"));
        followUps.createIndex(Indexes.ascending("structureId", "meetingStart"));
    }

    @Override
    public boolean add(FollowUp followUp) {
        try {
            followUps.insertOne(followUp);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    @Override
    public Optional<FollowUp> byId(String id) {
        return Optional.ofNullable(followUps.find(eq("id", id)).first());
    }

    @Override
    public boolean replace(FollowUp followUp, int expectedVersion) {
        return followUps
                        .replaceOne(and(eq("id", followUp.id()), eq("version", expectedVersion)), followUp)
                        .getModifiedCount()
                == 1;
    }

    @Override
    public List<FollowUp> ofMeeting(String meetingId) {
        return followUps
                .find(eq("meetingId", meetingId))
                .sort(Sorts.ascending("id"))
                .into(new ArrayList<>());
    }

    @Override
    public List<FollowUp> ofStructure(String structureId) {
        return followUps
                .find(eq("structureId", structureId))
                .sort(Sorts.ascending("meetingStart", "id"))
                .into(new ArrayList<>());
    }
}
