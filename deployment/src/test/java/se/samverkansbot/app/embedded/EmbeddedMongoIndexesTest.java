package se.samverkansbot.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class EmbeddedMongoIndexesTest {
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @TempDir
    Path dataDir;

    @BeforeEach
    void listen() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(log);
    }

    @Test
    void says_once_that_it_skips_non_unique_indexes_also_after_a_restart_and_keeps_the_unique_ones() {
        boolean saidEarlier = UniqueIndexesOnlyH2Database.toldAlready(); // by another test in this JVM
        for (int start = 0; start < 2; start++) {
            try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
                    MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> items = client.getDatabase("app").getCollection("items");
                items.createIndex(Indexes.ascending("meetingId"));
                items.createIndex(Indexes.ascending("structureId", "forumId", "submittedAt"));
                client.getDatabase("app").getCollection("inbox").createIndex(Indexes.ascending("personId", "at"));
                items.createIndex(Indexes.ascending("requestId"), new IndexOptions().unique(true));
                String request = "r" + start;
                items.insertOne(new Document("requestId", request).append("meetingId", "m1"));

                assertThatThrownBy(() -> items.insertOne(new Document("requestId", request)))
                        .isInstanceOf(MongoWriteException.class);
                assertThat(items.find(new Document("meetingId", "m1")).into(new java.util.ArrayList<>()))
                        .hasSize(start + 1);
            }
        }

        List<String> aboutIndexes = log.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.INFO))
                .map(ILoggingEvent::getFormattedMessage)
                .filter(message -> message.contains("index"))
                .toList();
        assertThat(aboutIndexes).hasSize(saidEarlier ? 0 : 1); // once, not per index nor per start
        assertThat(UniqueIndexesOnlyH2Database.toldAlready()).isTrue();
        aboutIndexes.forEach(line -> assertThat(line).contains("builds only the unique indexes"));
        assertThat(log.list)
                .noneMatch(event -> event.getLevel() == Level.WARN
                        && event.getFormattedMessage().contains("index"));
    }
}
