package se.samverkansbot.email;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;
import se.samverkansbot.reminder.Reminder;

/** The kinds of email someone can stop one at a time with the one-click link (List-Unsubscribe). */
public enum EmailKind implements Bilingual {
    /** Reminders before deadlines and meetings. */
    REMINDERS("påminnelser inför deadlines och möten", "reminders before deadlines and meetings"),
    /** Notices (kallelser) with their invitations, moved and cancelled meetings, published minutes. */
    MEETINGS("kallelser, mötesändringar och minnesanteckningar", "notices, meeting changes and minutes"),
    /** Other messages, such as the outcome of an agenda item. */
    MESSAGES("övriga meddelanden, t.ex. besked om ärenden", "other messages, such as news of agenda items");

    /** The start of the delivery key of a published notice ({@code PublishNotice} tells people "notice|<meeting>"). */
    static final String NOTICE_KEY = "MESSAGE|notice|";

    /** The start of the delivery key minutes are to be sent with ("minutes|<meeting>"), when minutes exist. */
    static final String MINUTES_KEY = "MESSAGE|minutes|";

    private final String swedish;
    private final String english;

    EmailKind(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }

    public static EmailKind of(Reminder reminder) {
        return switch (reminder.purpose()) {
            case REMINDER -> REMINDERS;
            case MEETING_MOVED, MEETING_CANCELLED -> MEETINGS;
            case MESSAGE -> isNotice(reminder) || isMinutes(reminder) ? MEETINGS : MESSAGES;
        };
    }

    static boolean isNotice(Reminder reminder) {
        return reminder.purpose() == Reminder.Purpose.MESSAGE && reminder.id().startsWith(NOTICE_KEY);
    }

    static boolean isMinutes(Reminder reminder) {
        return reminder.purpose() == Reminder.Purpose.MESSAGE && reminder.id().startsWith(MINUTES_KEY);
    }
}
