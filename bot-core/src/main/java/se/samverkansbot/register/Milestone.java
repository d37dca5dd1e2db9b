package se.samverkansbot.register;

import java.util.List;

/** A dated event from the documents: a recommendation, a joint meeting, a start or an end. */
public record Milestone(PartialDate date, String title, String description, List<String> forums) {
    public Milestone {
        forums = Lists.copy(forums);
    }
}
