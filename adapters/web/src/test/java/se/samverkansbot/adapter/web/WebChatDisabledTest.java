package se.samverkansbot.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
        classes = WebChatTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samverkan.web-chat.enabled=false")
class WebChatDisabledTest {
    @LocalServerPort
    int port;

    @Test
    void in_production_the_setting_turns_the_web_chat_off() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> chat = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hej\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(chat.statusCode()).isEqualTo(404);
        assertThat(page.statusCode()).isEqualTo(404);
    }
}
