package se.samverkansbot.adapter.teams;

import static se.samverkansbot.testing.JsonResponses.send;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

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

    LocalConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v3/", exchange -> {
            if ("GET".equals(exchange.getRequestMethod())) {
                send(exchange, 404, "{\"error\":{\"code\":\"MemberNotFoundInConversation\"}}");
                return;
            }
            sent.add(new Sent(
                    exchange.getRequestURI().getPath(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            send(exchange, 200, "{\"id\":\"activity-" + sent.size() + "\"}");
        });
        server.start();
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
