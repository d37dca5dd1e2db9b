package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import se.samverkansbot.chat.ActionCodec;
import se.samverkansbot.chat.ConversationAddress;
import se.samverkansbot.chat.Form;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Sender;
import se.samverkansbot.chat.UserAction;
import se.samverkansbot.register.Language;

/**
 * The durable inbox, one document per platform request, its {@code _id} the platform's key, so receiving is one
 * insert and a resend finds the first. The message is kept typed: what was said as text, a button as the command
 * the core encoded for it ({@link ActionCodec}), a form as its fields, an opened home as its kind.
 */
public final class MongoInboundRequests implements InboundRequests {
    private static final long LOOKUP_MILLIS = 1_000;

    private final MongoCollection<Document> requests;

    public MongoInboundRequests(MongoDatabase database) {
        this.requests = database.getCollection("inboundRequests");
        // Serves the takeover query on a real MongoDB; the embedded server scans, with the same result.
        requests.createIndex(Indexes.ascending("platform", "status", "leaseUntil"));
    }

    @Override
    public Optional<InboundRequest> receive(
            InboundMessage message, Map<String, String> replyTo, String worker, Instant now, Duration lease) {
        String key = InboundRequest.keyOf(message);
        Document document = new Document("_id", key)
                .append("platform", message.address().platform().name())
                .append("message", encode(message))
                .append("replyTo", new Document(new LinkedHashMap<>(replyTo)))
                .append("status", InboundRequest.Status.CLAIMED.name())
                .append("claimedBy", worker)
                .append("leaseUntil", Date.from(now.plus(lease)))
                .append("attempts", 1)
                .append("receivedAt", Date.from(now))
                .append("version", 1);
        try {
            requests.insertOne(document);
            return Optional.of(decode(document));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        } catch (MongoException e) {
            throw DriverFailures.ofWrite(e); // sent or not: the inbox settles an unknown outcome by the key
        }
        // Received before: take it over only if it was never finished and its worker's lease has passed.
        try {
            return claimIfAbandoned(key, worker, now, lease);
        } catch (MongoException e) {
            throw DriverFailures.ofWrite(e);
        }
    }

    @Override
    public Optional<InboundRequest> claimIfAbandoned(String key, String worker, Instant now, Duration lease) {
        // A plain document with _id at the top, so every server (the embedded one too) finds it by its key.
        return claim(
                new Document("_id", key)
                        .append("status", InboundRequest.Status.CLAIMED.name())
                        .append("leaseUntil", new Document("$lt", Date.from(now))),
                worker,
                now,
                lease);
    }

    @Override
    public List<InboundRequest> unfinished(Platform platform) {
        return requests.find(and(eq("platform", platform.name()), eq("status", InboundRequest.Status.CLAIMED.name())))
                .sort(Sorts.ascending("leaseUntil"))
                .map(MongoInboundRequests::decode)
                .into(new java.util.ArrayList<>());
    }

    @Override
    public Optional<InboundRequest> claimAbandoned(Platform platform, String worker, Instant now, Duration lease) {
        for (int tries = 0; tries < 3; tries++) {
            Document candidate = requests.find(and(eq("platform", platform.name()), abandoned(now)))
                    .sort(Sorts.ascending("leaseUntil"))
                    .first();
            if (candidate == null) {
                return Optional.empty();
            }
            Optional<InboundRequest> claimed = claim(atVersion(candidate), worker, now, lease);
            if (claimed.isPresent()) {
                return claimed;
            }
            // Someone else took it between the query and the claim: look again.
        }
        return Optional.empty();
    }

    @Override
    public boolean markDone(InboundRequest claimed, Instant at) {
        return finish(claimed, InboundRequest.Status.DONE, at, null);
    }

    @Override
    public boolean markFailed(InboundRequest claimed, Instant at, String reason) {
        return finish(claimed, InboundRequest.Status.FAILED, at, reason);
    }

    @Override
    public long forgetFinished(Instant before) {
        return requests.deleteMany(and(
                        Filters.in("status", InboundRequest.Status.DONE.name(), InboundRequest.Status.FAILED.name()),
                        lt("finishedAt", Date.from(before))))
                .getDeletedCount();
    }

    @Override
    public Optional<InboundRequest> byKey(String key) {
        // A second at most, server selection included: it settles an unknown receive while the platform waits.
        return Optional.ofNullable(requests.withTimeout(LOOKUP_MILLIS, TimeUnit.MILLISECONDS)
                        .find(eq("_id", key))
                        .first())
                .map(MongoInboundRequests::decode);
    }

    private static Bson abandoned(Instant now) {
        return and(eq("status", InboundRequest.Status.CLAIMED.name()), lt("leaseUntil", Date.from(now)));
    }

    private Optional<InboundRequest> claim(Bson filter, String worker, Instant now, Duration lease) {
        return Optional.ofNullable(requests.findOneAndUpdate(
                        filter,
                        combine(
                                set("claimedBy", worker),
                                set("leaseUntil", Date.from(now.plus(lease))),
                                inc("attempts", 1),
                                inc("version", 1)),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .map(MongoInboundRequests::decode);
    }

    private boolean finish(InboundRequest claimed, InboundRequest.Status status, Instant at, String reason) {
        Bson update = combine(
                set("status", status.name()), set("finishedAt", Date.from(at)), unset("leaseUntil"), inc("version", 1));
        if (reason != null) {
            update = combine(update, set("note", reason));
        }
        return requests.updateOne(new Document("_id", claimed.key()).append("version", claimed.version()), update)
                        .getModifiedCount()
                == 1;
    }

    private static Bson atVersion(Document document) {
        return new Document("_id", document.getString("_id")).append("version", document.getInteger("version"));
    }

    static Document encode(InboundMessage message) {
        Sender sender = message.sender();
        ConversationAddress address = message.address();
        return new Document(
                        "sender",
                        new Document("platform", sender.platform().name())
                                .append("userId", sender.userId())
                                .append("email", sender.email())
                                .append("displayName", sender.displayName()))
                .append(
                        "address",
                        new Document("platform", address.platform().name())
                                .append("conversationId", address.conversationId())
                                .append("threadId", address.threadId())
                                .append("direct", address.direct()))
                .append("action", encode(message.action()))
                .append("languageHint", message.languageHint())
                .append("requestId", message.requestId());
    }

    private static Document encode(UserAction action) {
        return switch (action) {
            case UserAction.Said said -> new Document("type", "said").append("text", said.text());
            case UserAction.Pressed pressed ->
                new Document("type", "pressed")
                        .append("command", ActionCodec.encode(pressed.command(), Language.SWEDISH));
            case UserAction.Submitted submitted -> encode(submitted.form()).append("type", "submitted");
            case UserAction.OpenedHome home -> new Document("type", "openedHome");
        };
    }

    static InboundRequest decode(Document document) {
        Date lease = document.getDate("leaseUntil");
        Map<String, String> replyTo = new LinkedHashMap<>();
        Document route = document.get("replyTo", Document.class);
        if (route != null) {
            route.forEach((key, value) -> {
                if (value != null) {
                    replyTo.put(key, value.toString());
                }
            });
        }
        return new InboundRequest(
                document.getString("_id"),
                decodeMessage(document.get("message", Document.class)),
                replyTo,
                InboundRequest.Status.valueOf(document.getString("status")),
                document.getString("claimedBy"),
                lease == null ? null : lease.toInstant(),
                document.getInteger("attempts", 0),
                document.getDate("receivedAt").toInstant(),
                document.getInteger("version", 0));
    }

    private static InboundMessage decodeMessage(Document message) {
        Document sender = message.get("sender", Document.class);
        Document address = message.get("address", Document.class);
        return new InboundMessage(
                new Sender(
                        Platform.valueOf(sender.getString("platform")),
                        sender.getString("userId"),
                        sender.getString("email"),
                        sender.getString("displayName")),
                new ConversationAddress(
                        Platform.valueOf(address.getString("platform")),
                        address.getString("conversationId"),
                        address.getString("threadId"),
                        address.getBoolean("direct", false)),
                decodeAction(message.get("action", Document.class)),
                message.getString("languageHint"),
                message.getString("requestId"));
    }

    private static UserAction decodeAction(Document action) {
        return switch (action.getString("type")) {
            case "said" -> new UserAction.Said(action.getString("text"));
            case "pressed" ->
                new UserAction.Pressed(ActionCodec.decode(action.getString("command"))
                        .orElseThrow(() -> new IllegalStateException("A stored button no longer decodes"))
                        .command());
            case "submitted" -> new UserAction.Submitted(decodeForm(action));
            case "openedHome" -> new UserAction.OpenedHome();
            default -> throw new IllegalStateException("Unknown stored action " + action.getString("type"));
        };
    }

    /** Each form with its typed fields, so the work done from the stored request is the work the platform asked. */
    private static Document encode(Form form) {
        return switch (form) {
            case Form.AgendaItemDraft draft ->
                new Document("form", "agendaItem")
                        .append("structureId", draft.structureId())
                        .append("forumId", draft.forumId())
                        .append("meetingDay", day(draft.meetingDay()))
                        .append("title", draft.title())
                        .append("kind", draft.kind())
                        .append("description", draft.description())
                        .append("link", draft.link());
            case Form.MinutesItem item ->
                new Document("form", "minutesItem")
                        .append("meetingId", item.meetingId())
                        .append("itemId", item.itemId())
                        .append("note", item.note())
                        .append("outcome", item.outcome())
                        .append("text", item.text())
                        .append("raisedTo", item.raisedTo());
            case Form.MinutesAttendance attendance ->
                new Document("form", "minutesAttendance")
                        .append("meetingId", attendance.meetingId())
                        .append(
                                "seats",
                                attendance.seats().stream()
                                        .map(seat -> new Document("seat", seat.seat())
                                                .append("attendance", seat.attendance())
                                                .append("deputy", seat.deputy()))
                                        .toList())
                        .append("adjusterId", attendance.adjusterId());
            case Form.FollowUpAnswer answer ->
                new Document("form", "followUpAnswer")
                        .append("followUpId", answer.followUpId())
                        .append("status", answer.status())
                        .append("date", day(answer.date()))
                        .append("body", answer.body())
                        .append("outcome", answer.outcome())
                        .append("link", answer.link())
                        .append("note", answer.note());
        };
    }

    private static Form decodeForm(Document action) {
        String form = action.getString("form");
        return switch (form == null ? "agendaItem" : form) {
            case "agendaItem" ->
                new Form.AgendaItemDraft(
                        action.getString("structureId"),
                        action.getString("forumId"),
                        day(action.getString("meetingDay")),
                        action.getString("title"),
                        action.getString("kind"),
                        action.getString("description"),
                        action.getString("link"));
            case "minutesItem" ->
                new Form.MinutesItem(
                        action.getString("meetingId"),
                        action.getString("itemId"),
                        action.getString("note"),
                        action.getString("outcome"),
                        action.getString("text"),
                        action.getString("raisedTo"));
            case "minutesAttendance" ->
                new Form.MinutesAttendance(
                        action.getString("meetingId"),
                        action.getList("seats", Document.class, java.util.List.of()).stream()
                                .map(seat -> new Form.SeatAttendance(
                                        seat.getString("seat"), seat.getString("attendance"), seat.getString("deputy")))
                                .toList(),
                        action.getString("adjusterId"));
            case "followUpAnswer" ->
                new Form.FollowUpAnswer(
                        action.getString("followUpId"),
                        action.getString("status"),
                        day(action.getString("date")),
                        action.getString("body"),
                        action.getString("outcome"),
                        action.getString("link"),
                        action.getString("note"));
            default -> throw new IllegalStateException("Unknown stored form " + form);
        };
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static LocalDate day(String day) {
        return day == null ? null : LocalDate.parse(day);
    }
}
