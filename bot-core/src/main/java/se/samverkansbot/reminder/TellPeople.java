package se.samverkansbot.reminder;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisteredPerson;

/**
 * Sends a composed message to people and channels through the once-only delivery, so a retry tells nobody twice.
 * Each person gets it in their own language as the register knows it (Swedish when it does not); channels, shared
 * by everyone in a forum, get Swedish.
 */
public final class TellPeople {
    private final Reminders reminders;
    private final RecipientDirectory directory;
    private final Supplier<Register> register;
    private final Clock clock;

    public TellPeople(Reminders reminders, RecipientDirectory directory, Supplier<Register> register, Clock clock) {
        this.reminders = reminders;
        this.directory = directory;
        this.register = register;
        this.clock = clock;
    }

    /** Tells each person (on every platform they can be reached on), keyed by {@code about} so it goes once. */
    public void people(
            String structureId,
            String forumId,
            String meetingId,
            Collection<String> personIds,
            String about,
            Bilingual text) {
        List<Reminder> messages = personIds.stream()
                .distinct()
                .flatMap(person -> {
                    String said = text.label(languageOf(structureId, person));
                    return directory.person(structureId, person).stream()
                            .map(recipient -> Reminder.message(
                                    about, structureId, forumId, meetingId, clock.instant(), recipient, said));
                })
                .toList();
        reminders.plan(messages);
    }

    /** Tells the forum's linked channels. */
    public void channels(String structureId, String forumId, String meetingId, String about, Bilingual text) {
        String said = text.label(Language.SWEDISH);
        reminders.plan(directory.channels(structureId, forumId).stream()
                .map(recipient ->
                        Reminder.message(about, structureId, forumId, meetingId, clock.instant(), recipient, said))
                .toList());
    }

    private Language languageOf(String structureId, String personId) {
        return register.get()
                .person(structureId, personId)
                .map(RegisteredPerson::language)
                .orElse(Language.SWEDISH);
    }
}
