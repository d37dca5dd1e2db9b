package se.samverkansbot.reminder;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.register.ForumRhythm;

/**
 * Which reminders a forum wants: per deadline, how many days before, to whom, at what time of day.
 *
 * @param at               the time of day reminders go out (office hours)
 * @param officeEnd        reminders are not sent after this time unless the deadline itself is later that day
 * @param remindSubmitters whether someone who has already submitted an item for a meeting still hears of its agenda
 *                         cut-off
 */
public record ReminderPolicy(
        List<Rule> rules, LocalTime at, LocalTime officeStart, LocalTime officeEnd, boolean remindSubmitters) {

    public record Rule(DeadlineKind deadline, List<Integer> daysBefore, Set<Audience> audiences) {
        public Rule {
            daysBefore = List.copyOf(daysBefore);
            audiences = Set.copyOf(audiences);
        }
    }

    public ReminderPolicy {
        rules = List.copyOf(rules);
    }

    /** A policy that reminds everyone of the cut-off, submitted or not. */
    public ReminderPolicy(List<Rule> rules, LocalTime at, LocalTime officeStart, LocalTime officeEnd) {
        this(rules, at, officeStart, officeEnd, true);
    }

    /**
     * A forum's policy as its structure file sets it: the reminders it lists and no others, and whether those who
     * submitted are spared the cut-off reminder; the standard for what it leaves out.
     */
    public static ReminderPolicy of(ForumRhythm rhythm) {
        ReminderPolicy standard = standard();
        if (rhythm == null) {
            return standard;
        }
        List<Rule> rules = rhythm.reminders() == null
                ? standard.rules()
                : rhythm.reminders().stream()
                        .map(setting -> new Rule(
                                DeadlineTemplate.kind(setting.about()),
                                setting.daysBefore(),
                                setting.to().stream().map(Audience::of).collect(Collectors.toSet())))
                        .toList();
        return new ReminderPolicy(
                rules,
                standard.at(),
                standard.officeStart(),
                standard.officeEnd(),
                rhythm.remindSubmitters() == null || rhythm.remindSubmitters());
    }

    /**
     * The default: members hear of the agenda cut-off a week and a day before and of the meeting a week and a
     * day before (the channel too); the chair, convener and secretary hear of the notice, material and minutes
     * the day before.
     */
    public static ReminderPolicy standard() {
        return new ReminderPolicy(
                List.of(
                        new Rule(DeadlineKind.AGENDA_CUTOFF, List.of(7, 1), Set.of(Audience.CHANNEL, Audience.MEMBERS)),
                        new Rule(DeadlineKind.NOTICE, List.of(1), Set.of(Audience.ROLE_HOLDERS)),
                        new Rule(DeadlineKind.MATERIAL, List.of(1), Set.of(Audience.ROLE_HOLDERS)),
                        new Rule(DeadlineKind.MEETING, List.of(7, 1), Set.of(Audience.CHANNEL, Audience.MEMBERS)),
                        new Rule(DeadlineKind.MINUTES, List.of(1), Set.of(Audience.ROLE_HOLDERS))),
                LocalTime.of(9, 0),
                LocalTime.of(8, 0),
                LocalTime.of(17, 0));
    }
}
