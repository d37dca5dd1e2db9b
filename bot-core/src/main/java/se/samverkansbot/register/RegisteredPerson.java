package se.samverkansbot.register;

/** A person together with the structure whose register names them; a person id is unique within a structure. */
public record RegisteredPerson(Structure structure, Person person) {

    public String id() {
        return person.id();
    }

    /** The language the bot writes first in: the person's own, else Swedish. */
    public Language language() {
        return person.language() == null ? Language.SWEDISH : person.language();
    }
}
