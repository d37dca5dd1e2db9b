package se.samverkansbot.app.config;

import com.mongodb.ConnectionString;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkansbot.app.demo.DemoStructure;
import se.samverkansbot.app.embedded.EmbeddedMongo;

/**
 * The MongoDB the bot uses: the one {@code MONGODB_URI} names, or else the embedded server in the data
 * directory. Either way the code talks to it through the same driver.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {
    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedMongo embeddedMongo(SamverkanProperties properties) {
        if (!properties.embedded()) {
            return null;
        }
        return EmbeddedMongo.start(properties.dataDir());
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(SamverkanProperties properties, ObjectProvider<EmbeddedMongo> embedded) {
        if (properties.embedded()) {
            return MongoClients.create(MongoSettings.forEmbedded(
                    embedded.getObject().connectionString(), MongoSettings.Timeouts.of(properties.mongodb())));
        }
        DemoStructure.refuseOnRealDatabase(properties); // before anything could be written there
        ConnectionString uri = new ConnectionString(properties.mongodbUri());
        MongoClient client = MongoClients.create(
                MongoSettings.forServer(properties.mongodbUri(), MongoSettings.Timeouts.of(properties.mongodb())));
        describe(client, uri);
        return client;
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, SamverkanProperties properties) {
        String named = properties.embedded() ? null : new ConnectionString(properties.mongodbUri()).getDatabase();
        return client.getDatabase(named != null ? named : properties.database());
    }

    /** One line on what the bot is connected to; a standalone server is fine to try, not to run on. */
    private static void describe(MongoClient client, ConnectionString uri) {
        Document hello;
        try {
            hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
        } catch (MongoCommandException older) {
            // A server before 4.4.2, or a wire-compatible one (the embedded server run on its own), knows only this.
            hello = client.getDatabase("admin").runCommand(new Document("isMaster", 1));
        }
        Document build = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
        String replicaSet = hello.getString("setName");
        if ("isdbgrid".equals(hello.getString("msg"))) {
            log.info("Using a sharded MongoDB {} through mongos at {}", build.getString("version"), uri.getHosts());
        } else if (replicaSet != null) {
            log.info(
                    "Using MongoDB {} at {}, replica set '{}' (writes acknowledged by a majority)",
                    build.getString("version"),
                    uri.getHosts(),
                    replicaSet);
        } else {
            log.warn(
                    "Using MongoDB {} at {}, a standalone server: writes are not replicated and not retried. Run a"
                            + " replica set in production (even of one member), as deploy/compose.yaml does",
                    build.getString("version"),
                    uri.getHosts());
        }
    }
}
