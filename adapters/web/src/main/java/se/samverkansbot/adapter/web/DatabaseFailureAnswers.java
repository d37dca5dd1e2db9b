package se.samverkansbot.adapter.web;

import jakarta.servlet.http.HttpServletRequest;

import com.mongodb.MongoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.samverkansbot.chat.UnknownOutcome;
import se.samverkansbot.register.Language;
import se.samverkansbot.store.mongo.DriverFailures;
import se.samverkansbot.wording.Wording;

/**
 * What the web chat and its forms answer when the database fails, in one place: a failure known to have written
 * nothing is "nothing was saved"; any other is "not known whether it was saved", never "nothing was saved" for
 * something that may be stored. Each controller says, before it reaches the core, who asks in which language and
 * under which request id ({@link #asked}); without that the answer is Swedish and English.
 */
@RestControllerAdvice(assignableTypes = {ChatController.class, MinutesFormsController.class})
class DatabaseFailureAnswers {
    private static final Logger log = LoggerFactory.getLogger(DatabaseFailureAnswers.class);
    private static final String ASKED = DatabaseFailureAnswers.class.getName() + ".asked";

    private final UnsettledRequests unsettled = new UnsettledRequests();

    /**
     * The request as a database failure answer needs it: the language to answer in (the person's when {@code
     * languageKnown}, else the likely one, with Swedish also given in English), the request id a resend would
     * carry (null when the client sent none), and the text key for an unknown outcome without one: what the person
     * can look at before trying again.
     */
    record Asked(Language language, boolean languageKnown, String requestId, String unknownWithoutRequestId) {}

    static void asked(HttpServletRequest http, Asked asked) {
        http.setAttribute(ASKED, asked);
    }

    /**
     * The database could not be reached and nothing was written: the person is told so at once, in their language,
     * rather than waiting for a bare 500.
     */
    @ExceptionHandler(UnknownOutcome.NothingWritten.class)
    ResponseEntity<ChatResponse> nothingWritten(UnknownOutcome.NothingWritten e, HttpServletRequest http) {
        log.warn("Nothing was written for {}: {}", http.getRequestURI(), e.toString());
        return databaseAway(Settled.NOTHING_WRITTEN, http);
    }

    /** Something may have been written, or was and a later step failed: nobody is told that nothing was saved. */
    @ExceptionHandler(UnknownOutcome.StillUnknown.class)
    ResponseEntity<ChatResponse> stillUnknown(UnknownOutcome.StillUnknown e, HttpServletRequest http) {
        log.warn("The outcome of {} is not known: {}", http.getRequestURI(), e.toString());
        return databaseAway(Settled.UNKNOWN, http);
    }

    /**
     * The database failed where no store said what became of it: before anything was sent (no server, no
     * connection), nothing was written; after, it may have been.
     */
    @ExceptionHandler(MongoException.class)
    ResponseEntity<ChatResponse> databaseFailed(MongoException e, HttpServletRequest http) {
        log.warn("The database did not answer {}: {}", http.getRequestURI(), e.toString());
        return databaseAway(DriverFailures.nothingSent(e) ? Settled.NOTHING_WRITTEN : Settled.UNKNOWN, http);
    }

    private enum Settled {
        NOTHING_WRITTEN,
        UNKNOWN
    }

    /**
     * 503 with Retry-After either way: the request did not complete and nothing is left to finish it later (the web
     * chat has no inbox; 202 would promise that), so the client should send it again. With a request id that is safe
     * and settles an unknown outcome: a write that landed answers with its receipt, never a second item. A request
     * id once told "not known" stays so here until its receipt, so a resend that fails before sending does not turn
     * it into "nothing was saved" while the first attempt may have landed.
     */
    private ResponseEntity<ChatResponse> databaseAway(Settled settled, HttpServletRequest http) {
        Asked asked = http.getAttribute(ASKED) instanceof Asked a
                ? a
                : new Asked(Language.SWEDISH, false, null, "inbox.outcome-unknown");
        String requestId = asked.requestId();
        boolean unknown = settled == Settled.UNKNOWN || unsettled.wasUnknown(requestId);
        if (unknown) {
            unsettled.unknown(requestId);
        }
        String key = !unknown
                ? "inbox.nothing-saved"
                : requestId != null ? "inbox.outcome-unknown-resend" : asked.unknownWithoutRequestId();
        String text = asked.languageKnown()
                ? Wording.text(asked.language(), key)
                : Wording.toUnknownReader(asked.language(), key);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "5")
                .body(ChatResponse.message(text, asked.language()));
    }
}
