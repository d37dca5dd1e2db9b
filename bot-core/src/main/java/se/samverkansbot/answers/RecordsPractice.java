package se.samverkansbot.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "Blir mitt ärende en allmän handling?", "om jag drar tillbaka ett ärende, raderas det?", "can I put a client's
 * personnummer in the item?": how the bot keeps what is sent to a public body, which is how it is built (items are
 * never deleted, a withdrawal is a status, items are exported for registration, no identity numbers are taken, only
 * official contact details are kept). Each fact is said only when the question names what it is about.
 */
final class RecordsPractice {
    private RecordsPractice() {}

    private record Fact(Pattern asked, String swedish, String english) {}

    /** A question about one's items or what the bot keeps, as opposed to the documents' subjects. */
    private static final Pattern ABOUT_ITEMS_OR_RECORDS = Pattern.compile(
            "(?iuU)\\b(ärende\\w*|arende\\w*|items?|inskick\\w*|anmäl\\w*|anmal\\w*|submit\\w*|registret|register"
                    + "|boten|bot|mejl|mail|e-?post|e-?mail|kontaktuppgift\\w*|contact)\\b");

    private static final List<Fact> FACTS = List.of(
            new Fact(
                    Pattern.compile("(?iuU)\\b(allmän handling|allman handling|allmänna handlingar|allmanna handlingar"
                            + "|public records?|public documents?|diarie\\w*|inkommen handling)\\b"),
                    "Ett ärende du skickar in är en inkommen handling hos den organisation som har forumets sekretariat och kan vara en allmän handling. Det ska diarieföras utan dröjsmål om det inte är av ringa betydelse; sekretariatet tar ut forumets ärenden för diarieföring (en export per period, med varje ärendes historik).",
                    "An item you submit is a received document of the organisation that hosts the forum's secretariat, and can be a public record (allmän handling). It is to be registered (diariefört) without delay unless trivial; the secretariat exports the forum's items for registration (one export per period, with each item's history)."),
            new Fact(
                    Pattern.compile(
                            "(?iuU)\\b(raderas|radera|raderat|raderad|försvinner|forsvinner|deleted|erased|removed"
                                    + "|finns (det )?kvar|sparas (det )?kvar|kept)\\b"),
                    "Ett ärende som dras tillbaka får status %s; det raderas inte, och dess historik finns kvar.",
                    "An item that is withdrawn gets the status %s; it is not deleted, and its history is kept."),
            new Fact(
                    Pattern.compile("(?iuU)\\b(gallr\\w*|rensas|rensa|weed\\w*|purged?|e-?arkiv\\w*|arkivera\\w*"
                            + "|archiv\\w*|retention)\\b"),
                    "Inget rensas automatiskt: boten raderar inga ärenden, och gallring kräver ett beslut av nämnden eller arkivmyndigheten. Ett mötes ärenden (med historik), minnesanteckningar och uppföljning kan tas ut för diarium och arkiv.",
                    "Nothing is cleared out automatically: the bot deletes no items, and weeding (gallring) needs a decision by the board or the archive authority. A meeting's items (with their history), minutes and follow-up can be exported for the registry and the archive."),
            new Fact(
                    Pattern.compile(
                            "(?iuU)\\b(personnummer\\w*|personnr|samordningsnummer|identity numbers?|id numbers?"
                                    + "|känsliga uppgifter|kansliga uppgifter|sensitive (data|details)|personuppgift\\w*"
                                    + "|personal data|gdpr)\\b"),
                    "Skriv inga personnummer eller andra uppgifter om enskilda i ett ärende: det kan bli en allmän handling. Boten tar inte emot ett ärende med ett personnummer; skriv till exempel \"en brukare\" i stället.",
                    "Write no personal identity numbers (personnummer) or other details of individuals in an item: it can become a public record. The bot does not accept an item with a personal identity number; write, for example, \"a client\" instead."),
            new Fact(
                    Pattern.compile("(?iuU)\\b(privat\\w*|private|personlig\\w*|personal|hem)\\W+(\\w+\\W+){0,2}"
                            + "(mejl\\w*|mail\\w*|e-?post\\w*|e-?mail\\w*|adress\\w*|address\\w*|telefon\\w*|phone"
                            + "|nummer|number|kontakt\\w*|contact)\\b"),
                    "Registret ska bara ha tjänstekontaktuppgifter (arbetsmejl och id i Slack eller Teams), aldrig privata. Namn och roll visas i samband med uppdraget.",
                    "The register keeps official contact details only (work email and Slack or Teams ids), never private ones. Names and roles are shown with the role."));

    /** The facts the question names, if it names any. */
    static Optional<Reply> of(Utterance u) {
        if (!ABOUT_ITEMS_OR_RECORDS.matcher(u.text()).find()) {
            return Optional.empty();
        }
        Phrasing say = u.say();
        List<String> told = new ArrayList<>();
        for (Fact fact : FACTS) {
            if (fact.asked().matcher(u.text()).find()) {
                // The status as the item's own status names it (the only fact with a placeholder).
                told.add(say.say(fact.swedish(), fact.english())
                        .formatted(se.samverkansbot.agenda.ItemStatus.WITHDRAWN.label(say.language())));
            }
        }
        return told.isEmpty() ? Optional.empty() : Optional.of(Reply.plain(String.join("\n\n", told), u.language()));
    }
}
