package se.samverkansbot.reminder;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.register.Register;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;

/**
 * Tells the forum's secretary (or else its convener, or else its chair) in the app when a reminder could
 * not be delivered, so someone can reach the person another way.
 */
public final class ReportFailedReminder implements Consumer<Reminder> {
    private static final Logger log = LoggerFactory.getLogger(ReportFailedReminder.class);
    private static final List<SeatRole> WHO_HEARS = List.of(SeatRole.SECRETARY, SeatRole.CONVENER, SeatRole.CHAIR);

    private final Supplier<Register> register;
    private final Inbox inbox;
    private final Clock clock;

    public ReportFailedReminder(Supplier<Register> register, Inbox inbox, Clock clock) {
        this.register = register;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public void accept(Reminder reminder) {
        log.warn("Reminder {} could not be delivered: {}", reminder.id(), reminder.note());
        List<Seat> seats = register.get()
                .structure(reminder.structureId())
                .map(s -> s.seatsIn(reminder.forumId()))
                .orElse(List.of());
        for (SeatRole role : WHO_HEARS) {
            List<String> people = seats.stream()
                    .filter(s -> s.role() == role && s.person() != null)
                    .map(Seat::person)
                    .toList();
            if (!people.isEmpty()) {
                String text = "En påminnelse om %s (%s) kunde inte levereras till %s via %s. Nå personen på annat sätt."
                        .formatted(
                                reminder.deadline().label(se.samverkansbot.register.Language.SWEDISH),
                                reminder.forumId(),
                                reminder.recipient().personId() != null
                                        ? reminder.recipient().personId()
                                        : reminder.recipient().address(),
                                reminder.recipient().platform());
                people.forEach(person -> inbox.deliver(
                        new Inbox.Message("failed|" + reminder.id() + "|" + person, person, text, clock.instant())));
                return;
            }
        }
    }
}
