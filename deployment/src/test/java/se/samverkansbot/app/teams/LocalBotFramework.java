package se.samverkansbot.app.teams;

import static se.samverkansbot.testing.JsonResponses.send;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.sun.net.httpserver.HttpServer;

/**
 * The Bot Framework's side, on loopback: OpenID metadata and signing keys (generated here; one endorsed for
 * msteams, one endorsed for another channel), tokens signed with them, and a Bot Connector that records the
 * activities the bot sends and answers roster look-ups for the members it is told of.
 */
final class LocalBotFramework implements AutoCloseable {
    static final String ISSUER = "https://api.botframework.com";

    record Sent(String path, String body) {}

    private final HttpServer server;
    final KeyPair teamsKey = rsa();
    final KeyPair otherChannelKey = rsa();
    final KeyPair unknownKey = rsa();
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final java.util.concurrent.atomic.AtomicInteger rosterLookups = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.Map<String, String> members = new java.util.concurrent.ConcurrentHashMap<>();

    LocalBotFramework() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/openid",
                exchange -> send(
                        exchange,
                        200,
                        "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + base() + "/keys\","
                                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\"]}"));
        server.createContext(
                "/keys",
                exchange -> send(
                        exchange,
                        200,
                        "{\"keys\":[" + jwk("teams-key", teamsKey, "msteams") + ","
                                + jwk("other-key", otherChannelKey, "skype") + "]}"));
        server.createContext("/v3/", exchange -> {
            if ("GET".equals(exchange.getRequestMethod())
                    && exchange.getRequestURI().getPath().contains("/members/")) {
                String path = exchange.getRequestURI().getPath();
                String member = members.get(
                        java.net.URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8));
                rosterLookups.incrementAndGet();
                send(
                        exchange,
                        member == null ? 404 : 200,
                        member == null ? "{\"error\":{\"code\":\"MemberNotFoundInConversation\"}}" : member);
                return;
            }
            sent.add(new Sent(
                    exchange.getRequestURI().getPath(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            send(exchange, 200, "{\"id\":\"activity-" + sent.size() + "\"}");
        });
        server.start();
    }

    /** A member of every conversation's roster, as GET /v3/conversations/{id}/members/{userId} answers. */
    void member(String userId, String aadObjectId, String email, String userPrincipalName) {
        members.put(
                userId,
                "{\"id\":\"" + userId + "\",\"name\":\"Roster Member\",\"aadObjectId\":\"" + aadObjectId + "\","
                        + (email == null ? "" : "\"email\":\"" + email + "\",") + "\"userPrincipalName\":\""
                        + userPrincipalName + "\"}");
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String metadataUrl() {
        return base() + "/openid";
    }

    /** The service URL activities carry, so the bot's replies come to this connector. */
    String serviceUrl() {
        return base() + "/";
    }

    String token(KeyPair key, String keyId, String issuer, String audience, String serviceUrl, Instant expires) {
        return "Bearer "
                + JWT.create()
                        .withKeyId(keyId)
                        .withIssuer(issuer)
                        .withAudience(audience)
                        .withClaim("serviceurl", serviceUrl)
                        .withIssuedAt(Date.from(Instant.now().minusSeconds(60)))
                        .withNotBefore(Date.from(Instant.now().minusSeconds(60)))
                        .withExpiresAt(Date.from(expires))
                        .sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate()));
    }

    private static String jwk(String kid, KeyPair key, String endorsement) {
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"" + kid + "\",\"n\":\"" + base64(publicKey.getModulus())
                + "\",\"e\":\"" + base64(publicKey.getPublicExponent()) + "\",\"endorsements\":[\"" + endorsement
                + "\"]}";
    }

    private static String base64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
