package se.samverkansbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The work a slash command hands over starts only once its acknowledgement has been sent whole; outside the
 * servlet (Socket Mode, the adapter's in-process tests) it starts at once.
 */
class AcknowledgeFirstServletTest {
    private final FakeSlackApi slack;
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final List<String> seenByTheWork = new ArrayList<>();
    private final Executor work = task -> {
        seenByTheWork.add(response.isCommitted() ? "ack sent: " + contentOf(response) : "ack not sent yet");
        task.run();
    };

    AcknowledgeFirstServletTest() throws java.io.IOException {
        slack = new FakeSlackApi();
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void the_work_a_command_hands_over_starts_after_its_ack_was_sent() throws Exception {
        List<String> done = new ArrayList<>();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl()); // Bolt asks auth.test before the first request
        App app = new App(AppConfig.builder()
                .singleTeamBotToken("xoxb-test")
                .signingSecret("secret")
                .requestVerificationEnabled(false)
                .slack(Slack.getInstance(config))
                .build());
        app.command("/samverkan", (request, context) -> {
            AfterAck.start(work, () -> done.add("answered"));
            assertThat(done).as("not started within the handler").isEmpty();
            return context.ack();
        });

        new AcknowledgeFirstServlet(app).service(slashCommand(), response);

        assertThat(seenByTheWork)
                .as(() -> "Bolt answered " + response.getStatus() + " " + contentOf(response))
                .containsExactly("ack sent: ");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(done).containsExactly("answered");
    }

    @Test
    void outside_an_acknowledgement_the_work_starts_at_once() {
        List<String> done = new ArrayList<>();

        AfterAck.start(work, () -> done.add("answered"));

        assertThat(seenByTheWork).containsExactly("ack not sent yet");
        assertThat(done).containsExactly("answered");
    }

    @Test
    void work_handed_over_before_the_ack_failed_still_starts() {
        List<String> done = new ArrayList<>();

        try {
            AfterAck.acknowledge(() -> {
                AfterAck.start(work, () -> done.add("answered"));
                throw new java.io.IOException("the connection closed");
            });
        } catch (java.io.IOException expected) {
            // the request is in the inbox: its work goes on
        }

        assertThat(done).containsExactly("answered");
    }

    private static MockHttpServletRequest slashCommand() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/slack/events");
        request.setContentType("application/x-www-form-urlencoded");
        request.setContent(("token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fsamverkan&text=hej"
                        + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fx&trigger_id=t1")
                .getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static String contentOf(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
