package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.AgendaItems;

/**
 * Agenda items, one document each. Unique indexes on the id and on the request id make a retried request
 * find the first item; replacing is conditional on the version, so two reviewers cannot overwrite each other.
 */
public final class MongoAgendaItems implements AgendaItems {
    private static final long LOOKUP_MILLIS = 1_000;

    private final MongoCollection<AgendaItem> items;

    public MongoAgendaItems(MongoDatabase database) {
        this.items = database.getCollection("agendaItems", AgendaItem.class);
        items.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
        items.createIndex(
                Indexes.ascending("requestId"), new IndexOptions().unique(true).sparse(true));
        items.createIndex(Indexes.ascending("meetingId"));
        items.createIndex(Indexes.ascending("submitterId"));
        items.createIndex(Indexes.ascending("structureId", "forumId", "submittedAt"));
    }

    @Override
    public AgendaItem add(AgendaItem item) {
        try {
            items.insertOne(item);
            return item;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY || item.requestId() == null) {
                throw e;
            }
            AgendaItem first = items.find(eq("requestId", item.requestId())).first();
            if (first == null) {
                throw new IdTaken(item.id(), e); // the id collided, not the request: the caller tries a new id
            }
            return first;
        } catch (MongoException e) {
            throw DriverFailures.ofWrite(e); // sent or not: the caller settles an unknown outcome by the request id
        }
    }

    @Override
    public Optional<AgendaItem> byRequestId(String requestId) {
        // A second at most, server selection included: someone waits while an unknown write is looked up.
        return Optional.ofNullable(items.withTimeout(LOOKUP_MILLIS, TimeUnit.MILLISECONDS)
                .find(eq("requestId", requestId))
                .first());
    }

    @Override
    public Optional<AgendaItem> byId(String id) {
        return Optional.ofNullable(items.find(eq("id", id)).first());
    }

    @Override
    public boolean replace(AgendaItem item, int expectedVersion) {
        return items.replaceOne(and(eq("id", item.id()), eq("version", expectedVersion)), item)
                        .getModifiedCount()
                == 1;
    }

    @Override
    public List<AgendaItem> ofSubmitter(String submitterId) {
        return items.find(eq("submitterId", submitterId))
                .sort(Sorts.descending("submittedAt"))
                .into(new ArrayList<>());
    }

    @Override
    public List<AgendaItem> ofMeeting(String meetingId) {
        return items.find(eq("meetingId", meetingId))
                .sort(Sorts.ascending("submittedAt"))
                .into(new ArrayList<>());
    }

    @Override
    public List<AgendaItem> ofForum(String structureId, String forumId, Instant from, Instant to) {
        return items.find(and(
                        eq("structureId", structureId),
                        eq("forumId", forumId),
                        gte("submittedAt", from),
                        lt("submittedAt", to)))
                .sort(Sorts.ascending("submittedAt"))
                .into(new ArrayList<>());
    }
}
