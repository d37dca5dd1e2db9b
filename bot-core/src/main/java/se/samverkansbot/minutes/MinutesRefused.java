package se.samverkansbot.minutes;

import java.util.List;

import se.samverkansbot.register.Language;

/** A minutes request that was refused; nothing was saved. */
public class MinutesRefused extends RuntimeException {
    private final MinutesProblem problem;
    private final transient List<Object> arguments;

    public MinutesRefused(MinutesProblem problem, Object... arguments) {
        super(problem.say(Language.ENGLISH, arguments));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public MinutesProblem problem() {
        return problem;
    }

    public String say(Language language) {
        return problem.say(language, arguments.toArray());
    }
}
