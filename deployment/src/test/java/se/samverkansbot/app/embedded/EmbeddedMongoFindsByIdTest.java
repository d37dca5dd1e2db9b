package se.samverkansbot.app.embedded;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query naming an _id and more (the inbox's conditional updates and claims) is found through the _id and then
 * held to the rest of the query, before and after a restart on the same file.
 */
class EmbeddedMongoFindsByIdTest {
    @TempDir
    Path dataDir;

    @Test
    void a_conditional_update_by_id_changes_the_document_only_when_the_rest_of_the_query_holds() {
        for (int start = 0; start < 2; start++) {
            try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
                    MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> requests = client.getDatabase("app").getCollection("requests");
                if (start == 0) {
                    for (int i = 0; i < 20; i++) {
                        requests.insertOne(new Document("_id", "r" + i)
                                .append("status", "CLAIMED")
                                .append("version", 1)
                                .append("leaseUntil", i));
                    }
                }
                int version = start + 1;

                assertThat(requests.updateOne(and(eq("_id", "r7"), eq("version", version + 1)), inc("version", 1))
                                .getModifiedCount())
                        .as("another version: no change")
                        .isZero();
                assertThat(requests.updateOne(and(eq("_id", "r7"), eq("version", version)), inc("version", 1))
                                .getModifiedCount())
                        .isEqualTo(1);
                assertThat(requests.find(eq("_id", "r7")).first().getInteger("version"))
                        .isEqualTo(version + 1);
                assertThat(requests.find(eq("_id", "r8")).first().getInteger("version"))
                        .as("its neighbour is untouched")
                        .isEqualTo(1);

                assertThat(requests.findOneAndUpdate(
                                and(eq("_id", "r3"), eq("status", "CLAIMED"), lt("leaseUntil", 2)), set("note", "x")))
                        .as("lease not passed: not claimed")
                        .isNull();
                assertThat(requests.find(and(eq("_id", "missing"), eq("status", "CLAIMED")))
                                .first())
                        .isNull();
                assertThat(requests.find(and(in("_id", "r1", "r2", "r9"), lt("leaseUntil", 5)))
                                .map(document -> document.getString("_id"))
                                .into(new ArrayList<>()))
                        .containsExactlyInAnyOrder("r1", "r2");
            }
        }
    }
}
