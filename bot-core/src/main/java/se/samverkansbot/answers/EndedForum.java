package se.samverkansbot.answers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.Forum;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "Will SocialReKo still meet in 2027?", "kan jag anmäla ett ärende till SocialReKo i början av 2027?": a forum that
 * ended before the day asked about has no meetings, deadlines or agenda then. That comes first, with what replaced it;
 * "the register does not say how often it meets" or the steps for submitting an item would hide it.
 */
public final class EndedForum {
    private EndedForum() {}

    /** The reply with the named forum's end said first, when the one forum named had ended on the day asked about. */
    public static Reply saidFirst(Utterance u, Reply reply) {
        return sentence(u)
                .map(ended -> new Reply(ended + "\n\n" + reply.text(), reply.language(), reply.parts()))
                .orElse(reply);
    }

    static Optional<String> sentence(Utterance u) {
        List<Mention.OfForum> forums = u.all(Mention.OfForum.class);
        if (forums.stream().map(f -> f.forum().id()).distinct().count() != 1) {
            return Optional.empty();
        }
        Mention.OfForum named = forums.getFirst();
        Forum forum = named.forum();
        // The day asked about, never before today: "when did SocialReKo meet in 2022?" asks about when it met.
        LocalDate day = u.asOf().isAfter(u.today()) ? u.asOf() : u.today();
        if (forum.validTo() == null || !day.isAfter(forum.validTo().end())) {
            return Optional.empty();
        }
        Phrasing say = u.say();
        Optional<Forum> successor = named.structure().forums().stream()
                .filter(f -> forum.id().equals(f.replaces()))
                .findFirst();
        String ended = say.say("%s finns inte längre: det upphörde %s", "%s no longer exists: it ended %s")
                .formatted(forum.name(), forum.validTo().display(say.language()));
        return Optional.of(successor
                .map(next -> ended
                        + say.say(" och ersattes av %s.", " and was replaced by %s.")
                                .formatted(next.name()))
                .orElse(ended + "."));
    }
}
