package se.samverkansbot.adapter.teams;

import java.util.concurrent.CompletionException;

import com.auth0.jwt.exceptions.JWTDecodeException;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}: the Bot Connector's requests. The SDK validates the token (issuer, audience,
 * serviceurl claim, endorsements, signing keys); a missing or invalid token gets 401 and nothing else happens.
 * Unlike the SDK, a missing token is never accepted unless authentication is explicitly off for local testing. A
 * message is answered 202 once it is stored (its reply follows from the stored record); an invoke is answered with
 * its result.
 */
@RestController
final class TeamsController {
    private static final Logger log = LoggerFactory.getLogger(TeamsController.class);

    private final TeamsAdapter adapter;
    private final TeamsBot bot;
    private final boolean authDisabled;

    TeamsController(TeamsAdapter adapter, TeamsBot bot, TeamsProperties properties) {
        this.adapter = adapter;
        this.bot = bot;
        this.authDisabled = properties.authDisabled();
    }

    @PostMapping(path = "/api/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> messages(
            @RequestBody String body, @RequestHeader(name = "Authorization", required = false) String authorization) {
        if (!authDisabled && (authorization == null || !authorization.startsWith("Bearer "))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Activity activity;
        try {
            activity = Serialization.getAs(Serialization.jsonToTree(body), Activity.class);
        } catch (Exception e) {
            return ResponseEntity.badRequest().build();
        }
        if (activity == null || activity.getType() == null) {
            return ResponseEntity.badRequest().build();
        }
        try {
            InvokeResponse response = adapter.processActivity(authDisabled ? "" : authorization, activity, bot::onTurn)
                    .join();
            return response == null
                    ? ResponseEntity.accepted().build()
                    : ResponseEntity.status(response.getStatus()).body(response.getBody());
        } catch (CompletionException e) {
            return failure(e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    private static ResponseEntity<Object> failure(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationException || cause instanceof JWTDecodeException) {
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
            }
            if (cause instanceof TeamsInbox.NotStored) {
                // Nothing was stored and the person could not even be told: ask the Bot Connector to send it again.
                log.warn("A Teams activity was neither stored nor answered: {}", thrown.toString());
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header("Retry-After", "5")
                        .build();
            }
        }
        log.error("A Teams activity could not be handled", thrown);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
    }
}
