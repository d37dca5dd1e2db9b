package se.samverkansbot.register;

public enum PartyKind implements Bilingual {
    REGION("region", "region"),
    MUNICIPALITY("kommun", "municipality"),
    ASSOCIATION_OF_MUNICIPALITIES("kommunförbund", "association of municipalities");

    private final String swedish;
    private final String english;

    PartyKind(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
