package se.samverkansbot.reminder;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import se.samverkansbot.meeting.DeadlineKind;

/**
 * A person mutes or unmutes their own reminders from a forum: all of them ({@code kind} null) or those of one
 * deadline. The one rule, used by the chat ("tysta påminnelser från …") and the workspace alike.
 */
public final class MuteReminders {
    private final Mutes mutes;

    public MuteReminders(Mutes mutes) {
        this.mutes = mutes;
    }

    /** What the person hears from the forum now: everything muted, or the kinds muted one by one. */
    public record State(boolean all, Set<DeadlineKind> kinds) {
        public State {
            kinds = Set.copyOf(kinds);
        }
    }

    public void mute(String personId, String structureId, String forumId, DeadlineKind kind) {
        if (kind == null) {
            mutes.mute(personId, structureId, forumId);
        } else {
            mutes.mute(personId, structureId, forumId, kind);
        }
    }

    public void unmute(String personId, String structureId, String forumId, DeadlineKind kind) {
        if (kind == null) {
            mutes.unmute(personId, structureId, forumId);
        } else {
            mutes.unmute(personId, structureId, forumId, kind);
        }
    }

    public boolean isMuted(String personId, String structureId, String forumId) {
        return mutes.isMuted(personId, structureId, forumId);
    }

    public State state(String personId, String structureId, String forumId) {
        boolean all = mutes.isMuted(personId, structureId, forumId);
        Set<DeadlineKind> kinds = EnumSet.noneOf(DeadlineKind.class);
        Arrays.stream(DeadlineKind.values())
                .filter(kind -> all || mutes.isMuted(personId, structureId, forumId, kind))
                .forEach(kinds::add);
        return new State(all, kinds);
    }
}
