package se.samverkansbot.commands;

import java.util.List;

import se.samverkansbot.chat.ConversationAddress;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.reminder.ForumChannels;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "koppla kanalen till länsledningen" in a Slack or Teams channel: notices and reminders for that forum go there from
 * now on. Only the forum's administrators may link or unlink.
 */
public final class ChannelCommands {
    private final ForumRoles roles;
    private final ForumChannels channels;

    public ChannelCommands(ForumRoles roles, ForumChannels channels) {
        this.roles = roles;
        this.channels = channels;
    }

    /** Links ({@code link}) or unlinks the channel the message was written in to the one forum named. */
    public Reply link(
            boolean link, Utterance u, List<ForumRef> named, RegisteredPerson asker, ConversationAddress where) {
        Phrasing say = u.say();
        if (where == null || where.direct() || where.platform() == Platform.WEB) {
            return Reply.plain(
                    say.say(
                            "Skriv det i den Slack- eller Teams-kanal som ska kopplas till forumet.",
                            "Write this in the Slack or Teams channel that should be linked to the forum."),
                    say.language());
        }
        if (named.size() != 1) {
            return Reply.plain(
                    say.say(
                            "Vilket forum? Skriv till exempel: koppla kanalen till länsledningen.",
                            "Which forum? Write for example: link this channel to Länsledning."),
                    say.language());
        }
        ForumRef forum = named.getFirst();
        if (!roles.administers(forum.structure().id(), forum.forum().id(), asker.id(), u.today())) {
            return Reply.plain(
                    say.say(
                                    "Bara forumets ordförande, sammankallande eller sekreterare kan koppla kanaler till %s.",
                                    "Only the forum's chair, convener or secretary can link channels to %s.")
                            .formatted(say.forum(forum)),
                    say.language());
        }
        Recipient channel = new Recipient(where.platform(), where.conversationId(), null);
        if (link) {
            channels.link(forum.structure().id(), forum.forum().id(), channel);
            return Reply.plain(
                    say.say(
                                    "Klart: kallelser och påminnelser för %s kommer hit.",
                                    "Done: notices and reminders for %s will come here.")
                            .formatted(say.forum(forum)),
                    say.language());
        }
        channels.unlink(forum.structure().id(), forum.forum().id(), channel);
        return Reply.plain(
                say.say(
                                "Klart: kanalen är inte längre kopplad till %s.",
                                "Done: the channel is no longer linked to %s.")
                        .formatted(say.forum(forum)),
                say.language());
    }
}
