package se.samverkansbot.adapter.email;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import se.samverkansbot.calendar.MeetingCalendars;
import se.samverkansbot.email.ComposeLetters;
import se.samverkansbot.email.EmailPreferences;
import se.samverkansbot.email.SentEmails;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.reminder.PlatformMessenger;
import se.samverkansbot.reminder.RateGate;
import se.samverkansbot.reminder.Reminders;

/** Email, when an SMTP server and a sender are configured; otherwise off, and the log says so once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmailProperties.class)
public class EmailConfiguration {
    private static final Logger log = LoggerFactory.getLogger(EmailConfiguration.class);

    @Bean
    ApplicationListener<ApplicationReadyEvent> emailStatus(EmailProperties properties) {
        return event -> {
            if (properties.configured()) {
                log.info(
                        "Email is on: SMTP {}:{} ({}), at most {} a minute",
                        properties.smtpHost(),
                        properties.smtpPort(),
                        properties.security(),
                        properties.perMinute());
            } else {
                log.info("Email is off: set SAMVERKAN_EMAIL_SMTP_HOST and SAMVERKAN_EMAIL_FROM to send reminders "
                        + "and invitations to people outside Slack and Teams.");
            }
        };
    }

    @Bean
    @Conditional(EmailOn.class)
    PlatformMessenger emailMessenger(
            EmailProperties properties,
            Reminders reminders,
            CurrentRegister register,
            Meetings meetings,
            MeetingCalendars calendars,
            PublicLinks links,
            EmailPreferences preferences,
            SentEmails journal,
            Clock clock) {
        return messenger(
                properties,
                reminders,
                register,
                meetings,
                calendars,
                links,
                preferences,
                journal,
                clock,
                SmtpMessenger.smtp());
    }

    static SmtpMessenger messenger(
            EmailProperties properties,
            Reminders reminders,
            CurrentRegister register,
            Meetings meetings,
            MeetingCalendars calendars,
            PublicLinks links,
            EmailPreferences preferences,
            SentEmails journal,
            Clock clock,
            SmtpMessenger.Postman postman) {
        Session session = Session.getInstance(properties.session(), authenticator(properties));
        InternetAddress from;
        try {
            from = new InternetAddress(properties.from(), properties.fromName(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        ComposeLetters compose =
                new ComposeLetters(register, meetings, calendars, links, preferences, properties.from());
        return new SmtpMessenger(
                reminders,
                compose,
                preferences,
                journal,
                new MimeLetters(session, from),
                new RateGate(properties.perAddress(), properties.perMinute(), clock),
                postman,
                clock);
    }

    private static Authenticator authenticator(EmailProperties properties) {
        if (properties.username() == null || properties.username().isBlank()) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(properties.username(), properties.password());
            }
        };
    }

    /** On with an SMTP host and a sender address. */
    public static final class EmailOn implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(
                org.springframework.context.annotation.ConditionContext context,
                org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            return org.springframework.boot.context.properties.bind.Binder.get(context.getEnvironment())
                    .bind("samverkan.email", EmailProperties.class)
                    .map(EmailProperties::configured)
                    .orElse(false);
        }
    }
}
