package se.samverkansbot.agenda;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import se.samverkansbot.reminder.RecipientDirectory;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.Reminders;

/** Sends a composed message to people and channels through the once-only delivery, so a retry tells nobody twice. */
public final class TellPeople {
    private final Reminders reminders;
    private final RecipientDirectory directory;
    private final Clock clock;

    public TellPeople(Reminders reminders, RecipientDirectory directory, Clock clock) {
        this.reminders = reminders;
        this.directory = directory;
        this.clock = clock;
    }

    /** Tells each person (on every platform they can be reached on), keyed by {@code about} so it goes once. */
    public void people(
            String structureId,
            String forumId,
            String meetingId,
            Collection<String> personIds,
            String about,
            String text) {
        List<Reminder> messages = personIds.stream()
                .distinct()
                .flatMap(person -> directory.person(structureId, person).stream())
                .map(recipient ->
                        Reminder.message(about, structureId, forumId, meetingId, clock.instant(), recipient, text))
                .toList();
        reminders.plan(messages);
    }

    /** Tells the forum's linked channels. */
    public void channels(String structureId, String forumId, String meetingId, String about, String text) {
        reminders.plan(directory.channels(structureId, forumId).stream()
                .map(recipient ->
                        Reminder.message(about, structureId, forumId, meetingId, clock.instant(), recipient, text))
                .toList());
    }
}
