package se.samverkansbot.reminder;

import se.samverkansbot.register.ForumRhythm;

/** Who hears a reminder. */
public enum Audience {
    /** The channel linked to the forum. */
    CHANNEL,
    /** Every member with a seat, by direct message. */
    MEMBERS,
    /** Chair, vice chair, convener and secretary, by direct message. */
    ROLE_HOLDERS;

    /** The audience a structure file's rhythm names. */
    static Audience of(ForumRhythm.Audience named) {
        return switch (named) {
            case CHANNEL -> CHANNEL;
            case MEMBERS -> MEMBERS;
            case ROLE_HOLDERS -> ROLE_HOLDERS;
        };
    }
}
