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

import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.minutes.MinutesRecords;
import se.samverkansbot.minutes.MinutesStatus;

/**
 * Minutes, one document per edition. The unique id ({@code meeting#edition}) makes a second draft or correction of
 * the same edition impossible; replacing is conditional on the version and on the edition still being a draft, so a
 * published edition is never overwritten, by this code or a race.
 */
public final class MongoMinutesRecords implements MinutesRecords {
    private final MongoCollection<Minutes> minutes;

    public MongoMinutesRecords(MongoDatabase database) {
        this.minutes = database.getCollection("minutes", Minutes.class);
        minutes.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
        minutes.createIndex(Indexes.ascending("meetingId"));
        minutes.createIndex(Indexes.ascending("structureId", "forumId", "status"));
    }

    @Override
    public boolean add(Minutes edition) {
        try {
            minutes.insertOne(edition);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    @Override
    public Optional<Minutes> byId(String id) {
        return Optional.ofNullable(minutes.find(eq("id", id)).first());
    }

    @Override
    public boolean replace(Minutes edition, int expectedVersion) {
        return minutes.replaceOne(
                                and(
                                        eq("id", edition.id()),
                                        eq("version", expectedVersion),
                                        eq("status", MinutesStatus.DRAFT.name())),
                                edition)
                        .getModifiedCount()
                == 1;
    }

    @Override
    public List<Minutes> ofMeeting(String meetingId) {
        return minutes.find(eq("meetingId", meetingId))
                .sort(Sorts.ascending("edition"))
                .into(new ArrayList<>());
    }

    @Override
    public List<Minutes> publishedOf(String structureId, String forumId) {
        return minutes.find(and(
                        eq("structureId", structureId),
                        eq("forumId", forumId),
                        eq("status", MinutesStatus.PUBLISHED.name())))
                .sort(Sorts.orderBy(Sorts.descending("meetingStart"), Sorts.descending("edition")))
                .into(new ArrayList<>());
    }
}
