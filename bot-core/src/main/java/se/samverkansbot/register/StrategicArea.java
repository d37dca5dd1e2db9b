package se.samverkansbot.register;

/** The strategic areas both structures organise around. */
public enum StrategicArea implements Bilingual {
    CHILDREN_AND_YOUNG_PEOPLE("Barn och unga", "Children and young people"),
    ADULTS("Vuxna", "Adults"),
    OLDER_PEOPLE("Äldre", "Older people"),
    ALL("Alla områden", "All areas");

    private final String swedish;
    private final String english;

    StrategicArea(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
