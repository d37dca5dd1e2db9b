package se.samverkansbot.minutes;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.publication.PublishedMinutes;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;

/** The public pages' published minutes, from the stored editions: the newest edition of each meeting. */
public final class PublishedMinutesFromRecords implements PublishedMinutes {
    private final RecordMinutes minutes;
    private final PublicLinks links;
    private final Supplier<Register> register;

    public PublishedMinutesFromRecords(RecordMinutes minutes, PublicLinks links, Supplier<Register> register) {
        this.minutes = minutes;
        this.links = links;
        this.register = register;
    }

    @Override
    public Optional<String> text(String meetingId, Language language) {
        return minutes.latestPublished(meetingId)
                .filter(m -> register.get()
                        .structure(m.structureId())
                        .flatMap(s -> s.forum(m.forumId()))
                        .map(Forum::isPublic)
                        .orElse(false))
                .map(m -> minutes.text(m).label(language));
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
