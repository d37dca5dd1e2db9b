package se.samverkansbot.followup;

import java.util.List;
import java.util.Optional;

/** Stored follow-ups (port). Nothing is deleted. */
public interface FollowUps {

    /** Stores a new follow-up; false if one with that id exists (it is left as it was). */
    boolean add(FollowUp followUp);

    Optional<FollowUp> byId(String id);

    /** Replaces the follow-up if it is still at {@code expectedVersion}. */
    boolean replace(FollowUp followUp, int expectedVersion);

    List<FollowUp> ofMeeting(String meetingId);

    /** A structure's follow-ups, oldest meeting first. */
    List<FollowUp> ofStructure(String structureId);
}
