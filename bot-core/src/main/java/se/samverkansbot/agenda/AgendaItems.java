package se.samverkansbot.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored agenda items (port). Nothing is deleted. */
public interface AgendaItems {

    /**
     * Stores a new item; if an item with the same request id exists (a retried platform request), that one
     * is returned and nothing is stored.
     */
    AgendaItem add(AgendaItem item);

    Optional<AgendaItem> byId(String id);

    /** Replaces the item if it is still at {@code expectedVersion}; false if someone changed it meanwhile. */
    boolean replace(AgendaItem item, int expectedVersion);

    List<AgendaItem> ofSubmitter(String submitterId);

    List<AgendaItem> ofMeeting(String meetingId);

    /** A forum's items submitted in [from, to), for registration (diarieföring). */
    List<AgendaItem> ofForum(String structureId, String forumId, Instant from, Instant to);
}
