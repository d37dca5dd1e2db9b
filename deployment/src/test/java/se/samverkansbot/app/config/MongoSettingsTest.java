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
        assertThat(settings.getWriteConcern().getWTimeout(TimeUnit.SECONDS)).isEqualTo(10);
        assertThat(settings.getRetryWrites()).isTrue();
        assertThat(settings.getRetryReads()).isTrue();
        assertThat(settings.getApplicationName()).isEqualTo("samverkansbot");
    }

    @Test
    void the_uri_wins_where_it_is_explicit() {
        MongoClientSettings settings = MongoSettings.forServer("mongodb://db/x?w=1&retryWrites=false");

        assertThat(settings.getWriteConcern()).isEqualTo(WriteConcern.W1);
        assertThat(settings.getRetryWrites()).isFalse();
    }
}
