package se.samverkansbot.answers;

import java.util.Optional;
import java.util.regex.Pattern;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.understanding.Utterance;

/**
 * "Can I use this bot in Teams?", "finns boten i Slack?": where members reach the bot, which is how it is deployed (a
 * Slack app, a Teams bot, the web chat) and how those outside the chat are reached (email with calendar invitations).
 */
final class WhereTheBotIs {
    private WhereTheBotIs() {}

    private static final Pattern A_CHANNEL = Pattern.compile("(?iuU)\\b(teams|slack|webbchatt\\w*|web ?chat)\\b");

    /** The question is about the bot itself: "can I use", "finns du", "works in", "nå dig". */
    private static final Pattern ABOUT_THE_BOT =
            Pattern.compile("(?iuU)\\b(bot|boten|botten|dig|du|you|använda|anvanda|use|using|chatta)\\b");

    private static final Pattern NOT_IN_IT = Pattern.compile("(?iuU)\\b(inte|ej|utan|not|without|no)\\b");

    static Optional<Reply> of(Utterance u) {
        if (!A_CHANNEL.matcher(u.text()).find()
                || !ABOUT_THE_BOT.matcher(u.text()).find()
                // "Får jag kallelsen om jag inte har Teams?" is how things reach one outside the chat.
                || NOT_IN_IT.matcher(u.text()).find()) {
            return Optional.empty();
        }
        return Optional.of(Reply.plain(
                u.say()
                        .say(
                                "Du når mig i Slack och i Microsoft Teams: skriv till mig direkt, eller nämn mig i en kanal som är kopplad till ett forum. Det går också att chatta med mig på webben. Den som inte finns i Slack eller Teams får påminnelser, kallelser och mötesändringar med e-post, med kalenderinbjudan.",
                                "You reach me in Slack and in Microsoft Teams: write to me directly, or mention me in a channel linked to a forum. You can also chat with me on the web. Those who are not in Slack or Teams get reminders, notices and meeting changes by email, with a calendar invitation."),
                u.language()));
    }
}
