package se.samverkansbot.answers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "Vad tycker Ragunda om översynen?", "is Sundsvall planning to leave HälSam?", "har Kramfors antagit
 * rekommendationen?": what a municipality thinks, plans or has decided in its own bodies is in neither the register
 * nor the documents, which record the forums' and working groups' views and the structure's joint steps, not each
 * principal's. Said plainly, with the party's representatives as who to ask, instead of the party's seats as if they
 * were the answer.
 */
final class Opinions {
    /** What is asked of the principal: its view, its plans, or a decision of its own bodies. */
    private enum Asked {
        VIEW(
                "(?iu)\\b(vad (tycker|tyckte|anser|ansåg|tänker|tror)|hur (ser|såg|ställer sig|ställde sig)|inställning"
                        + "|what (does|do|did) .{1,40} (think|feel)|what is .{1,40}(view|opinion|position|stance)"
                        + "|how does .{1,40} (see|view|feel)|stance on|view on|opinion (of|on|about))\\b",
                "vad %s tycker",
                "what %s thinks"),
        PLAN(
                "(?iu)\\b(planerar|tänker .{0,20}(lämna|gå ur|hoppa av)|funderar på|ska .{0,20}(lämna|gå ur)"
                        + "|planning|plans? to|intends?|intending|going to (leave|quit|withdraw)|leaving|quitting"
                        + "|withdrawing)\\b",
                "vad %s planerar",
                "what %s plans"),
        // "Vilket datum beslutade Kramfors socialnämnd att anta HälSam?": the documents record the recommendation to
        // every principal, and quoted as the nearest thing found it read as that municipality's decision and its date.
        WHEN_DECIDED(
                "(?iu)\\b((när|nar|vilket datum|vilken dag|vilket år|vilket ar) (beslutade|beslöt|beslot|antog|godkände"
                        + "|godkande|ställde|stallde|tog|fattade) \\p{L}+"
                        + "|(when|what date|which date|what day|which year|what year) did \\p{L}+( municipality)?"
                        + " (formally )?(adopt|approve|decide|endorse|accept|sign)\\b)",
                "när %s beslutade det i sina egna organ",
                "when %s decided it in its own bodies"),
        DECISION(
                "(?iu)\\b((har|hade) \\p{L}+( kommun)? (formellt |redan |själv |nu )?(antagit|beslutat|godkänt|ställt sig"
                        + " bakom|fattat beslut|tagit beslut|sagt ja|sagt nej)"
                        + "|(has|have|did) \\p{L}+( municipality)? (formally |already |now )?(adopt|adopted|approve"
                        + "|approved|decide|decided|endorse|endorsed|accept|accepted|sign|signed)\\b)",
                "vad %s har beslutat i sina egna organ",
                "what %s has decided in its own bodies");

        private final Pattern asks;
        private final String swedish;
        private final String english;

        Asked(String asks, String swedish, String english) {
            this.asks = Pattern.compile(asks);
            this.swedish = swedish;
            this.english = english;
        }
    }

    private Opinions() {}

    /**
     * "Vilka kommuner och nämnder har fattat beslut om att anta HälSam?", "which municipalities have adopted it?": which
     * principals decided, of none named. The recommendation to every board, or the spring's decisions on the
     * development work, read as the answer.
     */
    private static final Pattern WHICH_DECIDED = Pattern.compile(
            "(?iuU)\\b((vilka|vilken|hur många) (kommuner|nämnder|huvudmän|huvudman|parter|regioner)( och \\p{L}+)? (har|hade)"
                    + " (redan |nu |formellt )?(fattat beslut|tagit beslut|beslutat|antagit|godkänt|ställt sig bakom)"
                    + "|(which|how many) (municipalities|boards|principals|parties|councils)( and \\p{L}+)? (have|had)"
                    + " (already |now |formally )?(adopted|approved|decided|endorsed|accepted|signed))");

    static Optional<Reply> answer(Utterance u) {
        if (u.all(Mention.OfParty.class).isEmpty()
                && u.all(Mention.OfPerson.class).isEmpty()
                && WHICH_DECIDED.matcher(u.text()).find()) {
            return Optional.of(Reply.plain(
                    u.say()
                            .say(
                                    "Det vet jag inte: varken registret eller dokumenten säger vilka huvudmän som har"
                                            + " beslutat det i sina egna organ; de återger forumens och arbetsgruppernas"
                                            + " rekommendationer och samverkans gemensamma steg, inte varje huvudmans"
                                            + " beslut. Fråga gärna parternas företrädare i samverkan.",
                                    "I don't know: neither the register nor the documents say which principals have"
                                            + " decided it in their own bodies; they give the forums' and working groups'"
                                            + " recommendations and the collaboration's joint steps, not each principal's"
                                            + " decision. Do ask the parties' representatives in the collaboration."),
                    u.language()));
        }
        // One municipality: the documents are the region's and the joint groups', and they do give the reasoning
        // of the region's own politicians ("Politikens resonemang").
        List<Mention.OfParty> parties = u.all(Mention.OfParty.class).stream()
                .filter(p -> p.party().kind() == se.samverkansbot.register.PartyKind.MUNICIPALITY)
                .toList();
        if (parties.stream().map(p -> p.party().id()).distinct().count() != 1
                || parties.size() != u.all(Mention.OfParty.class).size()
                || !u.all(Mention.OfPerson.class).isEmpty()) {
            return Optional.empty();
        }
        Optional<Asked> asking = asked(u);
        if (asking.isEmpty()) {
            return Optional.empty();
        }
        Asked asked = asking.get();
        Phrasing say = u.say();
        String names =
                say.join(parties.stream().map(p -> p.party().name()).distinct().toList());
        String what = say.say(asked.swedish, asked.english).formatted(names);
        return Optional.of(Reply.plain(
                say.say(
                                "Det vet jag inte: varken registret eller dokumenten säger %s; de återger forumens och arbetsgruppernas synpunkter och samverkans gemensamma steg, inte enskilda huvudmäns. Fråga gärna %s företrädare i samverkan.",
                                "I don't know: neither the register nor the documents say %s; they give the views of the forums and working groups and the collaboration's joint steps, not each principal's. Do ask %s representatives in the collaboration.")
                        .formatted(
                                what,
                                names + (u.language() == se.samverkansbot.register.Language.ENGLISH ? "'s" : "s")),
                u.language()));
    }

    private static Optional<Asked> asked(Utterance u) {
        return java.util.Arrays.stream(Asked.values())
                .filter(a -> a.asks.matcher(u.text()).find())
                .findFirst();
    }
}
