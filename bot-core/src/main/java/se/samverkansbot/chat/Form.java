package se.samverkansbot.chat;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A form a person filled in on a platform (a Slack modal, a Teams card, a web form), with its typed fields. */
public sealed interface Form {

    /**
     * A new agenda item.
     *
     * @param meetingDay the day of the meeting the member wants it on; null for the next open meeting
     * @param kind one of the kind codes the core offers ({@code information}, {@code samrad}, {@code beredning},
     *     {@code uppfoljning}); null for information
     * @param description optional
     * @param link optional
     */
    record AgendaItemDraft(
            String structureId,
            String forumId,
            @Nullable LocalDate meetingDay,
            String title,
            @Nullable String kind,
            @Nullable String description,
            @Nullable String link)
            implements Form {}

    /**
     * One agenda item's entry in a meeting's minutes.
     *
     * @param outcome one of the outcome codes the core offers ({@code noted}, {@code consulted}, {@code
     *     recommendation}, {@code carried}, {@code raised})
     * @param text the views (consulted) or the recommended text (recommendation); optional otherwise
     * @param raisedTo the forum id the item is raised to (raised)
     */
    record MinutesItem(
            String meetingId,
            String itemId,
            @Nullable String note,
            String outcome,
            @Nullable String text,
            @Nullable String raisedTo)
            implements Form {}

    /**
     * The attendance of a meeting, seat by seat, and the adjuster.
     *
     * @param adjusterId the member who signs off with the chair; null to leave as it is
     */
    record MinutesAttendance(
            String meetingId,
            java.util.List<SeatAttendance> seats,
            @Nullable String adjusterId) implements Form {
        public MinutesAttendance {
            seats = seats == null ? java.util.List.of() : java.util.List.copyOf(seats);
        }
    }

    /**
     * One seat's attendance.
     *
     * @param seat the seat id or its holder's person id
     * @param attendance {@code present}, {@code deputy} or {@code absent}
     * @param deputy who came instead (deputy)
     */
    record SeatAttendance(
            String seat, String attendance, @Nullable String deputy) {}

    /**
     * A principal's answer to a follow-up.
     *
     * @param status {@code decided}, {@code on-agenda} or {@code not-to-be-decided}
     * @param outcome {@code adopted}, {@code adopted-with-changes} or {@code not-adopted} (decided)
     */
    record FollowUpAnswer(
            String followUpId,
            String status,
            @Nullable LocalDate date,
            @Nullable String body,
            @Nullable String outcome,
            @Nullable String link,
            @Nullable String note)
            implements Form {}
}
