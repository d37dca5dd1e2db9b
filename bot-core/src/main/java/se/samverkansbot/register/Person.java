package se.samverkansbot.register;

/**
 * A named person. Everything but the name is optional: the seeds give titles and organisations for some
 * officials and nothing for most politicians. Never holds a personal identity number.
 */
public record Person(
        String id, String name, String title, String party, String body, ContactIdentities contacts, String note) {

    public Person {
        contacts = contacts == null ? ContactIdentities.NONE : contacts;
    }
}
