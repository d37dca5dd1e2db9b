package se.samverkansbot.understanding;

import java.util.Set;

import se.samverkansbot.register.SeatRole;

/**
 * What a message asks or asks to be done, with the slots the recogniser filled. Questions are answered from the
 * register; commands act, after checking who may. The conversation dispatches these with one exhaustive switch.
 */
public sealed interface Intent {

    // --- Talking with the bot ---------------------------------------------------------------------------------
    record Help() implements Intent {}

    record Greeting() implements Intent {}

    record Thanks() implements Intent {}

    /** "How do I submit an item?": how to do something with the bot; {@code topic} null when none was recognised. */
    record HowTo(Topic topic) implements Intent {}

    /** Nothing recognisable is asked; the answer depends on what is named. */
    record About() implements Intent {}

    // --- Questions about the register and the meetings ------------------------------------------------------
    record MyForums() implements Intent {}

    record YearWheel() implements Intent {}

    record NextMeeting() implements Intent {}

    record AgendaOfMeeting() implements Intent {}

    record Deadlines() implements Intent {}

    record Frequency() implements Intent {}

    record Mandate() implements Intent {}

    record ReportsTo() implements Intent {}

    record Subordinates() implements Intent {}

    /** Who prepares a forum's matters: its preparation groups ("vem bereder SVOM:s möten?"). */
    record PreparedBy() implements Intent {}

    record Members() implements Intent {}

    record Represents() implements Intent {}

    /** "Who is the convener of the presidium?": the holders of roles, in the forums named or implied. */
    record RoleHolders(Set<SeatRole> roles) implements Intent {}

    record PersonInfo() implements Intent {}

    record Parties() implements Intent {}

    record Areas() implements Intent {}

    record Levels() implements Intent {}

    record History() implements Intent {}

    record Milestones() implements Intent {}

    record Abbreviation() implements Intent {}

    record AdminSupport() implements Intent {}

    /** Which source documents a structure rests on: title, date, kind, who issued them. */
    record Documents() implements Intent {}

    record Decisions() implements Intent {}

    // --- Commands ---------------------------------------------------------------------------------------------
    /** "nytt ärende till länsledningen: Rubrik – beskrivning". */
    record SubmitItem() implements Intent {}

    record MyItems() implements Intent {}

    record EditItem(String itemId) implements Intent {}

    record WithdrawItem(String itemId) implements Intent {}

    record ItemsToReview() implements Intent {}

    record AcceptItem(String itemId) implements Intent {}

    record MoveItem(String itemId) implements Intent {}

    record RejectItem(String itemId) implements Intent {}

    record PublishNotice() implements Intent {}

    record CreateMeeting() implements Intent {}

    record MoveMeeting() implements Intent {}

    record CancelMeeting() implements Intent {}

    /** "ny ledamot i länsledningen från 2027-01-01: Nora Nyström, Sundsvalls kommun". */
    record NewMember() implements Intent {}

    /** "efterträdare för Mats Ledamot i länsledningen från 2027-01-01: Nora Nyström". */
    record Successor() implements Intent {}

    record LinkChannel() implements Intent {}

    record UnlinkChannel() implements Intent {}

    /** "tysta påminnelser från länsledningen": the asker's own reminders from the forums named stop. */
    record MuteReminders() implements Intent {}

    /** "slå på påminnelser från länsledningen": they start again. */
    record UnmuteReminders() implements Intent {}
    /** "minnesanteckningar för styrgruppen": the minutes of the forum's last held meeting. */
    record MinutesOfMeeting() implements Intent {}

    /** "justera minnesanteckningarna för styrgruppen". */
    record SignMinutes() implements Intent {}

    /** "publicera minnesanteckningarna för styrgruppen". */
    record PublishMinutes() implements Intent {}

    /** "mina uppföljningar": the follow-ups the person answers that are still open. */
    record MyFollowUps() implements Intent {}

    /** "har Sundsvall beslutat om …?". */
    record PrincipalDecided() implements Intent {}

    /** "vilka huvudmän har inte beslutat om …?". */
    record UndecidedPrincipals() implements Intent {}

    /** "uppföljningsmatris för HälSam": recommendation × principal. */
    record FollowUpMatrix() implements Intent {}

    /** "vad rekommenderade länsledningen 2027?": a structure's or forum's recommendations in a period. */
    record Recommendations() implements Intent {}

    record Confirm(String token) implements Intent {}

    record Abort(String token) implements Intent {}

    /** What a how-to question is about: one area of the bot's commands. */
    enum Topic {
        SUBMIT_ITEM,
        MY_ITEMS,
        REVIEW_ITEMS,
        NOTICE,
        MEETINGS,
        MINUTES,
        FOLLOW_UPS,
        REMINDERS,
        /** What reaches people by email and into their calendars, outside the chat. */
        EMAIL_AND_CALENDAR,
        CHANNEL,
        REGISTER
    }
}
