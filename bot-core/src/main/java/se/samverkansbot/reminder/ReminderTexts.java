package se.samverkansbot.reminder;

import java.util.function.Supplier;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.wording.Wording;

/**
 * What a reminder says, naming forum, structure, deadline and meeting, in the recipient's language as the register
 * knows it (Swedish for channels and for people whose language it does not know). A composed message (an item's
 * outcome, a notice) was already worded for its recipient when it was planned.
 */
public final class ReminderTexts {
    private final Supplier<Register> register;

    public ReminderTexts(Supplier<Register> register) {
        this.register = register;
    }

    public Reply compose(Reminder reminder) {
        Language language = languageOf(reminder);
        if (reminder.purpose() == Reminder.Purpose.MESSAGE) {
            return Reply.plain(reminder.message(), language);
        }
        String forum = register.get()
                .structure(reminder.structureId())
                .flatMap(s -> s.forum(reminder.forumId()).map(f -> f.name() + " (" + s.name() + ")"))
                .orElse(reminder.forumId());
        var when = Wording.dateTime(reminder.due());
        String text = switch (reminder.purpose()) {
            case MEETING_MOVED -> Wording.text(language, "meeting.moved", forum, when);
            case MEETING_CANCELLED -> Wording.text(language, "meeting.cancelled", forum, when);
            case MESSAGE -> reminder.message();
            case REMINDER ->
                reminder.deadline() == DeadlineKind.MEETING
                        ? Wording.text(language, "reminder.meeting", forum, when)
                        : Wording.text(language, "reminder.deadline", forum, reminder.deadline(), when);
        };
        return Reply.plain(text, language);
    }

    private Language languageOf(Reminder reminder) {
        String person = reminder.recipient().personId();
        return person == null
                ? Language.SWEDISH
                : register.get()
                        .person(reminder.structureId(), person)
                        .map(RegisteredPerson::language)
                        .orElse(Language.SWEDISH);
    }
}
