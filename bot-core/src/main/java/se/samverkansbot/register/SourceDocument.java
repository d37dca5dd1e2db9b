package se.samverkansbot.register;

/**
 * A document the structure rests on: a decision, a tjänsteskrivelse (an official's written report to a board), a
 * review, a presentation. Its text is kept as given, so an answer can quote it and name where the quote is from.
 *
 * @param date when it was written or decided, as precisely as the document says; null when it does not say
 * @param issuer the body or person it comes from; null when unknown
 */
public record SourceDocument(String id, String title, PartialDate date, String kind, String issuer, String text) {

    /** "Title (2023-10-02)" or just the title: how an answer names its source. */
    public String citation() {
        return date == null ? title : title + " (" + date + ")";
    }
}
