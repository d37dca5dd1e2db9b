package se.samverkansbot.email;

import se.samverkansbot.register.Language;

/**
 * One email as the recipient will read it, before any transport touches it: plain text and a simple HTML
 * version of the same content, the address that stops this kind of email, and a calendar invitation when the
 * message is about a meeting.
 *
 * @param invitation null when the message carries none
 */
public record Letter(
        String to,
        String toName,
        Language language,
        EmailKind kind,
        String subject,
        String text,
        String html,
        String unsubscribeUrl,
        Invitation invitation) {

    /**
     * An iCalendar object sent as an iTIP message.
     *
     * @param method REQUEST or CANCEL, repeated in the MIME type as mail programs expect
     */
    public record Invitation(String method, String ics) {}
}
