package se.samverkansbot.register;

/** Something the bot can say in both its languages. */
public interface Bilingual {
    String label(Language language);

    static Bilingual of(String swedish, String english) {
        return language -> language == Language.SWEDISH ? swedish : english;
    }
}
