package se.samverkansbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansbot.adapter.slack.FakeSlackApi;
import se.samverkansbot.app.SamverkansbotApplication;

/**
 * Socket Mode, for networks without a public URL: the app connects out; Slack's side is played by a loopback
 * WebSocket that says hello and delivers an app_mention envelope, which the app must acknowledge and answer.
 */
class SlackSocketModeTest {

    @Test
    void connects_out_acknowledges_an_envelope_and_answers_the_mention() throws Exception {
        List<String> fromApp = new CopyOnWriteArrayList<>();
        String mention;
        try (InputStream in = getClass().getResourceAsStream("/protocol-fixtures/slack/08_event_app_mention.json")) {
            mention = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .strip()
                    .replace("<@U123> test", "<@U123> vad betyder VVU?");
        }
        String envelope =
                "{\"envelope_id\":\"env-1\",\"type\":\"events_api\",\"accepts_response_payload\":false,\"retry_attempt\":0,"
                        + "\"retry_reason\":\"\",\"payload\":" + mention + "}";
        WebSocketServer slackSide = new WebSocketServer(new InetSocketAddress("127.0.0.1", 0)) {
            @Override
            public void onOpen(WebSocket socket, ClientHandshake handshake) {
                socket.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A123\"}}");
                socket.send(envelope);
            }

            @Override
            public void onMessage(WebSocket socket, String message) {
                fromApp.add(message);
            }

            @Override
            public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

            @Override
            public void onError(WebSocket socket, Exception e) {}

            @Override
            public void onStart() {}
        };
        slackSide.setReuseAddr(true);
        slackSide.start();
        Thread.sleep(200);
        Path dataDir = Files.createTempDirectory("socket-mode");
        try (FakeSlackApi api = new FakeSlackApi()) {
            api.socketUrl("ws://127.0.0.1:" + slackSide.getPort() + "/link");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SamverkansbotApplication.class)
                    .run(
                            "--server.port=0",
                            "--samverkan.data-dir=" + dataDir,
                            "--samverkan.slack.mode=socket",
                            "--samverkan.slack.app-token=xapp-test",
                            "--samverkan.slack.bot-token=xoxb-test",
                            "--samverkan.slack.api-url=" + api.apiUrl(),
                            "--samverkan.reminders.tick=PT1H")) {

                List<FakeSlackApi.Call> answers = api.await("chat.postMessage", 1);

                assertThat(api.calls("apps.connections.open")).isNotEmpty();
                assertThat(fromApp).anyMatch(message -> message.contains("\"envelope_id\":\"env-1\""));
                assertThat(answers).singleElement().satisfies(answer -> {
                    assertThat(answer.params()).containsEntry("channel", "C123");
                    assertThat(answer.params().get("text")).contains("VVU: Vårdvalsutskottet");
                });
                assertThat(app.getEnvironment().getProperty("local.server.port"))
                        .isNotBlank();
            }
        } finally {
            slackSide.stop(1000);
        }
    }
}
