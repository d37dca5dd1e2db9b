package se.samverkansbot.answers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "Vad tycker Ragunda om översynen?", "what does Örnsköldsvik think about HälSam?": what a municipality
 * thinks is in neither the register nor the documents, which record the forums' and working groups' views, not
 * the parties'. Said plainly, with the party's seats as who to ask, instead of the party's seats as if they were the
 * answer.
 */
final class Opinions {
    private static final Pattern ASKS_A_VIEW = Pattern.compile(
            "(?iu)\\b(vad (tycker|tyckte|anser|ansåg|tänker|tror)|hur (ser|såg|ställer sig|ställde sig)|inställning"
                    + "|what (does|do|did) .{1,40} (think|feel)|what is .{1,40}(view|opinion|position|stance)"
                    + "|how does .{1,40} (see|view|feel)|stance on|view on|opinion (of|on|about))\\b");

    private Opinions() {}

    static Optional<Reply> answer(Utterance u) {
        // One municipality: the documents are the region's and the joint groups', and they do give the reasoning
        // of the region's own politicians ("Politikens resonemang").
        List<Mention.OfParty> parties = u.all(Mention.OfParty.class).stream()
                .filter(p -> p.party().kind() == se.samverkansbot.register.PartyKind.MUNICIPALITY)
                .toList();
        if (parties.stream().map(p -> p.party().id()).distinct().count() != 1
                || parties.size() != u.all(Mention.OfParty.class).size()
                || !u.all(Mention.OfPerson.class).isEmpty()
                || !ASKS_A_VIEW.matcher(u.text()).find()) {
            return Optional.empty();
        }
        Phrasing say = u.say();
        String names =
                say.join(parties.stream().map(p -> p.party().name()).distinct().toList());
        return Optional.of(Reply.plain(
                say.say(
                                "Det vet jag inte: varken registret eller dokumenten säger vad %s tycker; de återger forumens och arbetsgruppernas synpunkter, inte enskilda huvudmäns. Fråga gärna %s företrädare i samverkan.",
                                "I don't know: neither the register nor the documents say what %s thinks; they give the views of the forums and working groups, not of each principal. Do ask %s representatives in the collaboration.")
                        .formatted(
                                names,
                                names + (u.language() == se.samverkansbot.register.Language.ENGLISH ? "'s" : "s")),
                u.language()));
    }
}
