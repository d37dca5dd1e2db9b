package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import se.samverkansbot.email.SentEmails;

/** The SMTP journal: one document per delivery key, each change one atomic update. */
public final class MongoSentEmails implements SentEmails {
    private final MongoCollection<Document> sent;

    public MongoSentEmails(MongoDatabase database) {
        this.sent = database.getCollection("sentEmails");
    }

    @Override
    public void sending(String deliveryKey, String messageId, Instant at) {
        sent.updateOne(
                eq("_id", deliveryKey),
                Updates.combine(
                        Updates.set("messageId", messageId),
                        Updates.set("state", State.SENDING.name()),
                        Updates.set("at", Date.from(at)),
                        Updates.inc("attempts", 1)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public void sent(String deliveryKey, Instant at) {
        sent.updateOne(
                eq("_id", deliveryKey),
                Updates.combine(Updates.set("state", State.SENT.name()), Updates.set("at", Date.from(at))));
    }

    @Override
    public Optional<Entry> byKey(String deliveryKey) {
        return Optional.ofNullable(sent.find(eq("_id", deliveryKey)).first())
                .map(d -> new Entry(
                        d.getString("_id"),
                        d.getString("messageId"),
                        State.valueOf(d.getString("state")),
                        d.getDate("at").toInstant()));
    }
}
