package se.samverkansbot.app.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * The stock H2 collection, except that a query naming an {@code _id} and more (a conditional update such as
 * {@code {_id, version}}, a claim such as {@code {_id, status, leaseUntil}}) finds its one candidate through the
 * {@code _id} index and checks the rest on it, as MongoDB does. The stock server uses an index only when the query
 * names exactly that index's fields, so every such update scanned the whole collection while holding its lock, and
 * an inbox insert (the acknowledgement of a Slack or Teams request) waited for the scans of the requests done before.
 */
final class FoundByIdH2Collection extends H2Collection {
    private static final String ID = "_id";

    FoundByIdH2Collection(
            MongoDatabase database,
            String name,
            CollectionOptions options,
            MVMap<Object, Document> data,
            MVMap<String, Object> meta,
            CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
    }

    @Override
    protected QueryResult queryDocuments(
            Document query, Document orderBy, int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        if (query.size() > 1 && query.containsKey(ID)) {
            // The documents with this _id are the only candidates; which they are, the index says as it would for
            // {_id} alone, and the whole query is then matched on them.
            Document byId = new Document(ID, query.get(ID));
            for (Index<Object> index : getIndexes()) {
                if (index.canHandle(byId)) {
                    return matchDocuments(
                            query, index.getPositions(byId), orderBy, numberToSkip, limit, batchSize, fieldSelector);
                }
            }
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
}
