package se.samverkansbot.adapter.email;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.email.ComposeLetters;
import se.samverkansbot.email.EmailKind;
import se.samverkansbot.email.EmailPreferences;
import se.samverkansbot.email.Letter;
import se.samverkansbot.email.SentEmails;
import se.samverkansbot.reminder.PlatformMessenger;
import se.samverkansbot.reminder.RateGate;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.Reminders;

/**
 * Sends what the delivery engine hands it as email over SMTP, one message per recipient. The server's limits
 * are kept on our side (a rate gate: at most N messages a minute, one at a time per address) and its "try
 * later" replies (421, 450, 451, 452) are honoured. Before the transaction the delivery key and Message-ID are
 * written to the journal as SENDING, and SENT once the server has accepted the message; after a crash the
 * engine asks {@link #findDelivered}, which trusts SENT only. What that leaves: a sender that dies between the
 * end of DATA and writing SENT (milliseconds) sends again, under the same Message-ID and, for an invitation,
 * the same UID and SEQUENCE, so mail programs that deduplicate by Message-ID and every calendar show it once.
 */
public final class SmtpMessenger implements PlatformMessenger {
    private static final Logger log = LoggerFactory.getLogger(SmtpMessenger.class);
    private static final Duration WAIT_AT_MOST = Duration.ofSeconds(3);
    private static final Duration SERVER_BUSY = Duration.ofMinutes(1);

    /** Hands a message to the server; the seam tests use to die inside the transaction. */
    @FunctionalInterface
    interface Postman {
        void post(MimeMessage message) throws MessagingException;
    }

    private final Reminders reminders;
    private final ComposeLetters compose;
    private final EmailPreferences preferences;
    private final SentEmails journal;
    private final MimeLetters mime;
    private final RateGate gate;
    private final Postman postman;
    private final Clock clock;

    SmtpMessenger(
            Reminders reminders,
            ComposeLetters compose,
            EmailPreferences preferences,
            SentEmails journal,
            MimeLetters mime,
            RateGate gate,
            Postman postman,
            Clock clock) {
        this.reminders = reminders;
        this.compose = compose;
        this.preferences = preferences;
        this.journal = journal;
        this.mime = mime;
        this.gate = gate;
        this.postman = postman;
        this.clock = clock;
    }

    static Postman smtp() {
        return Transport::send;
    }

    @Override
    public Platform platform() {
        return Platform.EMAIL;
    }

    @Override
    public String send(Recipient recipient, Reply message, String deliveryKey) {
        Optional<Reminder> reminder = reminders.byId(deliveryKey);
        EmailKind kind = compose.kindOf(reminder);
        if (preferences.hasOptedOut(recipient.address(), kind)) {
            throw new Declined(
                    "the recipient stopped " + kind.label(se.samverkansbot.register.Language.ENGLISH) + " by email");
        }
        Letter letter = compose.compose(recipient, message, reminder);
        gate.awaitSlot(recipient.address(), WAIT_AT_MOST);
        String messageId = mime.messageId(deliveryKey);
        try {
            MimeMessage email = mime.message(letter, messageId, deliveryKey, clock.instant());
            journal.sending(deliveryKey, messageId, clock.instant());
            postman.post(email);
        } catch (SMTPSendFailedException e) {
            throw refused(recipient, e.getReturnCode(), e);
        } catch (SendFailedException e) {
            if (e.getNextException() instanceof SMTPAddressFailedException refusal) {
                throw refused(recipient, refusal.getReturnCode(), refusal);
            }
            throw new DeliveryFailed("the mail server refused the message: " + e.getMessage(), false);
        } catch (MailConnectException e) {
            throw new DeliveryFailed("the mail server could not be reached: " + e.getMessage(), false);
        } catch (MessagingException e) {
            throw new DeliveryFailed("sending failed: " + e.getMessage(), false);
        }
        journal.sent(deliveryKey, clock.instant());
        return messageId;
    }

    /** Delivered only if the server accepted it; SENDING is not known to be delivered and is sent again. */
    @Override
    public Optional<String> findDelivered(Recipient recipient, String deliveryKey) {
        return journal.byKey(deliveryKey)
                .filter(entry -> entry.state() == SentEmails.State.SENT)
                .map(SentEmails.Entry::messageId);
    }

    private RuntimeException refused(Recipient recipient, int code, MessagingException e) {
        if (code == 421 || code == 450 || code == 451 || code == 452) {
            gate.pause(recipient.address(), SERVER_BUSY);
            return new RateLimited(SERVER_BUSY);
        }
        boolean permanent = code >= 500;
        log.warn("The mail server answered {} for a message to one recipient", code);
        return new DeliveryFailed("the mail server answered " + code + ": " + e.getMessage(), permanent);
    }
}
