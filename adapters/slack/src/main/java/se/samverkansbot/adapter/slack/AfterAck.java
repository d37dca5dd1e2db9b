package se.samverkansbot.adapter.slack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Work that Slack's request hands over while it is being acknowledged over HTTP starts only once the
 * acknowledgement has been sent ({@link AcknowledgeFirstServlet}). Started at once, the answer took a core from
 * its own ack on a small machine: the ack still had Bolt's response and Tomcat's write ahead of it. The request is
 * already in the inbox, so nothing depends on when the work starts; in Socket Mode it starts at once.
 */
final class AfterAck {
    private static final ThreadLocal<List<Runnable>> HELD = new ThreadLocal<>();

    private AfterAck() {}

    /** Hands the task to the executor: at once, or within {@link #acknowledge} once the ack has been sent. */
    static void start(Executor work, Runnable task) {
        List<Runnable> held = HELD.get();
        if (held != null) {
            held.add(() -> work.execute(task));
        } else {
            work.execute(task);
        }
    }

    /** The handling of one request, its acknowledgement sent when it returns. */
    interface Acknowledgement {
        void send() throws IOException;
    }

    /** Handles and acknowledges a request, then starts the work it handed over (also when the ack failed). */
    static void acknowledge(Acknowledgement acknowledgement) throws IOException {
        List<Runnable> held = new ArrayList<>(1);
        HELD.set(held);
        try {
            acknowledgement.send();
        } finally {
            HELD.remove();
            held.forEach(Runnable::run);
        }
    }
}
