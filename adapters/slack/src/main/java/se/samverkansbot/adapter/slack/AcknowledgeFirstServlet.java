package se.samverkansbot.adapter.slack;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;

/**
 * Bolt's servlet, with the acknowledgement sent whole before the work the request handed over starts
 * ({@link AfterAck}). Closing the writer Bolt wrote the ack to ends the response (the container sets its length
 * from the buffer), so Slack has its answer before the work competes for the CPU.
 */
final class AcknowledgeFirstServlet extends SlackAppServlet {
    AcknowledgeFirstServlet(App app) {
        super(app);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AfterAck.acknowledge(() -> {
            super.doPost(request, response);
            response.getWriter().close();
        });
    }
}
