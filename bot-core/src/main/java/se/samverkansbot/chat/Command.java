package se.samverkansbot.chat;

import org.jspecify.annotations.Nullable;

/**
 * What a button does. The core offers buttons with a command; adapters carry it to the platform and back through
 * {@link ActionCodec} and never look inside.
 */
public sealed interface Command {

    /** Ask a question again, with the thing a clarifying question offered picked ({@code pin}, a mention key). */
    record Ask(String question, @Nullable String pin) implements Command {}

    /** Carry out the proposed change waiting under this code. */
    record Confirm(String token) implements Command {}

    /** Drop the proposed change waiting under this code. */
    record Abort(String token) implements Command {}

    record AcceptItem(String itemId) implements Command {}

    /** Move an item to the forum's following meeting. */
    record MoveItem(String itemId) implements Command {}

    record WithdrawItem(String itemId) implements Command {}

    record ShowMyItems() implements Command {}

    record ShowItemsToReview() implements Command {}

    record ShowHelp() implements Command {}

    /** Show a meeting's minutes (the draft to its forum, published ones to anyone). */
    record ShowMinutes(String meetingId) implements Command {}

    /** Sign off (justera) a meeting's minutes as chair or adjuster. */
    record SignMinutes(String meetingId) implements Command {}

    record PublishMinutes(String meetingId) implements Command {}

    /** The follow-ups the person answers that are still open. */
    record ShowMyFollowUps() implements Command {}
}
