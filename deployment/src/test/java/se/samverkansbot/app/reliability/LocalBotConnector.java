package se.samverkansbot.app.reliability;

import static se.samverkansbot.testing.JsonResponses.send;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * The Bot Connector at the Teams activities' serviceUrl, outside the app: counts the replies per activity replied to
 * (the bot replies to {@code /v3/conversations/{conversation}/activities/{activity id}}) and knows nobody's roster
 * entry. It lives while the app is killed and started again.
 */
final class LocalBotConnector implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, AtomicInteger> replies = new ConcurrentHashMap<>();

    LocalBotConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v3/", exchange -> {
            if ("GET".equals(exchange.getRequestMethod())) {
                send(exchange, 404, "{\"error\":{\"code\":\"MemberNotFoundInConversation\"}}");
                return;
            }
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String repliedTo = path.substring(path.lastIndexOf('/') + 1);
            int count = replies.computeIfAbsent(repliedTo, id -> new AtomicInteger())
                    .incrementAndGet();
            send(exchange, 200, "{\"id\":\"reply-" + repliedTo + "-" + count + "\"}");
        });
        server.start();
    }

    String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** How many replies each activity got. */
    Map<String, Integer> replies() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        replies.forEach((activity, count) -> counts.put(activity, count.get()));
        return counts;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
