package se.samverkansbot.adapter.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import se.samverkansbot.email.Letter;
import se.samverkansbot.publication.PublicLinks;

/**
 * A letter as a MIME message. Plain text and HTML are alternatives; an invitation is a third alternative,
 * {@code text/calendar; method=…} as calendar programs look for it, and the same object attached as
 * {@code invite.ics} for those that only look at attachments. The Message-ID comes from the delivery key, so a
 * message sent again after a crash is recognisably the same message.
 */
final class MimeLetters {
    private final Session session;
    private final InternetAddress from;

    MimeLetters(Session session, InternetAddress from) {
        this.session = session;
        this.from = from;
    }

    /** {@code <hash-of-the-delivery-key.samverkansbot@sender-domain>}: the same key gives the same id. */
    String messageId(String deliveryKey) {
        String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        return "<" + sha256(deliveryKey).substring(0, 40) + ".samverkansbot@" + domain + ">";
    }

    MimeMessage message(Letter letter, String messageId, String deliveryKey, Instant now) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, messageId);
        message.setFrom(from);
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, address(letter.to(), letter.toName()));
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        message.setHeader("Content-Language", PublicLinks.tag(letter.language()));
        // RFC 8058: one POST to this address stops this kind of email, with no page in between.
        message.setHeader("List-Unsubscribe", "<" + letter.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        // RFC 3834: no vacation replies to a machine.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Samverkansbot-Delivery", sha256(deliveryKey).substring(0, 40));

        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part(letter.text(), "text/plain; charset=UTF-8"));
        alternatives.addBodyPart(part(letter.html(), "text/html; charset=UTF-8"));
        if (letter.invitation() == null) {
            message.setContent(alternatives);
        } else {
            String calendarType = "text/calendar; method=" + letter.invitation().method() + "; charset=UTF-8";
            alternatives.addBodyPart(part(letter.invitation().ics(), calendarType));
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternatives);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    letter.invitation().ics().getBytes(StandardCharsets.UTF_8),
                    "application/ics; method=" + letter.invitation().method())));
            attachment.setFileName(letter.invitation().method().equals("CANCEL") ? "cancel.ics" : "invite.ics");
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(attachment);
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart part(String content, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(content, type);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static InternetAddress address(String email, String name) throws MessagingException {
        try {
            return name == null ? new InternetAddress(email, true) : new InternetAddress(email, name, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 missing", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jakarta Mail makes up a new Message-ID on every save; this one keeps the one it was given. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
