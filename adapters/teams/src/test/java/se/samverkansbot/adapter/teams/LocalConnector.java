package se.samverkansbot.adapter.teams;

import static se.samverkansbot.testing.JsonResponses.send;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.sun.net.httpserver.HttpServer;

/**
 * The Bot Connector at the activities' serviceUrl, on loopback: records every activity the bot sends (the real
 * connector client of the SDK posts them here) and knows nobody in any roster.
 */
final class LocalConnector implements AutoCloseable {

    /** An activity the bot sent: where to (the path names the conversation and the activity replied to) and what. */
    record Sent(String path, String body) {
        /** What the reader gets: the card's full text (its fallback), the same words the card shows. */
        String text() {
            return JsonPath.read(body, "$.attachments[0].content.fallbackText");
        }
    }

    private final HttpServer server;
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusing = new AtomicInteger();

    LocalConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v3/", exchange -> {
            if ("GET".equals(exchange.getRequestMethod())) {
                send(exchange, 404, "{\"error\":{\"code\":\"MemberNotFoundInConversation\"}}");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (refusing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                send(exchange, 403, "{\"error\":{\"code\":\"ConversationBlockedByUser\"}}");
                return;
            }
            sent.add(new Sent(exchange.getRequestURI().getPath(), body));
            send(exchange, 200, "{\"id\":\"activity-" + sent.size() + "\"}");
        });
        server.start();
    }

    /** The next {@code times} activities the bot sends are refused (403), as Teams refuses a blocked bot. */
    void refuse(int times) {
        refusing.set(times);
    }

    String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Outbound credentials with a fixed token, so the bot can send here without Azure. */
    static AppCredentials credentials(String appId) {
        AppCredentials credentials = new AppCredentials(null) {
            @Override
            public CompletableFuture<String> getToken() {
                return CompletableFuture.completedFuture("local-test-token");
            }

            @Override
            protected Authenticator buildAuthenticator() {
                return null;
            }
        };
        credentials.setAppId(appId);
        return credentials;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
