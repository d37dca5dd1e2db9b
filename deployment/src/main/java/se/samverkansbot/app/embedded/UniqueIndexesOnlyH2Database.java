package se.samverkansbot.app.embedded;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's database, saying once that it builds only unique indexes. The stock server skips
 * every other index (the stores create them for a real MongoDB) with one warning per index at every start;
 * queries give the same results either way, they only scan. One line per process is what an operator needs.
 */
final class UniqueIndexesOnlyH2Database extends H2Database {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    // Static: the superclass constructor already opens the stored indexes, before any field of ours is set. The
    // app runs one embedded server per process, so once per process is once per server.
    private static final AtomicBoolean told = new AtomicBoolean();

    UniqueIndexesOnlyH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
    }

    static boolean toldAlready() {
        return told.get();
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(
            String collection, String indexName, List<IndexKey> keys, boolean sparse) {
        if (told.compareAndSet(false, true)) {
            log.info(
                    "The embedded database builds only the unique indexes; it skips the others, such as {}.{},"
                            + " which a real MongoDB builds (queries give the same results, they scan)",
                    collection,
                    indexName);
        }
        log.debug("Embedded database: index {} on {} {} skipped", indexName, collection, keys);
        return new EmptyIndex<>(indexName, keys);
    }
}
