package se.samverkansbot.register.file;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkansbot.register.ForumRhythm;
import se.samverkansbot.register.ForumRhythm.Counting;
import se.samverkansbot.register.ForumRhythm.DeadlineSetting;
import se.samverkansbot.register.ForumRhythm.ReminderSetting;
import se.samverkansbot.register.ForumRhythm.Step;

/**
 * Reads a {@code rhythm} block, the structure's or a forum's:
 *
 * <pre>
 * rhythm:
 *   deadlines:
 *     - {kind: agenda-cutoff, workingDaysBefore: 10, at: "09:00"}
 *     - {kind: notice, daysBefore: 7, at: "09:00"}
 *     - {kind: minutes, workingDaysAfter: 10, at: "16:00"}
 *   reminders:
 *     - {about: agenda-cutoff, daysBefore: [7, 1], to: [channel, members]}
 *   remindSubmitters: false
 * </pre>
 *
 * Each deadline has exactly one offset: before the meeting for items, notice and material, after it for the minutes.
 * Days are never negative. A reminder must be about a deadline the forum has (or the meeting).
 */
final class RhythmReading {
    /** The deadlines a file can set, in order: the meeting itself is not a deadline one sets. */
    private static final List<Step> DEADLINES = List.of(Step.AGENDA_CUTOFF, Step.NOTICE, Step.MATERIAL, Step.MINUTES);

    /** The keys that give a deadline's offset: one of them, in the direction of its step. */
    private static final List<String> OFFSETS =
            List.of("daysBefore", "workingDaysBefore", "daysAfter", "workingDaysAfter");

    /** The standard template's steps, for a reminder's check when a block leaves the deadlines out. */
    private static final Set<Step> STANDARD_STEPS = EnumSet.allOf(Step.class);

    private final Problems problems;

    RhythmReading(Problems problems) {
        this.problems = problems;
    }

    /** The block read over {@code defaults} (the structure's rhythm; null for none). */
    ForumRhythm read(YamlFields block, ForumRhythm defaults) {
        List<DeadlineSetting> deadlines = block.has("deadlines") ? deadlines(block) : null;
        List<Reminded> reminded = block.has("reminders") ? reminders(block) : null;
        Boolean remindSubmitters = block.has("remindSubmitters") ? block.bool("remindSubmitters", true) : null;
        block.rejectUnknownKeys();
        ForumRhythm rhythm = new ForumRhythm(
                        deadlines,
                        reminded == null
                                ? null
                                : reminded.stream().map(Reminded::setting).toList(),
                        remindSubmitters)
                .over(defaults);
        if (reminded != null) {
            reminded.stream()
                    .filter(r -> !steps(rhythm).contains(r.setting().about()))
                    .forEach(r -> problems.add(
                            r.line(),
                            ProblemKind.REMINDER_WITHOUT_DEADLINE,
                            word(r.setting().about()),
                            has(rhythm)));
        } else if (deadlines != null && rhythm.reminders() != null) {
            // The block drops a deadline that the reminders it inherits (the structure's) still name.
            rhythm.reminders().stream()
                    .map(ReminderSetting::about)
                    .filter(about -> !steps(rhythm).contains(about))
                    .distinct()
                    .forEach(about -> problems.add(
                            block.lineOf("deadlines"),
                            ProblemKind.REMINDER_WITHOUT_DEADLINE,
                            word(about),
                            has(rhythm)));
        }
        return rhythm;
    }

    private List<DeadlineSetting> deadlines(YamlFields block) {
        List<DeadlineSetting> settings = new ArrayList<>();
        Set<Step> seen = EnumSet.noneOf(Step.class);
        for (YamlFields fields : block.objects("deadlines")) {
            Step step = deadlineKind(fields);
            DeadlineSetting setting = step == null ? null : offset(fields, step);
            LocalTime at = fields.time("at");
            OFFSETS.forEach(fields::has); // known keys, even where an unknown kind left them unread
            fields.rejectUnknownKeys();
            if (setting == null) {
                continue;
            }
            if (!seen.add(step)) {
                problems.add(fields.lineOf("kind"), ProblemKind.DEADLINE_TWICE, word(step));
                continue;
            }
            settings.add(new DeadlineSetting(step, setting.days(), setting.counting(), at));
        }
        return settings;
    }

    private Step deadlineKind(YamlFields fields) {
        String text = fields.text("kind");
        if (text == null) {
            problems.add(fields.lineOf("kind"), ProblemKind.MISSING, "kind");
            return null;
        }
        Step step = step(text);
        if (step == null || !DEADLINES.contains(step)) {
            problems.add(fields.lineOf("kind"), ProblemKind.BAD_CHOICE, "kind", words(DEADLINES), text);
            return null;
        }
        return step;
    }

    /** The one offset a deadline has, in the direction its step allows. */
    private DeadlineSetting offset(YamlFields fields, Step step) {
        String direction = step.isAfterTheMeeting() ? "After" : "Before";
        String calendar = "days" + direction;
        String working = "workingDays" + direction;
        List<String> given = new ArrayList<>();
        for (String key : OFFSETS) {
            if (fields.has(key)) {
                given.add(key);
            }
        }
        if (given.size() != 1 || !(given.contains(calendar) || given.contains(working))) {
            problems.add(fields.line(), ProblemKind.DEADLINE_OFFSET, word(step), calendar, working);
            return null;
        }
        String key = given.get(0);
        Integer days = fields.integer(key);
        if (days == null) {
            return null;
        }
        if (days < 0) {
            problems.add(fields.lineOf(key), ProblemKind.NEGATIVE_DAYS, key, days);
            return null;
        }
        return new DeadlineSetting(
                step, days, key.startsWith("working") ? Counting.WORKING_DAYS : Counting.CALENDAR_DAYS, null);
    }

    /** A reminder as read, with its line for the check that its deadline exists. */
    private record Reminded(ReminderSetting setting, int line) {}

    private List<Reminded> reminders(YamlFields block) {
        List<Reminded> settings = new ArrayList<>();
        for (YamlFields fields : block.objects("reminders")) {
            Step about = fields.choice("about", Step.class, true);
            List<Integer> days = daysBefore(fields);
            if (!fields.has("to")) {
                problems.add(fields.line(), ProblemKind.MISSING, "to");
            }
            Set<ForumRhythm.Audience> to = audiences(fields);
            fields.rejectUnknownKeys();
            if (about != null && days != null && !to.isEmpty()) {
                settings.add(new Reminded(new ReminderSetting(about, days, to), fields.lineOf("about")));
            }
        }
        return settings;
    }

    private static Set<Step> steps(ForumRhythm rhythm) {
        if (rhythm.deadlines() == null) {
            return STANDARD_STEPS;
        }
        Set<Step> steps = EnumSet.of(Step.MEETING);
        rhythm.deadlines().forEach(d -> steps.add(d.step()));
        return steps;
    }

    private static String has(ForumRhythm rhythm) {
        return words(steps(rhythm).stream().filter(s -> s != Step.MEETING).toList());
    }

    private List<Integer> daysBefore(YamlFields fields) {
        if (!fields.has("daysBefore")) {
            problems.add(fields.line(), ProblemKind.MISSING, "daysBefore");
            return null;
        }
        List<Integer> days = new ArrayList<>();
        for (String text : fields.texts("daysBefore")) {
            try {
                int day = Integer.parseInt(text);
                if (day < 0) {
                    problems.add(fields.lineOf("daysBefore"), ProblemKind.NEGATIVE_DAYS, "daysBefore", day);
                    return null;
                }
                days.add(day);
            } catch (NumberFormatException e) {
                problems.add(fields.lineOf("daysBefore"), ProblemKind.EXPECTED_NUMBER, "daysBefore", text);
                return null;
            }
        }
        return days;
    }

    private Set<ForumRhythm.Audience> audiences(YamlFields fields) {
        Set<ForumRhythm.Audience> to = new LinkedHashSet<>();
        for (String text : fields.texts("to")) {
            ForumRhythm.Audience audience = constant(ForumRhythm.Audience.class, text);
            if (audience == null) {
                problems.add(
                        fields.lineOf("to"),
                        ProblemKind.BAD_CHOICE,
                        "to",
                        YamlFields.choices(ForumRhythm.Audience.class),
                        text);
            } else {
                to.add(audience);
            }
        }
        return to;
    }

    private static Step step(String text) {
        return constant(Step.class, text);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(wanted))
                .findFirst()
                .orElse(null);
    }

    private static String word(Step step) {
        return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String words(List<Step> steps) {
        return steps.stream().map(RhythmReading::word).collect(Collectors.joining(", "));
    }
}
