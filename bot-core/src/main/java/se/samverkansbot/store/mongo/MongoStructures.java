package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.ByteBuf;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecRegistry;

import se.samverkansbot.register.Structure;
import se.samverkansbot.register.Structures;

/**
 * Structures in MongoDB: one document per structure in {@code structures}, the versions it replaced in
 * {@code structureRevisions}. A save only writes when the content differs, and replaces the document only if
 * nobody else replaced it in between, so concurrent imports cannot lose each other's revision.
 */
public final class MongoStructures implements Structures {
    static final String COLLECTION = "structures";
    static final String REVISIONS = "structureRevisions";

    private final MongoCollection<StoredStructure> current;
    private final MongoCollection<StoredStructure> revisions;
    private final Codec<Structure> structureCodec;
    private final Clock clock;

    public MongoStructures(MongoDatabase database, Clock clock) {
        this.current = database.getCollection(COLLECTION, StoredStructure.class);
        this.revisions = database.getCollection(REVISIONS, StoredStructure.class);
        CodecRegistry codecs = database.getCodecRegistry();
        this.structureCodec = codecs.get(Structure.class);
        this.clock = clock;
        revisions.createIndex(Indexes.ascending("structureId", "revision"), new IndexOptions().unique(true));
    }

    @Override
    public List<Structure> all() {
        return current.find().map(StoredStructure::structure).into(new ArrayList<>());
    }

    @Override
    public SaveOutcome save(Structure structure, String source) {
        String hash = contentHash(structure);
        for (int attempt = 0; attempt < 5; attempt++) {
            StoredStructure stored = current.find(eq("_id", structure.id())).first();
            if (stored == null) {
                try {
                    current.insertOne(new StoredStructure(
                            structure.id(), structure.id(), 1, hash, source, Instant.now(clock), structure));
                    return SaveOutcome.CREATED;
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    continue; // created concurrently: compare with that one
                }
            }
            if (stored.contentHash().equals(hash)) {
                return SaveOutcome.UNCHANGED;
            }
            keepAsRevision(stored);
            StoredStructure next = new StoredStructure(
                    structure.id(), structure.id(), stored.revision() + 1, hash, source, Instant.now(clock), structure);
            if (current.replaceOne(and(eq("_id", structure.id()), eq("revision", stored.revision())), next)
                            .getMatchedCount()
                    == 1) {
                return SaveOutcome.UPDATED;
            }
        }
        throw new IllegalStateException("Structure '" + structure.id() + "' kept changing while it was saved");
    }

    private void keepAsRevision(StoredStructure stored) {
        try {
            revisions.insertOne(new StoredStructure(
                    stored.structureId() + "@" + stored.revision(),
                    stored.structureId(),
                    stored.revision(),
                    stored.contentHash(),
                    stored.source(),
                    stored.importedAt(),
                    stored.structure()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // Already kept by an earlier attempt or a concurrent import.
        }
    }

    /** A hash of the stored form, so formatting and comments in the file do not count as a change. */
    private String contentHash(Structure structure) {
        ByteBuf buffer = new RawBsonDocument(structure, structureCodec).getByteBuffer();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
