package se.samverkansbot.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;

class MongoSettingsTest {

    @Test
    void a_real_mongodb_gets_majority_writes_with_a_timeout_and_retries_unless_the_uri_says_otherwise() {
        MongoClientSettings settings = MongoSettings.forServer("mongodb://db1,db2,db3/samverkansbot?replicaSet=rs0");

        assertThat(settings.getWriteConcern().getWString()).isEqualTo("majority");
        assertThat(settings.getWriteConcern().getWTimeout(TimeUnit.MILLISECONDS))
                .as("a lost majority is an error before a frozen server's socket gives up")
                .isEqualTo(4_500);
        assertThat(settings.getRetryWrites()).isTrue();
        assertThat(settings.getRetryReads()).isTrue();
        assertThat(settings.getApplicationName()).isEqualTo("samverkansbot");
    }

    @Test
    void the_driver_waits_seconds_not_its_default_half_minute_for_a_database_that_is_down_or_frozen() {
        MongoClientSettings settings = MongoSettings.forServer("mongodb://db/x", MongoSettings.Timeouts.DEFAULT);

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(2_000);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(2_000);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(5_000);
        assertThat(MongoSettings.forServer("mongodb://db/x?serverSelectionTimeoutMS=9000&socketTimeoutMS=0")
                        .getClusterSettings()
                        .getServerSelectionTimeout(TimeUnit.MILLISECONDS))
                .as("the URI wins")
                .isEqualTo(9_000);
    }

    /** The answer comes within the configured wait, from a database that is not there at all. */
    @Test
    void a_database_that_is_not_there_is_an_error_within_the_configured_wait() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var timeouts = new MongoSettings.Timeouts(
                java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1));
        try (var client = com.mongodb.client.MongoClients.create(
                MongoSettings.forEmbedded("mongodb://127.0.0.1:" + closedPort, timeouts))) {
            long started = System.nanoTime();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> client.getDatabase("x").getCollection("y").insertOne(new org.bson.Document("a", 1)))
                    .isInstanceOf(com.mongodb.MongoTimeoutException.class);
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(tookMillis).isBetween(900L, 2_500L);
        }
    }

    @Test
    void the_uri_wins_where_it_is_explicit() {
        MongoClientSettings settings = MongoSettings.forServer("mongodb://db/x?w=1&retryWrites=false");

        assertThat(settings.getWriteConcern()).isEqualTo(WriteConcern.W1);
        assertThat(settings.getRetryWrites()).isFalse();
        assertThat(MongoSettings.forServer("mongodb://db/x?appName=bot-eu-1").getApplicationName())
                .as("an application name in the URI (a server that admits by it, or a name per instance) is kept")
                .isEqualTo("bot-eu-1");
    }
}
