package se.samverkansbot.register;

import java.util.List;

/** A forum's uppdrag: a summary and, where the documents list them, its tasks. */
public record Mandate(String summary, List<String> tasks) {
    public Mandate {
        tasks = Lists.copy(tasks);
    }
}
