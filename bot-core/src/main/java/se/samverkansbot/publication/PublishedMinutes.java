package se.samverkansbot.publication;

import java.time.Instant;
import java.util.List;

/**
 * Minutes (minnesanteckningar) that have been signed off and published, per forum (port). The extension point
 * for the minutes feature, which does not exist yet: until it does, {@link #NONE} says there are none, and the
 * public forum page shows its minutes section as empty. The minutes feature implements this port and tells
 * members with the delivery key "minutes|&lt;meeting id&gt;", which the email channel already sends as a meeting
 * document.
 */
public interface PublishedMinutes {

    record Minutes(String meetingId, Instant meetingStart, String title, String url) {}

    /** A forum's published minutes, newest first. */
    List<Minutes> of(String structureId, String forumId);

    PublishedMinutes NONE = (structureId, forumId) -> List.of();
}
