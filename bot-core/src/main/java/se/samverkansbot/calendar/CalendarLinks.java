package se.samverkansbot.calendar;

import java.util.Optional;
import java.util.function.Supplier;

import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Register;

/**
 * The calendar addresses the chat hands out ("lägg till i kalendern", "prenumerera på min kalender"): a file
 * for one meeting, a forum's feed, and a person's own feed behind their token. Only public forums have open
 * addresses; members of other forums find those meetings in their own feed.
 */
public final class CalendarLinks {
    private final Supplier<Register> register;
    private final FeedTokens tokens;
    private final PublicLinks links;

    public CalendarLinks(Supplier<Register> register, FeedTokens tokens, PublicLinks links) {
        this.register = register;
        this.tokens = tokens;
        this.links = links;
    }

    /** The address of one meeting's calendar file, to download and open; empty for a forum that is not public. */
    public Optional<String> meetingFile(Meeting meeting) {
        return isPublic(meeting.structureId(), meeting.forumId())
                ? Optional.of(links.meeting(meeting.id()))
                : Optional.empty();
    }

    /** A public forum's feed, to subscribe to. */
    public Optional<String> forumFeed(String structureId, String forumId) {
        return isPublic(structureId, forumId) ? Optional.of(links.forumFeed(structureId, forumId)) : Optional.empty();
    }

    /** The person's own feed; anyone with the address can read it, so it is only ever told to the person. */
    public String personalFeed(String structureId, String personId) {
        return links.personalFeed(tokens.current(structureId, personId));
    }

    /** A new address for the person's feed; the old one stops working. */
    public String renewPersonalFeed(String structureId, String personId) {
        return links.personalFeed(tokens.renew(structureId, personId));
    }

    private boolean isPublic(String structureId, String forumId) {
        return register.get()
                .structure(structureId)
                .flatMap(s -> s.forum(forumId))
                .map(Forum::isPublic)
                .orElse(false);
    }
}
