package se.samverkansbot.register;

import java.time.LocalDate;
import java.util.List;

/**
 * A forum of a structure: the political forum, a presidium, the county leadership, a county coordination
 * group, a local group, a working or preparation group. Every forum only consults unless the file says
 * otherwise; decisions are taken by each principal.
 *
 * @param reportsTo   the forum above this one, if any
 * @param prepares    forums this (preparation) group prepares matters for
 * @param municipality the party id of the municipality, for local groups
 * @param replaces    a forum (usually ended) that this one replaced
 * @param validFrom   when it started, as precisely as known
 * @param validTo     when it ended, as precisely as known
 * @param isPublic    whether the public pages and the forum's open calendar feed show it (the default); a
 *                    structure file can say {@code public: false}, e.g. for a working group on individual cases
 * @param followUpReminderDays days after published minutes on which a principal that has not answered a
 *                    recommendation is reminded, ascending; empty for the standard schedule (30 and 60)
 * @param rhythm      its deadlines and reminders as the structure file sets them (its own over the structure's);
 *                    null when the file sets none, so the standard holds
 */
public record Forum(
        String id,
        String name,
        List<String> aliases,
        ForumLevel level,
        StrategicArea area,
        String municipality,
        String reportsTo,
        List<String> prepares,
        Mandate mandate,
        MeetingFrequency meets,
        String composition,
        PartialDate validFrom,
        PartialDate validTo,
        String replaces,
        boolean consultativeOnly,
        String note,
        LateItems lateItems,
        boolean isPublic,
        List<Integer> followUpReminderDays,
        ForumRhythm rhythm) {

    /** What happens to an agenda item that arrives after a meeting's cut-off. */
    public enum LateItems {
        /** It goes to the following meeting (the default). */
        NEXT_MEETING,
        /** It stays on the meeting, marked late, and the chair decides. */
        CHAIR_DECIDES
    }

    public Forum {
        aliases = Lists.copy(aliases);
        prepares = Lists.copy(prepares);
        lateItems = lateItems == null ? LateItems.NEXT_MEETING : lateItems;
        followUpReminderDays = Lists.copy(followUpReminderDays);
        rhythm = rhythm == null || rhythm.isStandard() ? null : rhythm;
    }

    /** A forum on the standard rhythm. */
    public Forum(
            String id,
            String name,
            List<String> aliases,
            ForumLevel level,
            StrategicArea area,
            String municipality,
            String reportsTo,
            List<String> prepares,
            Mandate mandate,
            MeetingFrequency meets,
            String composition,
            PartialDate validFrom,
            PartialDate validTo,
            String replaces,
            boolean consultativeOnly,
            String note,
            LateItems lateItems,
            boolean isPublic,
            List<Integer> followUpReminderDays) {
        this(
                id,
                name,
                aliases,
                level,
                area,
                municipality,
                reportsTo,
                prepares,
                mandate,
                meets,
                composition,
                validFrom,
                validTo,
                replaces,
                consultativeOnly,
                note,
                lateItems,
                isPublic,
                followUpReminderDays,
                null);
    }

    /** Whether the forum exists on {@code day}; a date known only to the year or month counts in full. */
    public boolean isActiveOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom.start()))
                && (validTo == null || !day.isAfter(validTo.end()));
    }
}
