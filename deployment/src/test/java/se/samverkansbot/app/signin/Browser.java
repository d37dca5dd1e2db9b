package se.samverkansbot.app.signin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A person's browser against the running app, for tests: keeps cookies per host (by hand, so a Secure cookie is sent
 * over the test's plain HTTP too), follows no redirects by itself, and sends the CSRF token the app handed out.
 */
public final class Browser {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_JSON = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
    private final String base;
    private String csrf;

    public Browser(String base) {
        this.base = base;
    }

    public static Browser of(ConfigurableApplicationContext app) {
        return new Browser("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
    }

    /** The local sign-in, as a person does it: the page, then the form with its CSRF token. */
    public Browser signInLocally(String personId) throws IOException, InterruptedException {
        String page = get("/login").body();
        Matcher token = CSRF_FIELD.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no local sign-in form on /login: " + page);
        }
        HttpResponse<String> signedIn = postForm("/login/local", Map.of("_csrf", token.group(1), "person", personId));
        if (signedIn.statusCode() != 303
                || !"/".equals(signedIn.headers().firstValue("Location").orElse(""))) {
            throw new IllegalStateException("local sign-in as " + personId + " failed: "
                    + signedIn.headers().map());
        }
        return this;
    }

    /** Follows redirects from a path of the app, across hosts (the issuer), as a browser does; the last response. */
    public HttpResponse<String> follow(String path) throws IOException, InterruptedException {
        URI at = URI.create(base + path);
        HttpResponse<String> response = get(at);
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            at = at.resolve(response.headers().firstValue("Location").orElseThrow());
            response = get(at);
        }
        return response;
    }

    /** Reads the CSRF token the chat page uses, from {@code /api/me}; returns the body. */
    public HttpResponse<String> me() throws IOException, InterruptedException {
        HttpResponse<String> me = get("/api/me");
        Matcher token = CSRF_JSON.matcher(me.body().replace(" ", ""));
        if (token.find()) {
            csrf = token.group(1);
        }
        return me;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(withCookies(HttpRequest.newBuilder(uri), uri).GET());
    }

    /** A JSON POST with the CSRF header, as the chat page sends it (reads the token first if not yet known). */
    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        if (csrf == null) {
            me();
        }
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A JSON POST without any CSRF token, as a forged cross-site request would be. */
    public HttpResponse<String> postJsonWithoutCsrf(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A file upload ({@code multipart/form-data}) with one file field, as a form with a file input sends it. */
    public HttpResponse<String> postFile(String path, String field, String fileName, String content)
            throws IOException, InterruptedException {
        String boundary = "----samverkan-test-" + Long.toHexString(System.nanoTime());
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n"
                + content + "\r\n--" + boundary + "--\r\n";
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** The Set-Cookie headers of the last responses are kept; this says whether a session cookie is held. */
    public boolean hasSession() {
        return cookies.values().stream().anyMatch(c -> c.containsKey("JSESSIONID"));
    }

    private HttpRequest.Builder request(String path) {
        URI uri = URI.create(base + path);
        return withCookies(HttpRequest.newBuilder(uri), uri);
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder request, URI uri) {
        Map<String, String> held = cookies.getOrDefault(uri.getAuthority(), Map.of());
        if (!held.isEmpty()) {
            request.header(
                    "Cookie",
                    held.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        List<String> set = response.headers().allValues("Set-Cookie");
        for (String cookie : set) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.computeIfAbsent(built.uri().getAuthority(), k -> new LinkedHashMap<>())
                    .put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return response;
    }
}
