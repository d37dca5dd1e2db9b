package se.samverkansbot.adapter.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.MeetingFrequency;
import se.samverkansbot.register.MeetingSchedule;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Structure;
import se.samverkansbot.reminder.MuteReminders;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.time.SwedishTime;

/**
 * What happens in a forum, as its workspace page shows it in the reader's language: its meetings, their minutes,
 * the messages that could not be delivered, and the reader's own muting of the forum's reminders. Built from the
 * core's answers, never stored.
 */
record ForumActivity(
        List<Fact> schedule,
        List<MeetingRow> coming,
        List<MeetingRow> held,
        List<MinutesRow> minutes,
        List<FailedRow> failed,
        boolean allMuted,
        List<KindRow> kinds) {

    /** One line of the forum's meeting schedule as the register has it. */
    record Fact(String label, String value) {}

    record MeetingRow(String date, String time, String place, String status, List<String> deadlines) {}

    record MinutesRow(String meetingDate, String edition, String status, String link) {}

    record FailedRow(String when, String to, String about, String reason) {}

    /** One kind of reminder, its form value and whether the reader muted it (or everything). */
    record KindRow(String value, String label, boolean muted) {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static ForumActivity of(
            Structure structure,
            Forum forum,
            List<Meeting> coming,
            List<Meeting> held,
            Function<String, Optional<Minutes>> minutesOf,
            List<Reminder> failed,
            MuteReminders.State muted,
            PublicLinks links,
            Language language) {
        Map<String, String> t = WorkspaceTexts.of(language);
        return new ForumActivity(
                schedule(forum.meets(), t),
                coming.stream().map(m -> meeting(m, language)).toList(),
                held.stream().map(m -> meeting(m, language)).toList(),
                held.stream()
                        .map(m -> minutesOf.apply(m.id()))
                        .flatMap(Optional::stream)
                        .map(m -> new MinutesRow(
                                SwedishTime.at(m.meetingStart()).format(DATE),
                                String.valueOf(m.edition()),
                                minutesStatus(m, t),
                                m.isPublished() ? links.minutes(m.meetingId()) + "?lang=" + t.get("lang") : null))
                        .toList(),
                failed.stream()
                        .map(r -> new FailedRow(
                                SwedishTime.at(r.sendAt()).format(WHEN),
                                r.recipient().personId() == null
                                        ? t.get("forumChannel")
                                        : structure
                                                .person(r.recipient().personId())
                                                .map(Person::name)
                                                .orElse(r.recipient().personId()),
                                r.purpose() == Reminder.Purpose.REMINDER
                                        ? r.deadline().label(language)
                                        : t.get("purpose" + r.purpose().name()),
                                r.note()))
                        .toList(),
                muted.all(),
                Arrays.stream(DeadlineKind.values())
                        .map(kind -> new KindRow(
                                value(kind), kind.label(language), muted.kinds().contains(kind)))
                        .toList());
    }

    /** How often the forum meets as the documents say it, and the secretary's plan, where the register has them. */
    private static List<Fact> schedule(MeetingFrequency meets, Map<String, String> t) {
        List<Fact> facts = new ArrayList<>();
        if (meets == null) {
            return facts;
        }
        if (meets.description() != null) {
            facts.add(new Fact(t.get("frequency"), meets.description()));
        } else if (meets.timesPerYear() != null) {
            facts.add(new Fact(t.get("frequency"), t.get("timesPerYear").formatted(meets.timesPerYear())));
        }
        MeetingSchedule plan = meets.schedule();
        if (plan != null) {
            if (plan.rule() != null) {
                facts.add(new Fact(t.get("recurrence"), plan.rule()));
            }
            if (plan.from() != null) {
                facts.add(new Fact(t.get("scheduleFrom"), plan.from().toString()));
            }
            if (!plan.dates().isEmpty()) {
                facts.add(new Fact(
                        t.get("singleDates"),
                        plan.dates().stream().map(LocalDate::toString).collect(Collectors.joining(", "))));
            }
            if (plan.at() != null) {
                facts.add(new Fact(
                        t.get("time"),
                        plan.at().format(TIME)
                                + (plan.minutes() == null
                                        ? ""
                                        : " " + t.get("minutesLong").formatted(plan.minutes()))));
            }
            if (plan.place() != null) {
                facts.add(new Fact(t.get("place"), plan.place()));
            }
            if (plan.link() != null) {
                facts.add(new Fact(t.get("link"), plan.link()));
            }
        }
        return facts;
    }

    /** Draft, being signed (justeras), signed by chair and adjuster but not out, or published. */
    private static String minutesStatus(Minutes minutes, Map<String, String> t) {
        if (minutes.isPublished()) {
            return t.get("minutesPublished");
        }
        if (minutes.signedAs("chair") && minutes.signedAs("adjuster")) {
            return t.get("minutesSigned");
        }
        return minutes.signOffs().isEmpty() ? t.get("minutesDraft") : t.get("minutesSigning");
    }

    /** The form value of a kind of reminder: its name in lower case with hyphens. */
    static String value(DeadlineKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static MeetingRow meeting(Meeting meeting, Language language) {
        return new MeetingRow(
                SwedishTime.at(meeting.start()).format(DATE),
                SwedishTime.at(meeting.start()).format(TIME),
                meeting.place(),
                meeting.status().label(language),
                meeting.deadlines().stream()
                        .filter(d -> d.kind() != DeadlineKind.MEETING)
                        .map(d -> d.kind().label(language) + ": "
                                + SwedishTime.at(d.due()).format(WHEN))
                        .toList());
    }
}
