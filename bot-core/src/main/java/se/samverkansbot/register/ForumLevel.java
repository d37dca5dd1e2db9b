package se.samverkansbot.register;

public enum ForumLevel implements Bilingual {
    POLITICAL("politisk nivå", "political level"),
    STRATEGIC("strategisk nivå (länsledning)", "strategic level (county leadership)"),
    COUNTY_COORDINATION("länssamordning", "county coordination"),
    LOCAL("lokal nivå", "local level"),
    WORKING_GROUP("arbetsgrupp", "working group"),
    PREPARATION("beredning", "preparation group");

    private final String swedish;
    private final String english;

    ForumLevel(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
