package se.samverkansbot.app.config;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;

/**
 * How the bot talks to a real MongoDB, unless the URI says otherwise: a write is acknowledged once a majority
 * of the replica set has it (a reminder marked sent, or an agenda item received, survives a primary failing
 * over), writes and reads are retried once across a failover, and a database that is down, frozen or without
 * its majority is an error within seconds ({@link Timeouts}), not a hang.
 */
public final class MongoSettings {
    /**
     * The embedded server in this process: the same timeouts, so a stalled store is answered like an outage. Its URI's
     * application name is the secret the server admits (see EmbeddedMongo), so it is not replaced here.
     */
    public static MongoClientSettings forEmbedded(String uri, Timeouts timeouts) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        timeouts.serverSelection().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(
                        socket -> socket.connectTimeout((int) timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                                .readTimeout((int) timeouts.socket().toMillis(), TimeUnit.MILLISECONDS))
                .build();
    }

    private MongoSettings() {}

    /** The driver's waits; the defaults (30 s to find a server, no limit on an answer) stall every thread. */
    public record Timeouts(Duration serverSelection, Duration connect, Duration socket) {
        public static final Timeouts DEFAULT =
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

        static Timeouts of(SamverkanProperties.Mongodb mongodb) {
            return new Timeouts(mongodb.serverSelectionTimeout(), mongodb.connectTimeout(), mongodb.socketTimeout());
        }
    }

    public static MongoClientSettings forServer(String uri) {
        return forServer(uri, Timeouts.DEFAULT);
    }

    /**
     * A real MongoDB. Unless the URI says otherwise, the timeouts apply, and a majority write waits at most as long
     * as the socket does, so a lost majority is an error as soon as a frozen server is.
     */
    public static MongoClientSettings forServer(String uri, Timeouts timeouts) {
        ConnectionString connection = new ConnectionString(uri);
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(connection)
                .applicationName(
                        connection.getApplicationName() != null ? connection.getApplicationName() : "samverkansbot")
                .applyToClusterSettings(cluster -> {
                    if (connection.getServerSelectionTimeout() == null) {
                        cluster.serverSelectionTimeout(
                                timeouts.serverSelection().toMillis(), TimeUnit.MILLISECONDS);
                    }
                })
                .applyToSocketSettings(socket -> {
                    if (connection.getConnectTimeout() == null) {
                        socket.connectTimeout((int) timeouts.connect().toMillis(), TimeUnit.MILLISECONDS);
                    }
                    if (connection.getSocketTimeout() == null) {
                        socket.readTimeout((int) timeouts.socket().toMillis(), TimeUnit.MILLISECONDS);
                    }
                });
        if (connection.getWriteConcern() == null) {
            long wait = Math.min(10_000, Math.max(1_000, timeouts.socket().toMillis() - 500));
            settings.writeConcern(WriteConcern.MAJORITY.withWTimeout(wait, TimeUnit.MILLISECONDS));
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
