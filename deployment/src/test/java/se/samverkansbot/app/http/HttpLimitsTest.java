package se.samverkansbot.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansbot.app.SamverkansbotApplication;

/**
 * Hostile bodies against the running app: a body larger than the endpoint takes is refused with 413 and a clear
 * message in Swedish and English, whether it says its length or comes chunked, and the server reads no more of it
 * than the limit. Every response carries the security headers.
 */
class HttpLimitsTest {
    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(SamverkansbotApplication.class)
                .run("--server.port=0", "--samverkan.data-dir=" + dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_chat_body_over_64_kb_is_refused_with_413_and_one_within_it_is_answered() throws Exception {
        String question = "{\"user\": \"x\", \"text\": \"Vad är SVOM?\", \"pad\": \"";
        String within = question + "a".repeat(64 * 1024 - question.length() - 3) + "\"}";
        String over = question + "a".repeat(64 * 1024 - question.length()) + "\"}";

        // Within the limit the body is read and the request goes on to sign-in (nobody is signed in here).
        assertThat(post("/api/chat", within).statusCode()).isEqualTo(401);
        HttpResponse<String> refused = post("/api/chat", over);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(JsonPath.<String>read(refused.body(), "$.text"))
                .isEqualTo("Meddelandet är för stort: högst 64 kB tas emot. / "
                        + "The message is too large: at most 64 kB is accepted.");
    }

    @Test
    void a_10_mb_body_that_says_its_length_is_refused_unread() throws Exception {
        HttpResponse<String> refused = post("/api/chat", "{\"text\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}");

        assertThat(refused.statusCode()).isEqualTo(413);
    }

    @Test
    void a_200_mb_chunked_body_is_refused_after_at_most_the_limit_and_the_heap_never_holds_it() throws Exception {
        AtomicLong sent = new AtomicLong();
        long size = 200L * 1024 * 1024;
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return sent.getAndIncrement() < size ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = size - sent.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                sent.addAndGet(n);
                return n;
            }
        };

        HttpResponse<String> refused = http.send(
                HttpRequest.newBuilder(uri("/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(sent.get())
                .as("the server stopped reading long before the end")
                .isLessThan(size / 4);
    }

    @Test
    void pages_and_the_api_carry_the_security_headers() throws Exception {
        // A public page, the sign-in redirect of the chat page and a refused personal API alike.
        for (String path : new String[] {"/sv", "/", "/api/people"}) {
            HttpResponse<String> response =
                    http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isIn(200, 302, 401);
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .hasValue("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        }
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + path);
    }
}
