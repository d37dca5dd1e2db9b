package se.samverkansbot.answers;

import java.util.List;
import java.util.Optional;

import se.samverkansbot.understanding.Utterance;

/**
 * Details about a person that members ask for but the register does not hold: a phone number, a salary, an
 * address. The register holds e-mail addresses only to recognise people in chat and does not hand them out. Asked
 * for one, the answer says so instead of answering a different question about the person.
 */
enum PersonalDetail {
    PHONE("telefonnummer", "phone number", "telefon", "telefonnummer", "mobil", "mobilnummer", "phone", "mobile"),
    EMAIL("e-postadress", "e-mail address", "mejl", "mejladress", "mail", "mailadress", "epost", "email", "e-post"),
    SALARY("lön", "salary", "lon", "lonen", "manadslon", "arslon", "salary", "salaries", "pay", "wage", "arvode"),
    ADDRESS("adress", "address", "adress", "postadress", "hemadress", "address"),
    AGE("ålder", "age", "alder", "age");

    private final String swedish;
    private final String english;
    private final List<String> words;

    PersonalDetail(String swedish, String english, String... words) {
        this.swedish = swedish;
        this.english = english;
        this.words = List.of(words);
    }

    String swedish() {
        return swedish;
    }

    String english() {
        return english;
    }

    static Optional<PersonalDetail> askedIn(Utterance u) {
        for (PersonalDetail detail : values()) {
            if (u.words().stream().anyMatch(detail.words::contains)) {
                return Optional.of(detail);
            }
        }
        return Optional.empty();
    }
}
