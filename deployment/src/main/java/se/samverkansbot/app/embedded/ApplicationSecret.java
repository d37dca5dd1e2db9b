package se.samverkansbot.app.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/**
 * Who may use the embedded server's port: only the application that started it. The server library has no
 * authentication, so each start draws a random secret that our driver sends as its application name in the hello
 * that opens every connection (it lives in this process's memory only, never on a command line or in a file). A
 * connection whose first command is not that hello is answered "AuthenticationFailed" and closed: another process on
 * the machine, or a second instance pointed at this port, gets nothing. Not encryption: the port is loopback only.
 */
final class ApplicationSecret {
    private static final AttributeKey<Boolean> ADMITTED = AttributeKey.valueOf("samverkansbot.admitted");
    private static final int AUTHENTICATION_FAILED = 18;

    private final byte[] expected;
    private final String applicationName;

    private ApplicationSecret(String applicationName) {
        this.applicationName = applicationName;
        this.expected = applicationName.getBytes(StandardCharsets.UTF_8);
    }

    static ApplicationSecret random() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return new ApplicationSecret(
                "samverkansbot-" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** A secret chosen by whoever starts the server as its own process (the reliability suite), kept across restarts. */
    static ApplicationSecret named(String applicationName) {
        return new ApplicationSecret(applicationName);
    }

    /** What the driver must send as its application name ({@code appName} in the connection string). */
    String applicationName() {
        return applicationName;
    }

    /** Lets the command through, or refuses it and closes its connection. */
    void check(Channel channel, String command, Document query) {
        if (channel == null || Boolean.TRUE.equals(channel.attr(ADMITTED).get())) {
            // No channel: the server calling itself, not a connection.
            return;
        }
        if (isHello(command) && carriesSecret(query)) {
            channel.attr(ADMITTED).set(Boolean.TRUE);
            return;
        }
        channel.close();
        throw new MongoServerError(
                AUTHENTICATION_FAILED,
                "AuthenticationFailed",
                "this embedded database serves only the Samverkansbot that started it");
    }

    private static boolean isHello(String command) {
        return "hello".equalsIgnoreCase(command) || "ismaster".equalsIgnoreCase(command);
    }

    private boolean carriesSecret(Document query) {
        if (query == null
                || !(query.get("client") instanceof Document client)
                || !(client.get("application") instanceof Document application)
                || !(application.get("name") instanceof String name)) {
            return false;
        }
        return MessageDigest.isEqual(expected, name.getBytes(StandardCharsets.UTF_8));
    }
}
