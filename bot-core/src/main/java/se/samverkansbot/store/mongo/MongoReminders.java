package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.conversions.Bson;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;

import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.ReminderStatus;
import se.samverkansbot.reminder.Reminders;

/**
 * Reminders in MongoDB. The delivery key is unique, so planning twice stores nothing twice; a claim is one
 * findOneAndUpdate, so two senders never hold the same reminder; every later change is conditional on
 * the claim still being this sender's.
 */
public final class MongoReminders implements Reminders {
    private static final int CLAIM_BATCH = 256;

    private final MongoCollection<Reminder> reminders;
    private final java.util.concurrent.ConcurrentLinkedQueue<String> candidates = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public MongoReminders(MongoDatabase database) {
        this.reminders = database.getCollection("reminders", Reminder.class);
        reminders.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
        reminders.createIndex(Indexes.ascending("status", "notBefore"));
        reminders.createIndex(Indexes.ascending("meetingId"));
    }

    @Override
    public int plan(Collection<Reminder> planned) {
        if (planned.isEmpty()) {
            return 0;
        }
        try {
            reminders.insertMany(new ArrayList<>(planned), new InsertManyOptions().ordered(false));
            return planned.size();
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
            return planned.size() - e.getWriteErrors().size();
        }
    }

    /**
     * Claims the earliest due reminder. Due ids are fetched a batch at a time (one sorted query), then each is
     * claimed with its own conditional update by unique id, so a claim is still one atomic operation and two
     * senders never hold the same reminder; a candidate someone else took meanwhile is simply skipped.
     */
    @Override
    public Optional<Reminder> claimDue(Instant now, String worker, Duration lease) {
        Bson claim = combine(set("status", ReminderStatus.CLAIMED.name()), set("claimedBy", worker), set("leaseUntil", now.plus(lease)),
                inc("attempts", 1));
        for (int round = 0; round < 2; round++) {
            for (String id = candidates.poll(); id != null; id = candidates.poll()) {
                Reminder claimed = reminders.findOneAndUpdate(and(eq("id", id), due(now)), claim,
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
                if (claimed != null) {
                    return Optional.of(claimed);
                }
            }
            if (!refill(now)) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Bson due(Instant now) {
        return or(
                and(eq("status", ReminderStatus.PENDING.name()), lte("notBefore", now)),
                and(eq("status", ReminderStatus.CLAIMED.name()), lt("leaseUntil", now)));
    }

    /** Fetches the next batch of due ids, earliest first; false when none is due. */
    private boolean refill(Instant now) {
        synchronized (candidates) {
            if (!candidates.isEmpty()) {
                return true;
            }
            reminders.withDocumentClass(org.bson.Document.class).find(due(now)).projection(new org.bson.Document("id", 1))
                    .sort(Sorts.ascending("notBefore")).limit(CLAIM_BATCH).forEach(d -> candidates.add(d.getString("id")));
            return !candidates.isEmpty();
        }
    }

    @Override
    public boolean markSent(String id, String worker, Instant at, String platformMessageId) {
        return finish(id, worker, combine(set("status", ReminderStatus.SENT.name()), set("sentAt", at),
                set("platformMessageId", platformMessageId), unset("leaseUntil")));
    }

    @Override
    public boolean markSkipped(String id, String worker, String reason) {
        return finish(id, worker, combine(set("status", ReminderStatus.SKIPPED.name()), set("note", reason), unset("leaseUntil")));
    }

    @Override
    public boolean release(String id, String worker, Instant retryAt, String reason) {
        return finish(id, worker, combine(set("status", ReminderStatus.PENDING.name()), set("notBefore", retryAt), set("note", reason),
                unset("leaseUntil"), unset("claimedBy")));
    }

    @Override
    public boolean markFailed(String id, String worker, String reason) {
        return finish(id, worker, combine(set("status", ReminderStatus.FAILED.name()), set("note", reason), unset("leaseUntil")));
    }

    @Override
    public int skipPending(String meetingId, Set<String> keep, String reason) {
        return (int) reminders.updateMany(and(eq("meetingId", meetingId), eq("status", ReminderStatus.PENDING.name()), nin("id", keep)),
                combine(set("status", ReminderStatus.SKIPPED.name()), set("note", reason))).getModifiedCount();
    }

    @Override
    public Optional<Reminder> byId(String id) {
        return Optional.ofNullable(reminders.find(eq("id", id)).first());
    }

    @Override
    public List<Reminder> ofMeeting(String meetingId) {
        return reminders.find(eq("meetingId", meetingId)).sort(Sorts.ascending("sendAt")).into(new ArrayList<>());
    }

    /** A change to a claimed reminder, made only while this worker still holds the claim. */
    private boolean finish(String id, String worker, Bson update) {
        return reminders.updateOne(and(eq("id", id), eq("status", ReminderStatus.CLAIMED.name()), eq("claimedBy", worker)), update)
                .getModifiedCount() == 1;
    }

    /** For tests and figures: how many reminders are in each status. */
    public long count(ReminderStatus... statuses) {
        return reminders.countDocuments(in("status", java.util.Arrays.stream(statuses).map(Enum::name).toList()));
    }
}
