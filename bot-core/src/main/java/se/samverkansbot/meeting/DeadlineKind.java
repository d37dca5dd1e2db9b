package se.samverkansbot.meeting;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

public enum DeadlineKind implements Bilingual {
    AGENDA_CUTOFF("sista dag för ärenden till dagordningen", "agenda item cut-off"),
    NOTICE("kallelsen skickas", "notice (kallelse) goes out"),
    MATERIAL("sista dag för handlingar", "material due"),
    MEETING("mötet", "the meeting"),
    MINUTES("minnesanteckningarna ska vara klara", "minutes due");

    private final String swedish;
    private final String english;

    DeadlineKind(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
