package se.samverkansbot.minutes;

import se.samverkansbot.register.Language;

/** Why a minutes request was refused, said in either language. */
public enum MinutesProblem {
    NO_SUCH_MEETING("Jag hittar inget sådant möte.", "I find no such meeting."),
    NOT_HELD_YET(
            "Mötet har inte hållits än; minnesanteckningar skrivs efter mötet.",
            "The meeting has not been held yet; minutes are written after it."),
    NO_MINUTES("Det finns inga minnesanteckningar för mötet än.", "There are no minutes for the meeting yet."),
    NOT_A_RECORDER(
            "Bara forumets sekreterare, sammankallande eller ordförande för minnesanteckningar i %s.",
            "Only the forum's secretary, convener or chair record minutes of %s."),
    NOT_A_READER(
            "Utkastet till minnesanteckningar i %s kan bara forumets ledamöter läsa tills det är publicerat.",
            "Only the members of %s can read the draft minutes until they are published."),
    NOT_A_SIGNER(
            "Bara ordföranden och den utsedda justeraren justerar minnesanteckningarna i %s.",
            "Only the chair and the named adjuster sign off the minutes of %s."),
    ALREADY_SIGNED("Du har redan justerat minnesanteckningarna.", "You have already signed off the minutes."),
    NOT_SIGNED(
            "Minnesanteckningarna ska justeras av både ordföranden och justeraren innan de publiceras.",
            "The chair and the adjuster both sign off the minutes before they are published."),
    NO_ADJUSTER("Ingen justerare är utsedd än.", "No adjuster is named yet."),
    ADJUSTER_NOT_MEMBER(
            "Justeraren måste vara ledamot i forumet: %s är det inte.",
            "The adjuster must be a member of the forum: %s is not."),
    PUBLISHED(
            "Minnesanteckningarna är publicerade och kan inte ändras. En rättelse blir en ny version med skäl: "
                    + "skriv \"rätta minnesanteckningar för …: skäl\".",
            "The minutes are published and cannot be changed. A correction is a new version with a reason."),
    NOT_PUBLISHED(
            "Minnesanteckningarna är inte publicerade; ändra utkastet i stället.",
            "The minutes are not published; change the draft instead."),
    NO_REASON("En rättelse behöver ett skäl.", "A correction needs a reason."),
    NO_SUCH_ITEM("Ärendet %s finns inte i minnesanteckningarna.", "Item %s is not in the minutes."),
    NO_SUCH_SEAT("Platsen %s fanns inte vid mötet.", "Seat %s was not held at the meeting."),
    UNKNOWN_OUTCOME(
            "Okänt utfall \"%s\": välj noted, consulted, recommendation, carried eller raised.",
            "Unknown outcome \"%s\": choose noted, consulted, recommendation, carried or raised."),
    NEEDS_TEXT(
            "En rekommendation behöver sin text: vad rekommenderas huvudmännen?",
            "A recommendation needs its text: what is recommended to the principals?"),
    NEEDS_FORUM("Ange vilket forum ärendet lyfts till.", "Say which forum the item is raised to."),
    RAISED_TO_ITSELF(
            "Ärendet ligger redan i %s: lyft det till ett annat forum, eller bordlägg det till nästa möte.",
            "The item is already in %s: raise it to another forum, or carry it to the next meeting."),
    UNKNOWN_FORUM("Forumet %s finns inte i strukturen.", "The forum %s is not in the structure."),
    CHANGED_MEANWHILE(
            "Någon ändrade minnesanteckningarna samtidigt; försök igen.",
            "Someone changed the minutes at the same time; try again.");

    private final String swedish;
    private final String english;

    MinutesProblem(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    public String say(Language language, Object... arguments) {
        return (language == Language.SWEDISH ? swedish : english).formatted(arguments);
    }
}
