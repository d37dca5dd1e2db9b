package se.samverkansbot.agenda;

import java.util.List;

import se.samverkansbot.register.Language;

/** An agenda request that was refused; nothing was saved. */
public class AgendaRefused extends RuntimeException {
    private final AgendaProblem problem;
    private final transient List<Object> arguments;

    public AgendaRefused(AgendaProblem problem, Object... arguments) {
        super(problem.say(Language.ENGLISH, arguments));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public AgendaProblem problem() {
        return problem;
    }

    public String say(Language language) {
        return problem.say(language, arguments.toArray());
    }
}
