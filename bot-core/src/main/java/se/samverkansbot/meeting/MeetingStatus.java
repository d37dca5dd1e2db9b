package se.samverkansbot.meeting;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

public enum MeetingStatus implements Bilingual {
    PLANNED("planerat", "planned"),
    NOTICE_SENT("kallelse skickad", "notice sent"),
    HELD("genomfört", "held"),
    MINUTES_PUBLISHED("minnesanteckningar publicerade", "minutes published"),
    CANCELLED("inställt", "cancelled");

    private final String swedish;
    private final String english;

    MeetingStatus(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
