package se.samverkansbot.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored meetings (port). */
public interface Meetings {

    /** Meetings of these forums that start at or after {@code from} and are not cancelled, earliest first. */
    List<Meeting> upcoming(Collection<String> forumIds, Instant from, int limit);

    /** A structure's meetings that start in [from, to), cancelled ones included, earliest first (the årshjul). */
    List<Meeting> ofStructure(String structureId, Instant from, Instant to);

    Optional<Meeting> byId(String id);

    void save(Meeting meeting);
}
