package se.samverkansbot.minutes;

import java.util.List;
import java.util.Optional;

/** Stored minutes, every edition (port). Nothing is deleted; a published edition is never replaced. */
public interface MinutesRecords {

    /** Stores a new edition; false if an edition with that id exists (it is left as it was). */
    boolean add(Minutes minutes);

    Optional<Minutes> byId(String id);

    /** Replaces a draft if it is still at {@code expectedVersion} and not published; false otherwise. */
    boolean replace(Minutes minutes, int expectedVersion);

    /** Every edition of a meeting's minutes, first edition first. */
    List<Minutes> ofMeeting(String meetingId);

    /** A forum's published editions, newest meeting first. */
    List<Minutes> publishedOf(String structureId, String forumId);
}
