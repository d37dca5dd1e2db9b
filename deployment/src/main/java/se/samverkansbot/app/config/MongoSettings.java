package se.samverkansbot.app.config;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;

/**
 * How the bot talks to a real MongoDB, unless the URI says otherwise: a write is acknowledged once a majority
 * of the replica set has it (a reminder marked sent, or an agenda item received, survives a primary failing
 * over), writes and reads are retried once across a failover, and a majority that cannot be reached within ten
 * seconds is an error that the caller retries, not a hang.
 */
public final class MongoSettings {
    static final WriteConcern DEFAULT_WRITE_CONCERN = WriteConcern.MAJORITY.withWTimeout(10, TimeUnit.SECONDS);

    private MongoSettings() {}

    public static MongoClientSettings forServer(String uri) {
        ConnectionString connection = new ConnectionString(uri);
        MongoClientSettings.Builder settings =
                MongoClientSettings.builder().applyConnectionString(connection).applicationName("samverkansbot");
        if (connection.getWriteConcern() == null) {
            settings.writeConcern(DEFAULT_WRITE_CONCERN);
        }
        if (connection.getRetryWritesValue() == null) {
            settings.retryWrites(true);
        }
        if (connection.getRetryReads() == null) {
            settings.retryReads(true);
        }
        return settings.build();
    }
}
