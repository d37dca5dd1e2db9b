package se.samverkansbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.SmallForum;

/** Which reminders a meeting gets, to whom, and when: working days, office hours, Swedish time. */
class PlanRemindersTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private final WorkingDays workingDays = new WorkingDays();
    private final MongoReminders reminders = new MongoReminders(mongo.freshDatabase());
    private final PlanReminders planner =
            new PlanReminders(reminders, SmallForum.DIRECTORY, () -> SmallForum.REGISTER, workingDays);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void plans_each_deadline_for_its_audience_at_nine_on_working_days() {
        // Tuesday 12 January 2027, 09:00.
        Meeting meeting = meeting(Instant.parse("2027-01-12T08:00:00Z"));

        assertThat(planner.plan(meeting, ReminderPolicy.standard(), NOW))
                .as("2×4 cut-off + 2 notice + 2 material + 2×4 meeting + 2 minutes")
                .isEqualTo(22);

        List<Reminder> planned = reminders.ofMeeting("m1");
        assertThat(planned)
                .filteredOn(r -> r.deadline() == DeadlineKind.AGENDA_CUTOFF)
                .extracting(Reminder::sendAt)
                .containsOnly(
                        Instant.parse("2026-12-22T08:00:00Z"), // a week before Tuesday 29 Dec
                        Instant.parse("2026-12-28T08:00:00Z")); // the day before
        assertThat(planned)
                .filteredOn(r -> r.deadline() == DeadlineKind.NOTICE)
                .extracting(r -> r.recipient().personId())
                .containsExactlyInAnyOrder("ordf", "sekr");
        assertThat(planned)
                .filteredOn(r -> r.deadline() == DeadlineKind.MEETING)
                .extracting(r -> r.recipient().address())
                .contains("C-grupp", "D-led")
                .doesNotContain("D-forra");
        assertThat(planned).allSatisfy(r -> assertThat(r.sendAt()).isBefore(r.due()));
    }

    @Test
    void planning_again_adds_nothing() {
        Meeting meeting = meeting(Instant.parse("2027-01-12T08:00:00Z"));
        planner.plan(meeting, ReminderPolicy.standard(), NOW);
        assertThat(planner.plan(meeting, ReminderPolicy.standard(), NOW)).isZero();
    }

    @Test
    void a_reminder_that_would_fall_on_a_weekend_or_holiday_goes_the_working_day_before() {
        // Deadline Monday 28 Dec 2026: the day before is a Sunday after juldagarna and julafton: Wednesday 23 Dec.
        assertThat(planner.sendTime(Instant.parse("2026-12-28T11:00:00Z"), 1, ReminderPolicy.standard()))
                .isEqualTo(Instant.parse("2026-12-23T08:00:00Z"));
        // Deadline Monday 7 June 2027: Sunday 6 June is nationaldagen and a Sunday: Friday 4 June at 09:00 summer time.
        assertThat(planner.sendTime(Instant.parse("2027-06-07T10:00:00Z"), 1, ReminderPolicy.standard()))
                .isEqualTo(Instant.parse("2027-06-04T07:00:00Z"));
    }

    @Test
    void a_same_day_reminder_for_an_early_deadline_goes_out_the_evening_before_in_office_hours() {
        assertThat(planner.sendTime(Instant.parse("2027-01-13T07:00:00Z"), 0, ReminderPolicy.standard()))
                .as("deadline 08:00 Wednesday: Tuesday 16:00")
                .isEqualTo(Instant.parse("2027-01-12T15:00:00Z"));
    }

    @Test
    void reminders_whose_time_has_already_passed_are_not_planned() {
        Meeting soon = meeting(NOW.plus(Duration.ofDays(3)));
        planner.plan(
                soon,
                new ReminderPolicy(
                        List.of(new ReminderPolicy.Rule(DeadlineKind.MEETING, List.of(7, 1), Set.of(Audience.CHANNEL))),
                        LocalTime.of(9, 0),
                        LocalTime.of(8, 0),
                        LocalTime.of(17, 0)),
                NOW);

        assertThat(reminders.ofMeeting("m1"))
                .singleElement()
                .satisfies(r -> assertThat(r.sendAt()).isAfter(NOW));
    }

    private Meeting meeting(Instant start) {
        List<Deadline> deadlines = DeadlineTemplate.standard().deadlinesFor(start, workingDays);
        return new Meeting("m1", "test", "grupp", start, null, null, null, MeetingStatus.PLANNED, List.of(), deadlines);
    }
}
