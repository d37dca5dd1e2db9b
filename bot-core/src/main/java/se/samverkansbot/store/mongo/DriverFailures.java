package se.samverkansbot.store.mongo;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;

import se.samverkansbot.chat.UnknownOutcome;

/**
 * The one rule for what a driver failure says about a write: sent or not. Failures before the command left this
 * process (no server selected in time, a connection that could not be opened or authenticated, a pool cleared or a
 * server closed under the checkout) say that nothing was written. Every other failure came after the command may
 * have been sent (a read that timed out or was reset, a write cut off mid-way, "not primary", a write concern not
 * met, a client-side operation timeout that may have struck at any point): its outcome is unknown.
 */
public final class DriverFailures {
    private DriverFailures() {}

    /** True when the failure came before the command was sent: nothing was written. */
    public static boolean nothingSent(MongoException failure) {
        return (failure instanceof MongoTimeoutException && !(failure instanceof MongoOperationTimeoutException))
                || failure instanceof MongoSocketOpenException
                || failure instanceof MongoSecurityException
                || failure instanceof MongoConnectionPoolClearedException
                || failure instanceof MongoServerUnavailableException;
    }

    /**
     * For a write: a failure before sending becomes the core's {@link UnknownOutcome.NotSent}; any other stays the
     * driver's, an unknown outcome for {@link UnknownOutcome#reconciled} to look up.
     */
    static RuntimeException ofWrite(MongoException failure) {
        return nothingSent(failure) ? new UnknownOutcome.NotSent(failure) : failure;
    }
}
