package se.samverkansbot.store.mongo;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import se.samverkansbot.register.Structure;

/** The stored form of a structure: the content and where and when it came from. */
public record StoredStructure(
        @BsonId String id,
        String structureId,
        int revision,
        String contentHash,
        String source,
        Instant importedAt,
        Structure structure) {}
