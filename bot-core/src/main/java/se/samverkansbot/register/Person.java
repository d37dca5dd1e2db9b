package se.samverkansbot.register;

/**
 * A named person. Everything but the name is optional: the seeds give titles and organisations for some
 * officials and nothing for most politicians. Never holds a personal identity number.
 *
 * @param language the language the bot writes to the person in when it writes first (reminders, notices,
 *     email); Swedish when the register does not say
 */
public record Person(
        String id,
        String name,
        String title,
        String party,
        String body,
        ContactIdentities contacts,
        String note,
        Language language) {

    public Person {
        contacts = contacts == null ? ContactIdentities.NONE : contacts;
        language = language == null ? Language.SWEDISH : language;
    }
}
