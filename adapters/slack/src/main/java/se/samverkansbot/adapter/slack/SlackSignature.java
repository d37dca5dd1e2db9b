package se.samverkansbot.adapter.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: HMAC-SHA256 of {@code v0:<timestamp>:<raw body>} with the signing secret. Unlike
 * Bolt's own check this refuses timestamps more than five minutes off in either direction (a future-dated
 * request is as suspect as a stale one) and compares in constant time.
 */
public final class SlackSignature {
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Clock clock;

    public SlackSignature(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public boolean verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || !signature.startsWith("v0=")) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > WINDOW.toSeconds()) {
            return false;
        }
        byte[] expected =
                ("v0=" + HexFormat.of().formatHex(hmac(timestamp.strip(), body))).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** The signature Slack would send; for tests and tools that sign requests. */
    public String sign(String timestamp, byte[] body) {
        return "v0=" + HexFormat.of().formatHex(hmac(timestamp, body));
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
