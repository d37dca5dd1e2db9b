package se.samverkansbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.Structure;
import se.samverkansbot.time.SwedishTime;

/**
 * Turns a meeting's deadlines into reminders. A reminder goes out on a working day within office hours:
 * "N days before" that lands on a weekend or holiday moves to the working day before, never into the weekend;
 * only a reminder on the deadline's own day may follow the deadline outside office hours.
 */
public final class PlanReminders {

    private final Reminders reminders;
    private final RecipientDirectory directory;
    private final Supplier<Register> register;
    private final WorkingDays workingDays;

    public PlanReminders(
            Reminders reminders, RecipientDirectory directory, Supplier<Register> register, WorkingDays workingDays) {
        this.reminders = reminders;
        this.directory = directory;
        this.register = register;
        this.workingDays = workingDays;
    }

    /** Plans the reminders of one meeting that are still ahead of {@code now}; returns how many were new. */
    public int plan(Meeting meeting, ReminderPolicy policy, Instant now) {
        return reminders.plan(remindersFor(meeting, policy, now));
    }

    /** The reminders one meeting should have that are still ahead of {@code now}, without storing them. */
    public List<Reminder> remindersFor(Meeting meeting, ReminderPolicy policy, Instant now) {
        List<Reminder> planned = new ArrayList<>();
        // Rules often share an audience; each audience is looked up once per meeting (the nightly re-plan asks for
        // every coming meeting of every forum).
        Map<Set<Audience>, Set<Recipient>> byAudience = new HashMap<>();
        for (ReminderPolicy.Rule rule : policy.rules()) {
            for (Deadline deadline : meeting.deadlines()) {
                if (deadline.kind() != rule.deadline()) {
                    continue;
                }
                Set<Recipient> recipients =
                        byAudience.computeIfAbsent(rule.audiences(), audiences -> recipients(meeting, audiences));
                for (int days : rule.daysBefore()) {
                    Instant sendAt = sendTime(deadline.due(), days, policy);
                    if (!sendAt.isAfter(now) || !sendAt.isBefore(deadline.due())) {
                        continue;
                    }
                    recipients.forEach(recipient -> planned.add(Reminder.planned(
                            meeting.structureId(),
                            meeting.forumId(),
                            meeting.id(),
                            deadline.kind(),
                            deadline.due(),
                            sendAt,
                            recipient)));
                }
            }
        }
        return planned;
    }

    /** {@code days} before the deadline's day at the policy's hour, on a working day, inside office hours. */
    Instant sendTime(Instant due, int days, ReminderPolicy policy) {
        ZonedDateTime deadline = due.atZone(SwedishTime.ZONE);
        LocalDate day = workingDays.onOrBefore(deadline.toLocalDate().minusDays(days));
        LocalTime at = policy.at();
        if (day.equals(deadline.toLocalDate()) && !deadline.toLocalTime().isAfter(at)) {
            // Same day and the deadline is early: remind the working day before, at the end of office hours.
            day = workingDays.onOrBefore(day.minusDays(1));
            at = policy.officeEnd().minusHours(1);
        }
        return ZonedDateTime.of(day, at, SwedishTime.ZONE).toInstant();
    }

    /** Tells the forum's channel and members about a change to a meeting, now, through the once-only delivery. */
    public int announce(Meeting meeting, Reminder.Purpose purpose, Instant now) {
        Set<Recipient> recipients = recipients(meeting, Set.of(Audience.CHANNEL, Audience.MEMBERS));
        List<Reminder> notices = recipients.stream()
                .map(recipient -> Reminder.notice(
                        purpose,
                        meeting.structureId(),
                        meeting.forumId(),
                        meeting.id(),
                        DeadlineKind.MEETING,
                        meeting.start(),
                        now,
                        recipient))
                .toList();
        return reminders.plan(notices);
    }

    private Set<Recipient> recipients(Meeting meeting, Set<Audience> audiences) {
        Set<Recipient> recipients = new LinkedHashSet<>();
        Structure structure = register.get().structure(meeting.structureId()).orElse(null);
        if (structure == null) {
            return recipients;
        }
        LocalDate day = meeting.start().atZone(SwedishTime.ZONE).toLocalDate();
        List<Seat> seats = structure.seatsOn(meeting.forumId(), day).stream()
                .filter(seat -> seat.person() != null)
                .toList();
        if (audiences.contains(Audience.CHANNEL)) {
            recipients.addAll(directory.channels(meeting.structureId(), meeting.forumId()));
        }
        for (Seat seat : seats) {
            boolean member = audiences.contains(Audience.MEMBERS);
            boolean roleHolder =
                    audiences.contains(Audience.ROLE_HOLDERS) && ForumRoles.LEADERSHIP.contains(seat.role());
            if (member || roleHolder) {
                recipients.addAll(directory.person(meeting.structureId(), seat.person()));
            }
        }
        return recipients;
    }
}
