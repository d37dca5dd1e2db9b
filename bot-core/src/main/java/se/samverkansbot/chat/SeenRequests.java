package se.samverkansbot.chat;

/**
 * Platform requests already handled (port): a retried Slack event or Teams activity is recognised and not
 * answered twice, even when the retry reaches another instance.
 */
public interface SeenRequests {

    /** True the first time this request id is seen on this platform, false on every retry. */
    boolean firstTime(Platform platform, String requestId);
}
