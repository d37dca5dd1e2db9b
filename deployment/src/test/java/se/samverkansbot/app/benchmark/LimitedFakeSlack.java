package se.samverkansbot.app.benchmark;

import static se.samverkansbot.testing.JsonResponses.send;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local Slack Web API that enforces Slack's posting limits as the benchmark's referee: one message a second per
 * channel and a workspace limit per minute; over either it answers 429 with Retry-After. It records when each
 * delivery key was accepted, and how often.
 */
final class LimitedFakeSlack implements AutoCloseable {
    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpServer server;
    private final int perMinute;
    private final Map<String, Long> lastInChannel = new HashMap<>();
    private final Deque<Long> lastMinute = new ArrayDeque<>();
    final Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> acceptedCount = new ConcurrentHashMap<>();
    final AtomicInteger refused = new AtomicInteger();
    /** Answers sent to the response URL, so a benchmark can wait until the work after its acks is done. */
    final AtomicInteger responses = new AtomicInteger();

    LimitedFakeSlack(int perMinute) throws IOException {
        this.perMinute = perMinute;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/", this::api);
        server.createContext("/response/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            responses.incrementAndGet();
            send(exchange, 200, "{}");
        });
        server.start();
    }

    String responseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/bench";
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!method.equals("chat.postMessage")) {
            send(exchange, 200, "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"U1\",\"bot_id\":\"B1\"}");
            return;
        }
        String channel = param(body, "channel");
        long now = System.currentTimeMillis();
        long wait = admit(channel, now);
        if (wait > 0) {
            refused.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", Long.toString(Math.max(1, (wait + 999) / 1000)));
            send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        Matcher key = KEY.matcher(param(body, "metadata"));
        if (key.find()) {
            acceptedAt.putIfAbsent(key.group(1), now);
            acceptedCount
                    .computeIfAbsent(key.group(1), k -> new AtomicInteger())
                    .incrementAndGet();
        }
        send(
                exchange,
                200,
                "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + now / 1000 + "." + now % 1000 + "\"}");
    }

    /** Zero to accept (and count it), or milliseconds until this post would be allowed. */
    private synchronized long admit(String channel, long now) {
        while (!lastMinute.isEmpty() && lastMinute.peekFirst() <= now - 60_000) {
            lastMinute.pollFirst();
        }
        long wait = 0;
        Long last = lastInChannel.get(channel);
        if (last != null && now - last < 1000) {
            wait = 1000 - (now - last);
        }
        if (lastMinute.size() >= perMinute) {
            wait = Math.max(wait, lastMinute.peekFirst() + 60_000 - now);
        }
        if (wait == 0) {
            lastInChannel.put(channel, now);
            lastMinute.addLast(now);
        }
        return wait;
    }

    private static String param(String form, String name) {
        for (String pair : form.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
