package se.samverkansbot.reminder;

/** Who hears a reminder. */
public enum Audience {
    /** The channel linked to the forum. */
    CHANNEL,
    /** Every member with a seat, by direct message. */
    MEMBERS,
    /** Chair, vice chair, convener and secretary, by direct message. */
    ROLE_HOLDERS
}
