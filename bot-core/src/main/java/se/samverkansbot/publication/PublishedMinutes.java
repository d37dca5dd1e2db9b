package se.samverkansbot.publication;

import java.time.Instant;
import java.util.List;

/**
 * Minutes (minnesanteckningar) that have been signed off and published, per forum (port). The minutes feature
 * implements it ({@code minutes.PublishedMinutesFromRecords}) and tells members with the delivery key
 * "minutes|&lt;meeting id&gt;", which the email channel sends as a meeting document; {@link #NONE} has none.
 */
public interface PublishedMinutes {

    record Minutes(String meetingId, Instant meetingStart, String title, String url) {}

    /** A forum's published minutes, newest first. */
    List<Minutes> of(String structureId, String forumId);

    /** The newest published edition of a meeting's minutes as a member reads them, if published. */
    default java.util.Optional<String> text(String meetingId, se.samverkansbot.register.Language language) {
        return java.util.Optional.empty();
    }

    PublishedMinutes NONE = (structureId, forumId) -> List.of();
}
