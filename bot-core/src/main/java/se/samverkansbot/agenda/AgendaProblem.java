package se.samverkansbot.agenda;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

/** Why an agenda request was refused, said politely in both languages; arguments fill the %s in order. */
public enum AgendaProblem {
    NOT_REGISTERED(
            "Jag vet inte vem du är. Be forumets sekreterare lägga in dig i registret (med din e-postadress), så känner jag igen dig.",
            "I don't know who you are. Ask the forum's secretary to add you to the register (with your email address) and I will recognise you."),
    NOT_A_MEMBER(
            "Bara ledamöter i %s kan lämna ärenden dit. Vänd dig till någon som sitter i forumet, eller till sekreteraren.",
            "Only members of %s can submit items to it. Ask someone who sits in the forum, or the secretary."),
    NOT_A_REVIEWER(
            "Bara ordförande, sammankallande eller sekreterare i %s kan granska ärenden och publicera kallelsen.",
            "Only the chair, convener or secretary of %s can review items and publish the notice."),
    NOT_THE_SUBMITTER(
            "Bara den som lämnade ärendet kan ändra eller dra tillbaka det.",
            "Only whoever submitted the item can change or withdraw it."),
    TITLE_EMPTY("Ärendet behöver en rubrik.", "The item needs a title."),
    TITLE_TOO_LONG(
            "Rubriken får vara högst %s tecken (den har %s). Skriv den kortare och lägg resten i beskrivningen.",
            "The title may be at most %s characters (it has %s). Shorten it and put the rest in the description."),
    DESCRIPTION_TOO_LONG(
            "Beskrivningen får vara högst %s tecken (den har %s). Länka gärna till ett dokument i stället.",
            "The description may be at most %s characters (it has %s). Link to a document instead."),
    BAD_LINK(
            "Länken ska vara en webbadress som börjar med https:// (högst 2000 tecken).",
            "The link must be a web address starting with https:// (at most 2000 characters)."),
    IDENTITY_NUMBER(
            "Ärendet innehåller ett personnummer. Ta bort det och skicka igen (skriv till exempel \"en brukare\"): ett ärende kan bli en allmän handling, och boten sparar aldrig personnummer. Inget sparades.",
            "The item contains a personal identity number. Remove it and send again (write, for example, \"a client\"): an item can become a public record, and the bot never stores identity numbers. Nothing was saved."),
    NO_MEETINGS(
            "%s har inga kommande möten inlagda, så ärendet kan inte läggas på någon dagordning ännu. Sekreteraren lägger in mötesdatum.",
            "%s has no upcoming meetings entered, so the item cannot go on an agenda yet. The secretary enters meeting dates."),
    MEETING_IN_PAST(
            "Mötet %s har redan varit. Välj ett kommande möte.",
            "The meeting on %s has already taken place. Choose an upcoming meeting."),
    NO_SUCH_MEETING("%s har inget möte %s. Kommande möten: %s.", "%s has no meeting on %s. Upcoming meetings: %s."),
    NO_SUCH_ITEM("Jag hittar inget ärende %s.", "I find no item %s."),
    TOO_LATE_TO_CHANGE(
            "Sista dag för ärenden till mötet passerade %s; ärendet kan inte längre ändras eller dras tillbaka här. Kontakta sekreteraren.",
            "The cut-off for the meeting passed %s; the item can no longer be changed or withdrawn here. Contact the secretary."),
    NOT_AWAITING_REVIEW("Ärendet %s är redan %s.", "Item %s is already %s."),
    REASON_NEEDED(
            "Skriv ett skäl när du avslår ett ärende, till exempel: avslå %s: hör hemma i den lokala samverkan.",
            "Give a reason when rejecting an item, for example: reject %s: belongs in the local group."),
    NO_LATER_MEETING(
            "Det finns inget senare möte inlagt att flytta ärendet till.",
            "There is no later meeting entered to move the item to."),
    CHANGED_MEANWHILE(
            "Ärendet ändrades av någon annan medan du svarade. Titta på det igen och försök på nytt.",
            "The item was changed by someone else meanwhile. Look at it again and try once more.");

    private final String swedish;
    private final String english;

    AgendaProblem(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    /** The problem in the language asked for; an argument that can be said in both languages is said in that one. */
    public String say(Language language, Object... arguments) {
        Object[] said = java.util.Arrays.stream(arguments)
                .map(argument -> argument instanceof Bilingual bilingual ? bilingual.label(language) : argument)
                .toArray();
        return (language == Language.SWEDISH ? swedish : english).formatted(said);
    }
}
