package se.samverkansbot.commands;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.reminder.MuteReminders;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "tysta påminnelser från länsledningen" / "mute reminders from …" and back ("slå på påminnelser från …" /
 * "unmute …"): a person's own reminders from the forums named stop, or start again. Anyone in the register may, for
 * themselves only. What is muted are the reminders of deadlines and meetings (see ReminderRelevance); messages about a
 * moved or cancelled meeting and the notice still arrive. Naming a kind — "tysta påminnelser om kallelse från …" /
 * "mute notice reminders from …" — mutes or unmutes only the reminders of that deadline.
 */
public final class MuteCommands {
    /** The words that name a kind of reminder, normalized (lower case, no diacritics), with their inflections. */
    private static final Map<DeadlineKind, Set<String>> KIND_WORDS = Map.of(
            DeadlineKind.AGENDA_CUTOFF,
                    Set.of(
                            "arende",
                            "arenden",
                            "arendet",
                            "arendena",
                            "arendestopp",
                            "dagordning",
                            "dagordningen",
                            "item",
                            "items",
                            "cutoff"),
            DeadlineKind.NOTICE, Set.of("kallelse", "kallelsen", "kallelser", "kallelserna", "notice", "notices"),
            DeadlineKind.MATERIAL,
                    Set.of("handling", "handlingar", "handlingarna", "underlag", "underlaget", "material", "papers"),
            DeadlineKind.MEETING,
                    Set.of("mote", "motet", "moten", "motena", "sammantrade", "sammantradet", "meeting", "meetings"),
            DeadlineKind.MINUTES,
                    Set.of("minnesanteckningar", "minnesanteckningarna", "protokoll", "protokollet", "minutes"));

    private final MuteReminders mutes;

    public MuteCommands(MuteReminders mutes) {
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
        Set<DeadlineKind> kinds = kindsNamed(u.words());
        if (!kinds.isEmpty()) {
            return muteKinds(mute, kinds, named, asker, say);
        }
        for (ForumRef forum : named) {
            if (mute) {
                mutes.mute(asker.id(), forum.structure().id(), forum.forum().id(), null);
            } else {
                mutes.unmute(asker.id(), forum.structure().id(), forum.forum().id(), null);
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

    private Reply muteKinds(
            boolean mute, Set<DeadlineKind> kinds, List<ForumRef> named, RegisteredPerson asker, Phrasing say) {
        boolean othersStayMuted = false;
        for (ForumRef forum : named) {
            String structure = forum.structure().id();
            String forumId = forum.forum().id();
            othersStayMuted |= !mute && mutes.isMuted(asker.id(), structure, forumId);
            for (DeadlineKind kind : kinds) {
                if (mute) {
                    mutes.mute(asker.id(), structure, forumId, kind);
                } else {
                    mutes.unmute(asker.id(), structure, forumId, kind);
                }
            }
        }
        String forums = named.stream().map(say::forum).collect(Collectors.joining(", "));
        String about =
                kinds.stream().map(kind -> about(kind, say)).collect(Collectors.joining(say.say(" och ", " and ")));
        if (mute) {
            return Reply.plain(
                    say.say(
                                    "Klart: du får inga påminnelser om %s från %s förrän du skriver ”slå på påminnelser "
                                            + "om %s från …”. Andra påminnelser kommer som vanligt.",
                                    "Done: you get no reminders about %s from %s until you write \"unmute reminders "
                                            + "about %s from …\". Other reminders still arrive.")
                            .formatted(about, forums, about),
                    say.language());
        }
        return Reply.plain(
                say.say(
                                        "Klart: du får påminnelser om %s från %s igen.",
                                        "Done: you get reminders about %s from %s again.")
                                .formatted(about, forums)
                        + (othersStayMuted
                                ? say.say(
                                        " Övriga påminnelser därifrån är fortfarande tysta.",
                                        " Other reminders from there stay muted.")
                                : ""),
                say.language());
    }

    /** The kinds of reminder the message names (an EnumSet: in the order of the deadlines). */
    static Set<DeadlineKind> kindsNamed(List<String> words) {
        Set<DeadlineKind> kinds = EnumSet.noneOf(DeadlineKind.class);
        KIND_WORDS.forEach((kind, named) -> {
            if (words.stream().anyMatch(named::contains)) {
                kinds.add(kind);
            }
        });
        return kinds;
    }

    private static String about(DeadlineKind kind, Phrasing say) {
        return switch (kind) {
            case AGENDA_CUTOFF -> say.say("ärenden till dagordningen", "agenda items");
            case NOTICE -> say.say("kallelsen", "the notice");
            case MATERIAL -> say.say("handlingarna", "the material");
            case MEETING -> say.say("mötet", "the meeting");
            case MINUTES -> say.say("minnesanteckningarna", "the minutes");
        };
    }
}
