package se.samverkansbot.answering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.samverkansbot.agenda.AgendaRules;
import se.samverkansbot.answering.RegisterIndex.PersonInStructure;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.Reply;
import se.samverkansbot.reminder.ForumChannels;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.text.Words;

/**
 * "koppla kanalen till länsledningen" in a Slack or Teams channel: notices and reminders for that forum go
 * there from now on. Only the forum's chair, convener or secretary may link or unlink.
 */
final class ChannelCommands {
    private static final List<String> LINK = List.of(
            "koppla kanalen till",
            "koppla den har kanalen till",
            "link this channel to",
            "link channel to",
            "link the channel to");
    private static final List<String> UNLINK = List.of(
            "koppla bort kanalen fran",
            "koppla loss kanalen fran",
            "unlink this channel from",
            "unlink channel from",
            "unlink the channel from");

    private final QuestionAnswering answering;
    private final AgendaRules rules;
    private final ForumChannels channels;

    ChannelCommands(QuestionAnswering answering, AgendaRules rules, ForumChannels channels) {
        this.answering = answering;
        this.rules = rules;
        this.channels = channels;
    }

    Optional<Reply> handle(InboundMessage message) {
        String text = message.text() == null ? "" : message.text();
        String normalized = String.join(" ", Words.tokens(text));
        boolean link = LINK.stream().anyMatch(normalized::startsWith);
        boolean unlink = UNLINK.stream().anyMatch(normalized::startsWith);
        if (!link && !unlink) {
            return Optional.empty();
        }
        Phrasing say = new Phrasing(answering.language(text, message.languageHint()));
        if (message.address() == null
                || message.address().direct()
                || message.address().platform() == se.samverkansbot.conversation.Platform.WEB) {
            return Optional.of(Reply.plain(
                    say.say(
                            "Skriv det i den Slack- eller Teams-kanal som ska kopplas till forumet.",
                            "Write this in the Slack or Teams channel that should be linked to the forum."),
                    say.language()));
        }
        Optional<PersonInStructure> asker = answering.asker(message);
        if (asker.isEmpty()) {
            return Optional.of(PeopleAnswers.unknownAsker(say));
        }
        Question q = answering.understand(text, asker, say.language());
        List<ForumRef> forums =
                ForumSubject.of(q, answering.index().register().structures()).forums();
        if (forums.size() != 1) {
            return Optional.of(Reply.plain(
                    say.say(
                            "Vilket forum? Skriv till exempel: koppla kanalen till länsledningen.",
                            "Which forum? Write for example: link this channel to Länsledning."),
                    say.language()));
        }
        ForumRef forum = forums.getFirst();
        LocalDate today = q.today;
        if (!rules.isReviewer(
                forum.structure().id(), forum.forum().id(), asker.get().person().id(), today)) {
            return Optional.of(Reply.plain(
                    say.say(
                                    "Bara forumets ordförande, sammankallande eller sekreterare kan koppla kanaler till %s.",
                                    "Only the forum's chair, convener or secretary can link channels to %s.")
                            .formatted(say.forum(forum)),
                    say.language()));
        }
        Recipient channel =
                new Recipient(message.address().platform(), message.address().conversationId(), null);
        if (link) {
            channels.link(forum.structure().id(), forum.forum().id(), channel);
            return Optional.of(Reply.plain(
                    say.say(
                                    "Klart: kallelser och påminnelser för %s kommer hit.",
                                    "Done: notices and reminders for %s will come here.")
                            .formatted(say.forum(forum)),
                    say.language()));
        }
        channels.unlink(forum.structure().id(), forum.forum().id(), channel);
        return Optional.of(Reply.plain(
                say.say(
                                "Klart: kanalen är inte längre kopplad till %s.",
                                "Done: the channel is no longer linked to %s.")
                        .formatted(say.forum(forum)),
                say.language()));
    }
}
