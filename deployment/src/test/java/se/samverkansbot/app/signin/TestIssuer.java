package se.samverkansbot.app.signin;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny OpenID Connect issuer on loopback, for tests: discovery, an authorization endpoint that signs in whoever
 * the test says next (no login form), a token endpoint that checks the code, the client's secret and the redirect
 * URI, and the key set. ID tokens are RS256 with the nonce the app sent, like Entra ID's, with {@code oid} and
 * {@code email} claims as given.
 */
public final class TestIssuer implements AutoCloseable {
    public static final String CLIENT_ID = "samverkansbot-test";
    public static final String CLIENT_SECRET = "test-secret";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private volatile Map<String, Object> next = Map.of();

    private record Grant(Map<String, Object> claims, String nonce, String redirectUri) {}

    public TestIssuer() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext(
                "/jwks",
                exchange -> respond(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next person to come to the authorization endpoint is signed in with these claims (sub is added). */
    public void willSignIn(Map<String, Object> claims) {
        next = Map.copyOf(claims);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = uri();
        respond(exchange, 200, "application/json", """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid", "profile", "email"],
                 "token_endpoint_auth_methods_supported": ["client_secret_basic"]}""".formatted(issuer));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
            respond(exchange, 400, "text/plain", "bad request");
            return;
        }
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(next, query.get("nonce"), query.get("redirect_uri")));
        exchange.getResponseHeaders()
                .add(
                        "Location",
                        query.get("redirect_uri") + "?code=" + code + "&state="
                                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(body.getOrDefault("code", ""));
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || grant == null
                || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            respond(exchange, 400, "application/json", "{\"error\": \"invalid_grant\"}");
            return;
        }
        try {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(uri())
                    .subject("sub-"
                            + grant.claims().getOrDefault("oid", grant.claims().get("email")))
                    .audience(CLIENT_ID)
                    .issueTime(java.util.Date.from(now))
                    .expirationTime(java.util.Date.from(now.plusSeconds(600)))
                    .claim("nonce", grant.nonce());
            grant.claims().forEach(claims::claim);
            SignedJWT idToken = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            idToken.sign(new RSASSASigner(key));
            respond(exchange, 200, "application/json", """
                    {"access_token": "%s", "token_type": "Bearer", "expires_in": 600, "scope": "openid profile email",
                     "id_token": "%s"}""".formatted(UUID.randomUUID(), idToken.serialize()));
        } catch (JOSEException e) {
            respond(exchange, 500, "text/plain", e.getMessage());
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
