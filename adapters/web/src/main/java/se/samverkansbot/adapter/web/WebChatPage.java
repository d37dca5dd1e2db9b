package se.samverkansbot.adapter.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the chat page at "/" (only when the web chat is on, which a static resource could not respect). */
@RestController
class WebChatPage {
    private final String page;

    WebChatPage() throws IOException {
        this.page = new ClassPathResource("webchat/index.html").getContentAsString(StandardCharsets.UTF_8);
    }

    @GetMapping(
            path = {"/", "/chat"},
            produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .header(
                        "Content-Security-Policy",
                        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
                                + " frame-ancestors 'none'")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page);
    }
}
