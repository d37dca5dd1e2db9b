package se.samverkansbot.app.config;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
            return MongoClients.create(embedded.getObject().connectionString());
        }
        ConnectionString uri = new ConnectionString(properties.mongodbUri());
        log.info("Using MongoDB at {}", uri.getHosts());
        return MongoClients.create(uri);
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, SamverkanProperties properties) {
        String named = properties.embedded() ? null : new ConnectionString(properties.mongodbUri()).getDatabase();
        return client.getDatabase(named != null ? named : properties.database());
    }
}
