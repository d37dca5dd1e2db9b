package se.samverkansbot.register;

import java.util.List;

/**
 * A dated event from the documents: a recommendation, a joint meeting, a start or an end.
 *
 * @param unrecorded what the documents leave unsaid of the event's outcome, for one they only plan or announce ("vad
 *     mötet beslutade", "vad RSR beslutade om förslaget"); null when they record what came of it or nothing is asked
 */
public record Milestone(PartialDate date, String title, String description, List<String> forums, String unrecorded) {
    public Milestone {
        forums = Lists.copy(forums);
    }

    public Milestone(PartialDate date, String title, String description, List<String> forums) {
        this(date, title, description, forums, null);
    }
}
