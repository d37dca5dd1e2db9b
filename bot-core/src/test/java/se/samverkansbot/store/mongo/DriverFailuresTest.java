package se.samverkansbot.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.List;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoSocketWriteException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.UnknownOutcome;

/** A driver failure before the command was sent wrote nothing; after it, the outcome is unknown. */
class DriverFailuresTest {
    private static final ServerAddress SERVER = new ServerAddress("127.0.0.1", 27017);

    @Test
    void no_server_selected_in_time_no_connection_opened_or_a_cleared_pool_wrote_nothing() {
        assertThat(List.<MongoException>of(
                        new MongoTimeoutException("Timed out while waiting for a server that matches WritableServer"),
                        new MongoSocketOpenException("Exception opening socket", SERVER, new ConnectException()),
                        new MongoConnectionPoolClearedException(new ServerId(new ClusterId(), SERVER), null),
                        new MongoServerUnavailableException("The server at 127.0.0.1:27017 is no longer available")))
                .allSatisfy(failure -> {
                    assertThat(DriverFailures.nothingSent(failure))
                            .as(failure.toString())
                            .isTrue();
                    assertThat(DriverFailures.ofWrite(failure))
                            .isInstanceOf(UnknownOutcome.NotSent.class)
                            .isInstanceOf(UnknownOutcome.NothingWritten.class)
                            .hasCause(failure);
                });
    }

    @Test
    void a_lost_or_late_answer_a_write_cut_off_a_not_primary_or_an_operation_timeout_leave_the_outcome_unknown() {
        assertThat(List.<MongoException>of(
                        new MongoSocketReadTimeoutException(
                                "Timeout while receiving message", SERVER, new SocketTimeoutException()),
                        new MongoSocketReadException("Prematurely reached end of stream", SERVER),
                        new MongoSocketWriteException("Exception sending message", SERVER, new IOException()),
                        new MongoNotPrimaryException(new BsonDocument(), SERVER),
                        new MongoOperationTimeoutException("Operation exceeded the timeout limit")))
                .allSatisfy(failure -> {
                    assertThat(DriverFailures.nothingSent(failure))
                            .as(failure.toString())
                            .isFalse();
                    assertThat(DriverFailures.ofWrite(failure)).isSameAs(failure);
                });
    }
}
