package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Filters.nor;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
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

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.codecs.Codec;
import org.bson.conversions.Bson;

import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.ReminderStatus;
import se.samverkansbot.reminder.Reminders;
import se.samverkansbot.reminder.Reminders.Busy;

/**
 * Reminders in MongoDB. The delivery key is the document's _id, so planning twice stores nothing twice. Every
 * change is one update conditional on {_id, version} and raises the version: a claim can be taken once, and a
 * sender whose lease ran out (someone else claimed since) can no longer change the reminder.
 */
public final class MongoReminders implements Reminders {
    private static final int CLAIM_BATCH = 256;

    private final MongoCollection<Reminder> reminders;
    private final MongoCollection<BsonDocument> stored;
    private final Codec<Reminder> codec;
    /** Fetched due reminders, earliest first; guarded by itself. */
    private final List<Reminder> candidates = new java.util.LinkedList<>();

    public MongoReminders(MongoDatabase database) {
        this.reminders = database.getCollection("reminders", Reminder.class);
        this.stored = database.getCollection("reminders", BsonDocument.class);
        this.codec = database.getCodecRegistry().get(Reminder.class);
        reminders.createIndex(
                Indexes.ascending("_id", "version"), new com.mongodb.client.model.IndexOptions().unique(true));
        reminders.createIndex(Indexes.ascending("status", "notBefore"));
        reminders.createIndex(Indexes.ascending("meetingId"));
    }

    /** The stored form: the record's fields, with the delivery key as _id (always indexed, on every server). */
    private BsonDocument document(Reminder reminder) {
        BsonDocument document = new BsonDocument("_id", new BsonString(reminder.id()));
        document.putAll(new org.bson.RawBsonDocument(reminder, codec));
        return document;
    }

    @Override
    public int plan(Collection<Reminder> planned) {
        if (planned.isEmpty()) {
            return 0;
        }
        try {
            stored.insertMany(planned.stream().map(this::document).toList(), new InsertManyOptions().ordered(false));
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
     * Claims the earliest due reminder outside the busy platforms and lanes. Due reminders are fetched a batch at
     * a time (one sorted query, leaving out what is busy); each is then claimed by one update conditional on the
     * version it was fetched at, so a claim is one atomic operation, two senders never hold the same reminder, and
     * one changed meanwhile is simply skipped. Fetched reminders of a lane that is busy stay for a later claim.
     */
    @Override
    public Optional<Reminder> claimDue(Instant now, String worker, Duration lease, Busy busy) {
        for (int round = 0; round < 2; round++) {
            for (Reminder candidate = nextCandidate(now, busy);
                    candidate != null;
                    candidate = nextCandidate(now, busy)) {
                Reminder claimed = reminders.findOneAndUpdate(
                        atVersion(candidate),
                        combine(
                                set("status", ReminderStatus.CLAIMED.name()),
                                set("claimedBy", worker),
                                set("leaseUntil", now.plus(lease)),
                                inc("attempts", 1),
                                inc("version", 1)),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
                if (claimed != null) {
                    return Optional.of(claimed);
                }
            }
            if (!refill(now, busy)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Takes the earliest fetched candidate that is still due and not busy; drops those no longer due. */
    private Reminder nextCandidate(Instant now, Busy busy) {
        synchronized (candidates) {
            for (var it = candidates.iterator(); it.hasNext(); ) {
                Reminder candidate = it.next();
                if (!isDue(candidate, now)) {
                    it.remove();
                } else if (!busy.excludes(candidate.recipient())) {
                    it.remove();
                    return candidate;
                }
            }
            return null;
        }
    }

    private static boolean isDue(Reminder reminder, Instant now) {
        return reminder.status() == ReminderStatus.PENDING
                        && !reminder.notBefore().isAfter(now)
                || reminder.status() == ReminderStatus.CLAIMED
                        && reminder.leaseUntil() != null
                        && reminder.leaseUntil().isBefore(now);
    }

    private static Bson due(Instant now) {
        return or(
                and(eq("status", ReminderStatus.PENDING.name()), lte("notBefore", now)),
                and(eq("status", ReminderStatus.CLAIMED.name()), lt("leaseUntil", now)));
    }

    /**
     * Exactly {_id, version} as a plain document: the shape the unique index serves on every server (the driver
     * renders and(...) as $and, which the embedded server cannot match to an index).
     */
    private static Bson atVersion(Reminder reminder) {
        return new BsonDocument("_id", new BsonString(reminder.id()))
                .append("version", new org.bson.BsonInt32(reminder.version()));
    }

    /**
     * Fetches the earliest due reminders outside what is busy; false when none is due. They join the fetched ones
     * of busy lanes (a newer version replaces an older), so a lane that frees up finds its next reminder here.
     */
    private boolean refill(Instant now, Busy busy) {
        synchronized (candidates) {
            java.util.Map<String, Reminder> merged = new java.util.LinkedHashMap<>();
            candidates.forEach(candidate -> merged.put(candidate.id(), candidate));
            List<Reminder> fetched = new ArrayList<>();
            reminders
                    .find(dueOutside(now, busy))
                    .sort(Sorts.ascending("notBefore"))
                    .limit(CLAIM_BATCH)
                    .forEach(fetched::add);
            fetched.forEach(reminder -> merged.put(reminder.id(), reminder));
            candidates.clear();
            merged.values().stream()
                    .sorted(java.util.Comparator.comparing(Reminder::notBefore))
                    .limit(4L * CLAIM_BATCH)
                    .forEach(candidates::add);
            return !fetched.isEmpty();
        }
    }

    private static Bson dueOutside(Instant now, Busy busy) {
        List<Bson> conditions = new ArrayList<>(List.of(due(now)));
        if (!busy.platforms().isEmpty()) {
            conditions.add(nin(
                    "recipient.platform",
                    busy.platforms().stream().map(Enum::name).toList()));
        }
        if (!busy.lanes().isEmpty()) {
            conditions.add(nor(busy.lanes().stream()
                    .map(lane -> and(
                            eq("recipient.platform", lane.platform().name()), eq("recipient.address", lane.address())))
                    .toList()));
        }
        return conditions.size() == 1 ? conditions.get(0) : and(conditions);
    }

    @Override
    public boolean markSent(Reminder claimed, Instant at, String platformMessageId) {
        return finish(
                claimed,
                combine(
                        set("status", ReminderStatus.SENT.name()),
                        set("sentAt", at),
                        set("platformMessageId", platformMessageId),
                        unset("leaseUntil")));
    }

    @Override
    public boolean markSkipped(Reminder claimed, String reason) {
        return finish(
                claimed,
                combine(set("status", ReminderStatus.SKIPPED.name()), set("note", reason), unset("leaseUntil")));
    }

    @Override
    public boolean release(Reminder claimed, Instant retryAt, String reason) {
        return finish(
                claimed,
                combine(
                        set("status", ReminderStatus.PENDING.name()),
                        set("notBefore", retryAt),
                        set("note", reason),
                        unset("leaseUntil"),
                        unset("claimedBy")));
    }

    @Override
    public boolean markFailed(Reminder claimed, String reason) {
        return finish(
                claimed,
                combine(set("status", ReminderStatus.FAILED.name()), set("note", reason), unset("leaseUntil")));
    }

    @Override
    public int skipPending(String meetingId, Set<String> keep, String reason) {
        return (int) reminders
                .updateMany(
                        and(eq("meetingId", meetingId), eq("status", ReminderStatus.PENDING.name()), nin("_id", keep)),
                        combine(set("status", ReminderStatus.SKIPPED.name()), set("note", reason), inc("version", 1)))
                .getModifiedCount();
    }

    @Override
    public int skip(Set<String> ids, String reason) {
        if (ids.isEmpty()) {
            return 0;
        }
        return (int) reminders
                .updateMany(
                        and(in("_id", ids), eq("status", ReminderStatus.PENDING.name())),
                        combine(set("status", ReminderStatus.SKIPPED.name()), set("note", reason), inc("version", 1)))
                .getModifiedCount();
    }

    @Override
    public int skipPendingMessages(String keyPrefix, String reason) {
        return (int) reminders
                .updateMany(
                        and(
                                regex("_id", "^" + literal("MESSAGE|" + keyPrefix)),
                                eq("status", ReminderStatus.PENDING.name())),
                        combine(set("status", ReminderStatus.SKIPPED.name()), set("note", reason), inc("version", 1)))
                .getModifiedCount();
    }

    /** A regular expression matching {@code text} literally, in Java's and in MongoDB's (PCRE) syntax alike. */
    private static String literal(String text) {
        return text.replaceAll("([^A-Za-z0-9])", "\\\\$1");
    }

    @Override
    public Optional<Reminder> byId(String id) {
        return Optional.ofNullable(reminders.find(eq("_id", id)).first());
    }

    @Override
    public List<Reminder> ofMeeting(String meetingId) {
        return reminders
                .find(eq("meetingId", meetingId))
                .sort(Sorts.ascending("sendAt"))
                .into(new ArrayList<>());
    }

    @Override
    public List<Reminder> failedOf(String structureId, String forumId, int limit) {
        return reminders
                .find(and(
                        eq("structureId", structureId),
                        eq("forumId", forumId),
                        eq("status", ReminderStatus.FAILED.name())))
                .sort(Sorts.descending("sendAt"))
                .limit(limit)
                .into(new ArrayList<>());
    }

    /** A change to a claimed reminder, made only while the claim still holds (nobody changed it since). */
    private boolean finish(Reminder claimed, Bson update) {
        return reminders
                        .updateOne(atVersion(claimed), combine(update, inc("version", 1)))
                        .getModifiedCount()
                == 1;
    }

    /** For tests and figures: how many reminders are in each status. */
    public long count(ReminderStatus... statuses) {
        return reminders.countDocuments(
                in("status", java.util.Arrays.stream(statuses).map(Enum::name).toList()));
    }
}
