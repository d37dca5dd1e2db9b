package se.samverkansbot.reminder;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.Register;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.wording.Wording;

/**
 * Tells the forum's secretary (or else its convener, or else its chair, as {@link ForumRoles} decides) when a
 * reminder could not be delivered, so someone can reach the person another way. The report goes through the same
 * delivery, to every platform the secretary is on; a report that itself fails is only logged, so a broken platform
 * cannot make reports about reports.
 */
public final class ReportFailedReminder implements Consumer<Reminder> {
    private static final Logger log = LoggerFactory.getLogger(ReportFailedReminder.class);
    private static final String ABOUT = "failed|";

    private final Supplier<Register> register;
    private final ForumRoles roles;
    private final TellPeople tell;
    private final Clock clock;

    public ReportFailedReminder(Supplier<Register> register, ForumRoles roles, TellPeople tell, Clock clock) {
        this.register = register;
        this.roles = roles;
        this.tell = tell;
        this.clock = clock;
    }

    @Override
    public void accept(Reminder reminder) {
        log.warn("Reminder {} could not be delivered: {}", reminder.id(), reminder.note());
        if (reminder.id().contains(ABOUT)) {
            return;
        }
        List<String> told =
                roles.whoHearsProblems(reminder.structureId(), reminder.forumId(), SwedishTime.today(clock));
        String forum = register.get()
                .structure(reminder.structureId())
                .flatMap(s -> s.forum(reminder.forumId()))
                .map(f -> f.name())
                .orElse(reminder.forumId());
        String recipient = reminder.recipient().personId() == null
                ? reminder.recipient().address()
                : register.get()
                        .person(reminder.structureId(), reminder.recipient().personId())
                        .map(p -> p.person().name())
                        .orElse(reminder.recipient().personId());
        tell.people(
                reminder.structureId(),
                reminder.forumId(),
                reminder.meetingId(),
                told,
                ABOUT + reminder.id(),
                Wording.of(
                        "report.failed-delivery",
                        reminder.deadline(),
                        forum,
                        recipient,
                        reminder.recipient().platform()));
    }
}
