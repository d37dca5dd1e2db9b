package se.samverkansbot.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored agenda items (port). Nothing is deleted. */
public interface AgendaItems {

    /**
     * Stores a new item; if an item with the same request id exists (a retried platform request), that one
     * is returned and nothing is stored.
     *
     * @throws IdTaken when another item already has the new item's id (not its request id): try another id
     */
    AgendaItem add(AgendaItem item);

    /**
     * The item stored for this request id, if any. Gives up within about a second: it is how a write whose outcome is
     * unknown is settled while the person waits ({@link se.samverkansbot.chat.UnknownOutcome}).
     */
    Optional<AgendaItem> byRequestId(String requestId);

    /** The new item's id was drawn before; nothing was stored. */
    final class IdTaken extends se.samverkansbot.chat.UnknownOutcome.NothingWritten {
        public IdTaken(String id, Throwable cause) {
            super("another agenda item has the id " + id, cause);
        }
    }

    Optional<AgendaItem> byId(String id);

    /** Replaces the item if it is still at {@code expectedVersion}; false if someone changed it meanwhile. */
    boolean replace(AgendaItem item, int expectedVersion);

    List<AgendaItem> ofSubmitter(String submitterId);

    List<AgendaItem> ofMeeting(String meetingId);

    /** A forum's items submitted in [from, to), for registration (diarieföring). */
    List<AgendaItem> ofForum(String structureId, String forumId, Instant from, Instant to);
}
