package se.samverkansbot.commands;

import java.util.List;
import java.util.stream.Collectors;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.reminder.Mutes;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "tysta påminnelser från länsledningen" / "mute reminders from …" and back ("slå på påminnelser från …" /
 * "unmute …"): a person's own reminders from the forums named stop, or start again. Anyone in the register may, for
 * themselves only. What is muted are the reminders of deadlines and meetings (see ReminderRelevance); messages about a
 * moved or cancelled meeting and the notice still arrive.
 */
public final class MuteCommands {
    private final Mutes mutes;

    public MuteCommands(Mutes mutes) {
        this.mutes = mutes;
    }

    /** Mutes ({@code mute}) or unmutes reminders from every forum named, for the asker. */
    public Reply mute(boolean mute, Utterance u, List<ForumRef> named, RegisteredPerson asker) {
        Phrasing say = u.say();
        if (named.isEmpty()) {
            return Reply.plain(
                    mute
                            ? say.say(
                                    "Från vilket forum? Skriv till exempel: tysta påminnelser från länsledningen.",
                                    "From which forum? Write for example: mute reminders from Länsledning.")
                            : say.say(
                                    "Från vilket forum? Skriv till exempel: slå på påminnelser från länsledningen.",
                                    "From which forum? Write for example: unmute reminders from Länsledning."),
                    say.language());
        }
        for (ForumRef forum : named) {
            if (mute) {
                mutes.mute(asker.id(), forum.structure().id(), forum.forum().id());
            } else {
                mutes.unmute(asker.id(), forum.structure().id(), forum.forum().id());
            }
        }
        String forums = named.stream().map(say::forum).collect(Collectors.joining(", "));
        return Reply.plain(
                mute
                        ? say.say(
                                        "Klart: du får inga påminnelser från %s förrän du skriver "
                                                + "”slå på påminnelser från …”. Kallelser och besked om flyttade "
                                                + "eller inställda möten kommer som vanligt.",
                                        "Done: you get no reminders from %s until you write \"unmute reminders "
                                                + "from …\". Notices and news of moved or cancelled meetings still "
                                                + "arrive.")
                                .formatted(forums)
                        : say.say("Klart: du får påminnelser från %s igen.", "Done: you get reminders from %s again.")
                                .formatted(forums),
                say.language());
    }
}
