package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import se.samverkansbot.reminder.Inbox;

/** The in-app inbox: one document per message, keyed by delivery key. */
public final class MongoInbox implements Inbox {
    private final MongoCollection<Document> messages;

    public MongoInbox(MongoDatabase database) {
        this.messages = database.getCollection("inbox");
        messages.createIndex(Indexes.ascending("personId", "at"));
    }

    @Override
    public String deliver(Message message) {
        try {
            messages.insertOne(new Document("_id", message.deliveryKey())
                    .append("personId", message.personId())
                    .append("text", message.text())
                    .append("at", java.util.Date.from(message.at())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return message.deliveryKey();
    }

    @Override
    public Optional<Message> byKey(String deliveryKey) {
        return Optional.ofNullable(messages.find(eq("_id", deliveryKey)).first())
                .map(MongoInbox::message);
    }

    @Override
    public List<Message> latest(String personId, int limit) {
        return messages.find(eq("personId", personId))
                .sort(Sorts.descending("at"))
                .limit(limit)
                .map(MongoInbox::message)
                .into(new ArrayList<>());
    }

    private static Message message(Document document) {
        return new Message(
                document.getString("_id"),
                document.getString("personId"),
                document.getString("text"),
                document.getDate("at").toInstant());
    }
}
