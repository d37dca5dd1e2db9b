package se.samverkansbot.register;

import java.util.List;

/**
 * The administrative support a structure has costed: which levels it serves, its tasks, and the cost lines.
 * Amounts are whole Swedish kronor a year.
 */
public record AdminSupport(
        List<String> covers, List<String> tasks, List<CostLine> costs, Long totalSek, String comment) {
    public AdminSupport {
        covers = Lists.copy(covers);
        tasks = Lists.copy(tasks);
        costs = Lists.copy(costs);
    }

    public record CostLine(String level, String resource, long amountSek) {}
}
