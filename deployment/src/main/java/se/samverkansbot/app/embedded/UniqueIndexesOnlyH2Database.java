package se.samverkansbot.app.embedded;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's database, saying once that it builds only unique indexes. The stock server skips
 * every other index (the stores create them for a real MongoDB) with one warning per index at every start;
 * queries give the same results either way, they only scan. One line per process is what an operator needs.
 * Its collections find a query that names an {@code _id} through the {@code _id} index ({@link
 * FoundByIdH2Collection}), and its unique indexes compare their keys without serializing them ({@link
 * IndexKeyType}).
 */
final class UniqueIndexesOnlyH2Database extends H2Database {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    // Static: the superclass constructor already opens the stored indexes, before any field of ours is set. The
    // app runs one embedded server per process, so once per process is once per server.
    private static final AtomicBoolean told = new AtomicBoolean();

    /**
     * The superclass's store: its constructor opens the stored collections through {@link #openOrCreateCollection}
     * before a field of ours could be set, and it keeps the store to itself.
     */
    private static final VarHandle STORE;

    /** The superclass's name for an index's map. */
    private static final MethodHandle INDEX_MAP_NAME;

    static {
        try {
            MethodHandles.Lookup h2Database = MethodHandles.privateLookupIn(H2Database.class, MethodHandles.lookup());
            STORE = h2Database.findVarHandle(H2Database.class, "mvStore", MVStore.class);
            INDEX_MAP_NAME = h2Database.findVirtual(
                    H2Database.class,
                    "mapNameForIndex",
                    MethodType.methodType(String.class, String.class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    UniqueIndexesOnlyH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
    }

    /** As the stock database opens a collection (the same maps by the same names), as a {@link FoundByIdH2Collection}. */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        MVStore store = (MVStore) STORE.get(this);
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, de.bwaldvogel.mongo.bson.Document> data = store.openMap("databases." + fullName);
        MVMap<String, Object> meta = store.openMap("meta." + fullName);
        return new FoundByIdH2Collection(this, collectionName, options, data, meta, cursorRegistry);
    }

    /**
     * As the stock database opens a unique index, its map first opened with the {@link IndexKeyType} (the stock one
     * then finds it open): the same order and bytes, without serializing every key it compares.
     */
    @Override
    protected Index<Object> openOrCreateUniqueIndex(
            String collection, String indexName, List<IndexKey> keys, boolean sparse) {
        String mapName;
        try {
            mapName = (String) INDEX_MAP_NAME.invokeExact((H2Database) this, collection, indexName);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot name the map of index " + indexName, e);
        }
        MVStore store = (MVStore) STORE.get(this);
        store.openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
        return super.openOrCreateUniqueIndex(collection, indexName, keys, sparse);
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
