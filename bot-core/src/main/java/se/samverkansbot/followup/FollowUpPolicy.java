package se.samverkansbot.followup;

import java.time.LocalTime;
import java.util.List;

/**
 * When the representatives of a principal that has not answered are reminded: so many days after the recommendation
 * was published, on the working day on or after, at {@code at}. The issue asks for a schedule each forum sets; until
 * the structure file has a key for it every forum has the standard one.
 */
public record FollowUpPolicy(List<Integer> daysAfter, LocalTime at) {
    public static final FollowUpPolicy STANDARD = new FollowUpPolicy(List.of(30, 60), LocalTime.of(9, 0));

    public FollowUpPolicy {
        daysAfter = List.copyOf(daysAfter);
    }
}
