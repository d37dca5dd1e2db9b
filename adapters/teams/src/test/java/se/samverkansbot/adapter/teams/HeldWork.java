package se.samverkansbot.adapter.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The work an instance does after answering the Bot Connector: held until the test runs it ({@link #runAll}), at
 * once ({@link #atOnce}), or never, as when the process is killed right after the answer.
 */
final class HeldWork extends AbstractExecutorService {
    private final boolean atOnce;
    private final List<Runnable> held = new ArrayList<>();

    private HeldWork(boolean atOnce) {
        this.atOnce = atOnce;
    }

    static HeldWork held() {
        return new HeldWork(false);
    }

    static HeldWork atOnce() {
        return new HeldWork(true);
    }

    /** The process dies after the ack: the work handed to it is never done. */
    static HeldWork dies() {
        return new HeldWork(false);
    }

    void runAll() {
        List<Runnable> now = List.copyOf(held);
        held.clear();
        now.forEach(Runnable::run);
    }

    @Override
    public void execute(Runnable command) {
        if (atOnce) {
            command.run();
        } else {
            held.add(command);
        }
    }

    @Override
    public void shutdown() {}

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
