package se.samverkansbot.app.embedded;

import java.util.concurrent.locks.ReentrantLock;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 backend, made durable per command. The stock backend commits its MVStore in the
 * background about once a second, so a process killed right after a write was acknowledged lost that write.
 * Here every command that changed the store is committed to the file before its reply goes out: an
 * acknowledged write survives {@code kill -9}. (It is written to the operating system, not fsynced: a power
 * cut can still lose the last second, which is the documented bound for the embedded default.) Its databases
 * say once, not per index, that only unique indexes are built. Every command and query is first let through by the
 * {@link ApplicationSecret} (an OP_MSG reaches {@link #handleCommand} too).
 */
final class DurableH2Backend extends H2Backend {
    private final MVStore store;
    /**
     * Group commit: one commit stores every change made before it, so a command whose change an other thread's
     * commit already stored does not write the file again. Under concurrent writes (an inbox insert on every
     * acknowledgement, a mark when it is done) this is one file write for many commands instead of one each.
     */
    private final ReentrantLock commitLock = new ReentrantLock();

    private volatile long storedBefore = -1;

    private final ApplicationSecret admission;

    DurableH2Backend(MVStore store, ApplicationSecret admission) {
        super(store);
        this.store = store;
        this.admission = admission;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        // getMvStore(), not the field: the superclass constructor opens existing databases before ours has run.
        return new UniqueIndexesOnlyH2Database(name, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        admission.check(channel, command, query);
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            if (store.hasUnsavedChanges()) {
                commitUpTo(store.getCurrentVersion());
            }
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        admission.check(query.getChannel(), "query", query.getQuery());
        return super.handleQuery(query);
    }

    /** Makes every change of this version (and those before) durable, unless a commit since has done so. */
    private void commitUpTo(long version) {
        commitLock.lock();
        try {
            if (storedBefore <= version) {
                // commit() stores the current version and opens the next: everything before it is on file.
                storedBefore = store.commit();
            }
        } finally {
            commitLock.unlock();
        }
    }
}
