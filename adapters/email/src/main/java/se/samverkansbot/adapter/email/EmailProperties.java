package se.samverkansbot.adapter.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code samverkan.email.*}. Email is on when an SMTP host and a sender address are set.
 *
 * @param security   {@code starttls} (submission, port 587, the default), {@code tls} (port 465) or
 *                   {@code none} (a relay on a trusted network or a test server)
 * @param perMinute  the server's sending limit (Microsoft 365 allows 30 messages a minute per mailbox)
 * @param perAddress at least this long between two messages to the same address
 */
@ConfigurationProperties("samverkan.email")
public record EmailProperties(
        String smtpHost,
        @DefaultValue("587") int smtpPort,
        String username,
        String password,
        @DefaultValue("starttls") String security,
        String from,
        @DefaultValue("Samverkansbot") String fromName,
        @DefaultValue("30") int perMinute,
        @DefaultValue("PT2S") Duration perAddress,
        @DefaultValue("PT30S") Duration timeout) {

    public boolean configured() {
        return smtpHost != null && !smtpHost.isBlank() && from != null && from.contains("@");
    }

    java.util.Properties session() {
        java.util.Properties properties = new java.util.Properties();
        properties.put("mail.transport.protocol", security.equalsIgnoreCase("tls") ? "smtps" : "smtp");
        String protocol = security.equalsIgnoreCase("tls") ? "smtps" : "smtp";
        properties.put("mail." + protocol + ".host", smtpHost);
        properties.put("mail." + protocol + ".port", String.valueOf(smtpPort));
        properties.put("mail." + protocol + ".from", from);
        properties.put("mail." + protocol + ".auth", String.valueOf(username != null && !username.isBlank()));
        properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(timeout.toMillis()));
        properties.put("mail." + protocol + ".timeout", String.valueOf(timeout.toMillis()));
        properties.put("mail." + protocol + ".writetimeout", String.valueOf(timeout.toMillis()));
        if (security.equalsIgnoreCase("starttls")) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (security.equalsIgnoreCase("tls")) {
            properties.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
