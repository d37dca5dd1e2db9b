package se.samverkansbot.adapter.teams;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.chat.DurableInbox;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.UnknownOutcome;
import se.samverkansbot.register.Language;
import se.samverkansbot.wording.Wording;

/**
 * Teams messages through the {@link DurableInbox}, as Slack's requests: stored before the Bot Connector gets its
 * answer (one insert, keyed by the activity), answered after it from the stored record in a continued turn of the
 * same conversation (the reference kept with the request: service URL, conversation and tenant, bot and user, the
 * activity to reply to), and done once the effect is stored and the reply sent. A resend of a done activity is only
 * answered 202; one whose worker died is taken over after the lease, by the resend or by {@link #recover}.
 *
 * <p>Teams gives a bot no way to find what it sent, so a worker that dies between sending the reply and marking
 * the request done leaves it to be answered again: the reply may come twice, its effect does not (the core keys
 * effects by the request id).
 */
final class TeamsInbox {
    private static final Logger log = LoggerFactory.getLogger(TeamsInbox.class);
    /** The conversation reference (the SDK's JSON) the answer goes to. */
    static final String REFERENCE = "reference";
    /** The activity's channel data (team, channel, tenant), so the roster is asked where the person wrote. */
    static final String CHANNEL_DATA = "channelData";

    /** The bot's answer to a stored message, sent in the given turn. */
    interface Answer {
        CompletableFuture<Void> in(TurnContext turn, InboundMessage message);
    }

    /** The activity could not be stored and the person could not be told: the Bot Connector should resend it. */
    static final class NotStored extends RuntimeException {
        NotStored(Throwable cause) {
            super("A Teams activity could neither be stored nor answered", cause);
        }
    }

    private final DurableInbox inbox;
    private final ExecutorService work;
    private final TeamsAdapter adapter;

    TeamsInbox(DurableInbox inbox, ExecutorService work, TeamsAdapter adapter) {
        this.inbox = inbox;
        this.work = work;
        this.adapter = adapter;
    }

    /**
     * Before the answer to the Bot Connector: stores the message with where its answer goes and hands the work to
     * the executor. A resend of one that is done or being worked on is only acknowledged. When it was not stored, the
     * person is told at once that nothing was saved; when it may have been, that it is not known.
     */
    CompletableFuture<Void> receive(TurnContext turn, InboundMessage message, Answer answer) {
        Activity activity = turn.getActivity();
        Optional<InboundRequest> claimed;
        try {
            claimed = inbox.accept(message, replyTo(activity));
        } catch (UnknownOutcome.StillUnknown e) {
            // If it was stored, the recovery answers it after the lease: told at once that it is not known, and
            // pointed to «mina ärenden», since a new message is a new request.
            log.warn("A Teams activity may have been stored and could not be looked up: {}", e.toString());
            return told("inbox.outcome-unknown", turn, e);
        } catch (RuntimeException e) {
            log.warn("A Teams activity could not be stored, nothing was done: {}", e.toString());
            return told("inbox.nothing-saved", turn, e);
        }
        claimed.ifPresent(request -> {
            try {
                work.execute(() -> process(request, answer));
            } catch (RejectedExecutionException shuttingDown) {
                // Stored all the same: the next instance to start takes it over after the lease.
                log.info("Teams request {} is left for after the restart", request.key());
            }
        });
        return CompletableFuture.completedFuture(null);
    }

    /** The person is told at once; if even that fails, the Bot Connector is asked to send the activity again. */
    private static CompletableFuture<Void> told(String key, TurnContext turn, RuntimeException e) {
        return turn.sendActivity(
                        AdaptiveCards.message(said(key, turn.getActivity().getLocale())))
                .handle((sent, failed) -> {
                    if (failed != null) {
                        NotStored notStored = new NotStored(e);
                        notStored.addSuppressed(failed);
                        throw notStored;
                    }
                    return null;
                });
    }

    /** Answers the requests whose workers died (their lease passed), from their stored records. */
    int recover(Answer answer) {
        return inbox.recover(request -> deliver(request, answer), this::tellGivenUp);
    }

    private void process(InboundRequest request, Answer answer) {
        try {
            inbox.process(request, claimed -> deliver(claimed, answer), this::tellGivenUp);
        } catch (RuntimeException e) {
            log.warn("Answering a Teams activity failed: {}", e.toString());
        }
    }

    /** One turn in the request's conversation, as if the person's activity had just come: the answer replies to it. */
    private void deliver(InboundRequest request, Answer answer) throws Exception {
        ConversationReference reference =
                TeamsAdapter.reference(request.replyTo().get(REFERENCE));
        JsonNode channelData = request.replyTo().containsKey(CHANNEL_DATA)
                ? Serialization.jsonToTree(request.replyTo().get(CHANNEL_DATA))
                : null;
        try {
            adapter.continueConversation(reference, turn -> {
                        Activity continued = turn.getActivity();
                        continued.setId(reference.getActivityId());
                        continued.setChannelData(channelData);
                        return answer.in(turn, request.message());
                    })
                    .join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void tellGivenUp(InboundRequest request) throws Exception {
        Reply reply = said("inbox.given-up", request.message().languageHint());
        deliver(
                request,
                (turn, message) ->
                        turn.sendActivity(AdaptiveCards.message(reply)).thenApply(sent -> null));
    }

    /** Where the answer goes, kept with the request. */
    private static Map<String, String> replyTo(Activity activity) {
        Map<String, String> replyTo = new LinkedHashMap<>();
        try {
            replyTo.put(REFERENCE, Serialization.toString(activity.getConversationReference()));
            if (activity.getChannelData() != null) {
                replyTo.put(CHANNEL_DATA, Serialization.toString(activity.getChannelData()));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("A Teams activity whose reference cannot be written", e);
        }
        return replyTo;
    }

    /** Said without looking the person up (the register may be out of reach), by what their Teams speaks. */
    private static Reply said(String key, String locale) {
        Language language = Language.fromTag(locale);
        return Reply.plain(Wording.toUnknownReader(language, key), language);
    }
}
