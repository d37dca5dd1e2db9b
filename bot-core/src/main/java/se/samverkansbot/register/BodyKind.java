package se.samverkansbot.register;

public enum BodyKind implements Bilingual {
    BOARD("nämnd", "board"),
    COMMITTEE("utskott", "committee"),
    ADMINISTRATION("förvaltning", "administration"),
    ASSEMBLY("fullmäktige", "assembly");

    private final String swedish;
    private final String english;

    BodyKind(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
