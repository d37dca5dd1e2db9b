package se.samverkansbot.followup;

import java.time.LocalTime;
import java.util.List;

import se.samverkansbot.register.Forum;

/**
 * When the representatives of a principal that has not answered are reminded: so many days after the recommendation
 * was published, on the working day on or after, at {@code at}. A forum may set its own days in the structure file
 * ({@code followUpReminderDays}); otherwise these.
 */
public record FollowUpPolicy(List<Integer> daysAfter, LocalTime at) {
    public static final FollowUpPolicy STANDARD = new FollowUpPolicy(List.of(30, 60), LocalTime.of(9, 0));

    public FollowUpPolicy {
        daysAfter = List.copyOf(daysAfter);
    }

    /** The forum's own days when its structure file sets them, else this policy's. */
    public List<Integer> daysFor(Forum forum) {
        return forum == null || forum.followUpReminderDays().isEmpty() ? daysAfter : forum.followUpReminderDays();
    }
}
