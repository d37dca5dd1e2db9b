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
import java.util.Optional;
import java.util.function.UnaryOperator;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.register.Structure;
import se.samverkansbot.register.Structures;

/**
 * Structures in MongoDB: one document per structure in {@code structures}, the versions it replaced in
 * {@code structureRevisions}. A save only writes when the content differs, and replaces the document only if
 * nobody else replaced it in between, so concurrent imports and changes cannot lose each other's revision. The hash of
 * the file last imported is kept with the structure, so a restart with the same file keeps what was changed in the
 * app.
 */
public final class MongoStructures implements Structures {
    private static final Logger log = LoggerFactory.getLogger(MongoStructures.class);
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
                            structure.id(), structure.id(), 1, hash, source, Instant.now(clock), structure, hash));
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
            if (hash.equals(stored.fileHash())) {
                return SaveOutcome.KEPT_CHANGES_MADE_IN_APP;
            }
            if (stored.fileHash() != null && !stored.fileHash().equals(stored.contentHash())) {
                log.warn(
                        "Structure '{}': the file {} has changed since it was last imported and replaces the changes"
                                + " made in the app since (they are kept as revision {})",
                        structure.id(),
                        source,
                        stored.revision());
            }
            if (replace(stored, structure, hash, source, hash)) {
                return SaveOutcome.UPDATED;
            }
        }
        throw new IllegalStateException("Structure '" + structure.id() + "' kept changing while it was saved");
    }

    @Override
    public Optional<Changed> change(String structureId, UnaryOperator<Structure> change, String source) {
        for (int attempt = 0; attempt < 5; attempt++) {
            StoredStructure stored = current.find(eq("_id", structureId)).first();
            if (stored == null) {
                return Optional.empty();
            }
            Structure after = change.apply(stored.structure());
            String hash = contentHash(after);
            if (hash.equals(stored.contentHash())) {
                return Optional.of(new Changed(stored.structure(), after, stored.revision()));
            }
            if (replace(stored, after, hash, source, stored.fileHash())) {
                return Optional.of(new Changed(stored.structure(), after, stored.revision() + 1));
            }
        }
        throw new IllegalStateException("Structure '" + structureId + "' kept changing while it was changed");
    }

    /** Replaces the stored version with the next, unless someone else replaced it in between; false then. */
    private boolean replace(StoredStructure stored, Structure next, String hash, String source, String fileHash) {
        keepAsRevision(stored);
        StoredStructure replacement = new StoredStructure(
                next.id(), next.id(), stored.revision() + 1, hash, source, Instant.now(clock), next, fileHash);
        return current.replaceOne(and(eq("_id", next.id()), eq("revision", stored.revision())), replacement)
                        .getMatchedCount()
                == 1;
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
                    stored.structure(),
                    stored.fileHash()));
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
