package se.samverkansbot.adapter.slack;

import static se.samverkansbot.testing.JsonResponses.send;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Slack's Web API and response URLs, on loopback. It records every call the real Bolt
 * client makes and answers as Slack would; it can answer chat.postMessage with 429.
 */
public final class FakeSlackApi implements AutoCloseable {
    public record Call(String method, Map<String, String> params, String body) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> emails = new ConcurrentHashMap<>();
    private final AtomicInteger ts = new AtomicInteger(100);
    private final List<Map<String, String>> posted = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> rateLimitNext = new ConcurrentHashMap<>();
    private volatile String socketUrl = "ws://127.0.0.1:1/none";

    public FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/response/", this::response);
        server.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public String responseUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + name;
    }

    /** Where apps.connections.open sends Socket Mode clients. */
    public void socketUrl(String url) {
        socketUrl = url;
    }

    public void email(String userId, String email) {
        emails.put(userId, email);
    }

    /** The next {@code count} posts to this channel get 429 with Retry-After: 7. */
    public void rateLimitNextPostsTo(String channel, int count) {
        rateLimitNext.put(channel, count);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Waits (bounded) until {@code count} calls of a method have arrived. */
    public List<Call> await(String method, int count) throws InterruptedException {
        for (int i = 0; i < 100 && calls(method).size() < count; i++) {
            Thread.sleep(50);
        }
        return calls(method);
    }

    /** The body posted to the response URL named {@code name}, waiting (bounded) until it arrives. */
    public String awaitResponse(String name) throws InterruptedException {
        String path = "/response/" + name;
        for (int i = 0; i < 100; i++) {
            var found = calls("response_url").stream()
                    .filter(c -> c.params().get("path").equals(path))
                    .findFirst();
            if (found.isPresent()) {
                return found.get().body();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing was posted to " + path);
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = form(body);
        calls.add(new Call(method, params, body));
        String answer = switch (method) {
            case "auth.test" ->
                "{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\",\"user\":\"samverkansbot\",\"team_id\":\"T123\",\"user_id\":\"U123\",\"bot_id\":\"B123\"}";
            case "chat.postMessage" -> {
                if (rateLimitNext.getOrDefault(params.get("channel"), 0) > 0) {
                    rateLimitNext.merge(params.get("channel"), -1, Integer::sum);
                    exchange.getResponseHeaders().add("Retry-After", "7");
                    send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
                    yield null;
                }
                String stamp = "1700000000.000" + ts.incrementAndGet();
                Map<String, String> message = new LinkedHashMap<>(params);
                message.put("ts", stamp);
                posted.add(message);
                String channel = params.getOrDefault("channel", "C0");
                yield "{\"ok\":true,\"channel\":\"" + (channel.startsWith("U") ? "D" + channel.substring(1) : channel)
                        + "\",\"ts\":\"" + stamp + "\"}";
            }
            case "users.info" -> {
                String user = params.get("user");
                String email = emails.get(user);
                yield email == null
                        ? "{\"ok\":false,\"error\":\"user_not_found\"}"
                        : "{\"ok\":true,\"user\":{\"id\":\"" + user + "\",\"profile\":{\"email\":\"" + email + "\"}}}";
            }
            case "conversations.open" ->
                "{\"ok\":true,\"channel\":{\"id\":\"D"
                        + params.getOrDefault("users", "X").substring(1) + "\"}}";
            case "conversations.history" -> history(params.get("channel"));
            case "conversations.replies" -> replies(params.get("channel"), params.get("ts"));
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
            default -> "{\"ok\":true}";
        };
        if (answer != null) {
            send(exchange, 200, answer);
        }
    }

    private String history(String channel) {
        List<String> messages = new ArrayList<>();
        for (Map<String, String> message : posted) {
            String to = message.getOrDefault("channel", "");
            String dm = to.startsWith("U") ? "D" + to.substring(1) : to;
            if (dm.equals(channel) && message.containsKey("metadata")) {
                messages.add("{\"type\":\"message\",\"ts\":\"" + message.get("ts") + "\",\"metadata\":"
                        + message.get("metadata") + "}");
            }
        }
        return "{\"ok\":true,\"messages\":[" + String.join(",", messages) + "]}";
    }

    /** A thread's messages with metadata, as conversations.replies gives them. */
    private String replies(String channel, String thread) {
        List<String> messages = new ArrayList<>();
        for (Map<String, String> message : posted) {
            if (message.getOrDefault("channel", "").equals(channel)
                    && thread != null
                    && thread.equals(message.get("thread_ts"))
                    && message.containsKey("metadata")) {
                messages.add("{\"type\":\"message\",\"ts\":\"" + message.get("ts") + "\",\"thread_ts\":\"" + thread
                        + "\",\"metadata\":" + message.get("metadata") + "}");
            }
        }
        return "{\"ok\":true,\"messages\":[" + String.join(",", messages) + "]}";
    }

    private void response(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(
                new Call("response_url", Map.of("path", exchange.getRequestURI().getPath()), body));
        send(exchange, 200, "ok");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.startsWith("{")) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
