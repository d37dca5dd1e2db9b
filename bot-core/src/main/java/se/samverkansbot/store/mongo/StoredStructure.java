package se.samverkansbot.store.mongo;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import se.samverkansbot.register.Structure;

/**
 * The stored form of a structure: the content and where and when it came from.
 *
 * @param fileHash the content hash of the structure file last imported; differs from {@code contentHash} when the
 *     structure was changed in the app since; null for structures stored before the app could change them
 */
public record StoredStructure(
        @BsonId String id,
        String structureId,
        int revision,
        String contentHash,
        String source,
        Instant importedAt,
        Structure structure,
        String fileHash) {}
