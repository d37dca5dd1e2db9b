package se.samverkansbot.register;

public enum SeatRole implements Bilingual {
    CHAIR("ordförande", "chair"),
    VICE_CHAIR("vice ordförande", "vice chair"),
    CONVENER("sammankallande", "convener"),
    MEMBER("ledamot", "member"),
    DEPUTY("ersättare", "deputy"),
    SECRETARY("sekreterare", "secretary"),
    CO_OPTED("adjungerad", "co-opted"),
    OFFICIAL_SUPPORT("tjänstepersonsstöd", "official support");

    private final String swedish;
    private final String english;

    SeatRole(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
