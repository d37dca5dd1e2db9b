package se.samverkansbot.register.file;

import se.samverkansbot.register.Language;

/** What can be wrong in a structure file, said in both languages; arguments fill the %s in order. */
public enum ProblemKind {
    UNREADABLE("filen kunde inte läsas: %s", "the file could not be read: %s"),
    SYNTAX("fel i YAML-syntaxen: %s", "YAML syntax error: %s"),
    EMPTY("filen är tom", "the file is empty"),
    TOO_LARGE(
            "filen är för stor (%s MB); en strukturfil får vara högst %s MB och läses inte",
            "the file is too large (%s MB); a structure file may be at most %s MB and is not read"),
    TOO_LONG(
            "filen har för många tecken (%s); högst %s tas emot",
            "the file has too many characters (%s); at most %s are accepted"),
    UNKNOWN_KEY("okänd nyckel '%s'%s", "unknown key '%s'%s"),
    DUPLICATE_KEY("nyckeln '%s' står två gånger", "key '%s' appears twice"),
    MISSING("'%s' måste anges", "'%s' is required"),
    EXPECTED_TEXT("'%s' ska vara en text", "'%s' must be a text"),
    EXPECTED_LIST("'%s' ska vara en lista", "'%s' must be a list"),
    EXPECTED_MAP("'%s' ska vara en mappning (nyckel: värde)", "'%s' must be a mapping (key: value)"),
    EXPECTED_NUMBER("'%s' ska vara ett tal, inte '%s'", "'%s' must be a number, not '%s'"),
    EXPECTED_BOOLEAN("'%s' ska vara true eller false, inte '%s'", "'%s' must be true or false, not '%s'"),
    BAD_DATE(
            "'%s' är inget giltigt datum: '%s' (skriv ÅÅÅÅ-MM-DD)",
            "'%s' is not a valid date: '%s' (write YYYY-MM-DD)"),
    BAD_PARTIAL_DATE(
            "'%s' är inget giltigt datum: '%s' (skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)",
            "'%s' is not a valid date: '%s' (write YYYY, YYYY-MM or YYYY-MM-DD)"),
    BAD_CHOICE("'%s' kan vara %s, inte '%s'", "'%s' can be %s, not '%s'"),
    BAD_ID("id '%s' får bara innehålla a–z, 0–9 och '-'", "id '%s' may only contain a-z, 0-9 and '-'"),
    DUPLICATE_ID("%s-id '%s' används redan på rad %s", "%s id '%s' is already used on line %s"),
    UNKNOWN_REFERENCE("'%s' hänvisar till %s '%s' som inte finns%s", "'%s' refers to an unknown %s '%s'%s"),
    PERIOD_REVERSED("perioden slutar (%s) innan den börjar (%s)", "the period ends (%s) before it starts (%s)"),
    SEAT_OVERLAP(
            "platsen överlappar i tid med '%s' på rad %s (samma forum, roll och part)",
            "the seat overlaps in time with '%s' on line %s (same forum, role and party)"),
    DEPUTY_IN_OTHER_FORUM(
            "en ersättare står för en plats i samma forum; '%s' är en plats i '%s'",
            "a deputy stands in for a seat of the same forum; '%s' is a seat in '%s'"),
    SEAT_HOLDER("en plats behöver antingen 'person' eller 'position'", "a seat needs either 'person' or 'position'"),
    BODY_OF_OTHER_PARTY("organet '%s' tillhör '%s', inte '%s'", "body '%s' belongs to '%s', not '%s'"),
    NOT_A_MUNICIPALITY(
            "'municipality' ska vara en kommun; '%s' är en %s", "'municipality' must be a municipality; '%s' is a %s"),
    REPORTING_CYCLE("forumet '%s' rapporterar till sig självt via %s", "forum '%s' reports to itself through %s"),
    BAD_TIME("'%s' är ingen giltig tid: '%s' (skriv TT:MM)", "'%s' is not a valid time: '%s' (write HH:MM)"),
    BAD_RULE(
            "'%s' är ingen giltig upprepningsregel (RFC 5545, t.ex. FREQ=YEARLY;BYMONTH=2,4;BYDAY=1TU): %s",
            "'%s' is not a valid recurrence rule (RFC 5545, e.g. FREQ=YEARLY;BYMONTH=2,4;BYDAY=1TU): %s"),
    SCHEDULE_INCOMPLETE(
            "ett schema behöver 'at' och antingen 'rule' med 'from' eller 'dates'",
            "a schedule needs 'at' and either 'rule' with 'from' or 'dates'"),
    COST_TOTAL(
            "totalMnkr %s är inte summan av kostnadsraderna (%s)",
            "totalMnkr %s is not the sum of the cost lines (%s)"),
    REMINDER_DAYS(
            "'%s' ska vara dagar efter publiceringen, större än noll och stigande, t.ex. [30, 60], inte %s",
            "'%s' must be days after publication, above zero and ascending, e.g. [30, 60], not %s"),
    UNKNOWN_SEAT("platsen '%s' finns inte i registret", "there is no seat '%s' in the register"),
    UNKNOWN_PERSON("personen '%s' finns inte i registret", "there is no person '%s' in the register"),
    UNKNOWN_STRUCTURE(
            "strukturen '%s' finns inte; en ny struktur läggs till som fil när appen startar",
            "there is no structure '%s'; a new structure is added as a file when the app starts"),
    NEGATIVE_DAYS("'%s' kan inte vara negativt: %s", "'%s' cannot be negative: %s"),
    DEADLINE_TWICE("tidsfristen '%s' står två gånger", "deadline '%s' appears twice"),
    DEADLINE_OFFSET(
            "tidsfristen '%s' behöver precis ett av '%s' och '%s'", "deadline '%s' needs exactly one of '%s' and '%s'"),
    REMINDER_WITHOUT_DEADLINE(
            "det finns ingen tidsfrist '%s' att påminna om (forumet har: %s)",
            "there is no deadline '%s' to remind of (the forum has: %s)"),
    DUPLICATE_STRUCTURE("strukturen '%s' finns redan i %s", "structure '%s' is also defined in %s");

    private final String swedish;
    private final String english;

    ProblemKind(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    String template(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
