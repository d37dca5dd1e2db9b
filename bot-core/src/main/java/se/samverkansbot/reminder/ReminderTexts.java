package se.samverkansbot.reminder;

import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import se.samverkansbot.conversation.Reply;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;

/** What a reminder says, in Swedish, naming forum, structure, deadline and meeting. */
public final class ReminderTexts {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'kl.' HH.mm", Language.SWEDISH.locale());

    private final Supplier<Register> register;

    public ReminderTexts(Supplier<Register> register) {
        this.register = register;
    }

    public Reply compose(Reminder reminder) {
        if (reminder.purpose() == Reminder.Purpose.MESSAGE) {
            return Reply.plain(reminder.message(), Language.SWEDISH);
        }
        String forum = register.get()
                .structure(reminder.structureId())
                .flatMap(s -> s.forum(reminder.forumId()).map(f -> name(f, s)))
                .orElse(reminder.forumId());
        String when = WHEN.format(reminder.due().atZone(DeadlineTemplate.SWEDEN));
        String text = switch (reminder.purpose()) {
            case MEETING_MOVED -> "Mötet i %s är flyttat till %s.".formatted(forum, when);
            case MEETING_CANCELLED -> "Mötet i %s %s är inställt.".formatted(forum, when);
            case MESSAGE -> reminder.message();
            case REMINDER ->
                reminder.deadline() == DeadlineKind.MEETING
                        ? "Påminnelse: möte i %s %s.".formatted(forum, when)
                        : "Påminnelse för %s: %s %s."
                                .formatted(forum, reminder.deadline().label(Language.SWEDISH), when);
        };
        return Reply.plain(text, Language.SWEDISH);
    }

    private static String name(Forum forum, Structure structure) {
        return forum.name() + " (" + structure.name() + ")";
    }
}
