package se.samverkansbot.minutes;

import java.util.List;
import java.util.Optional;

import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.publication.PublishedMinutes;
import se.samverkansbot.register.Language;

/** The public pages' published minutes, from the stored editions: the newest edition of each meeting. */
public final class PublishedMinutesFromRecords implements PublishedMinutes {
    private final RecordMinutes minutes;
    private final PublicLinks links;

    public PublishedMinutesFromRecords(RecordMinutes minutes, PublicLinks links) {
        this.minutes = minutes;
        this.links = links;
    }

    @Override
    public Optional<String> text(String meetingId, Language language) {
        return minutes.latestPublished(meetingId).map(m -> minutes.text(m).label(language));
    }

    @Override
    public List<PublishedMinutes.Minutes> of(String structureId, String forumId) {
        return minutes.published(structureId, forumId).stream()
                .map(m -> new PublishedMinutes.Minutes(
                        m.meetingId(),
                        m.meetingStart(),
                        "Minnesanteckningar" + (m.edition() > 1 ? " (version " + m.edition() + ")" : ""),
                        links.minutes(m.meetingId())))
                .toList();
    }
}
