package se.samverkansbot.chat;

/**
 * How much a person may write to the bot in one message, stated once; adapters refuse larger requests before they
 * reach the core, and the core answers a longer message politely instead of reading it.
 */
public final class ChatLimits {
    /** Characters in one message or question. An agenda item's longer description belongs in a form. */
    public static final int MESSAGE = 2000;

    private ChatLimits() {}
}
