package se.samverkansbot.commands;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.PendingConfirmations;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.chat.UnknownOutcome;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.wording.Phrasing;

/**
 * Proposing an action and acting only when the same person confirms within 30 minutes. The proposal's language is
 * kept, because "bekräfta ABC123" alone says little about language.
 */
public final class Confirmations {
    static final Duration CONFIRM_WITHIN = Duration.ofMinutes(30);
    private static final String TOKEN_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final PendingConfirmations pending;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Confirmations(PendingConfirmations pending, Clock clock) {
        this.pending = pending;
        this.clock = clock;
    }

    /** Stores the proposal and asks the person to confirm it, with a button for yes and one for no. */
    Reply propose(
            RegisteredPerson asker, String action, Map<String, String> data, String summary, String yes, Phrasing say) {
        String token = token();
        Map<String, String> withLanguage = new HashMap<>(data);
        withLanguage.put("language", say.language().name());
        pending.save(new PendingConfirmations.Pending(
                token, asker.id(), action, withLanguage, clock.instant().plus(CONFIRM_WITHIN)));
        String confirm = say.say("bekräfta ", "confirm ") + token;
        String abort = say.say("avbryt ", "abort ") + token;
        String text = summary + "\n"
                + say.say(
                                "Svara \"%s\" eller \"%s\" (gäller i 30 minuter).",
                                "Answer \"%s\" or \"%s\" (valid for 30 minutes).")
                        .formatted(confirm, abort);
        return new Reply(
                text,
                say.language(),
                List.of(new ReplyPart.Choices(
                        summary,
                        List.of(
                                new ReplyPart.Choice(yes, new Command.Confirm(token)),
                                new ReplyPart.Choice(say.say("Nej, avbryt", "No, abort"), new Command.Abort(token))))));
    }

    /**
     * Acts on the proposal waiting under this code for this person, taken under the request so that the same
     * request again (a retry after a failure) takes it again and finishes the action; empty when nothing waits. Once
     * taken, a failure of the action is never "nothing was saved" (the confirmation is used up): it is thrown as
     * {@link UnknownOutcome.StillUnknown}, and the retry with the same request id acts. Done, the confirmation is
     * gone, so a later resend of the request does not act twice.
     */
    public Optional<Reply> act(
            String token, String personId, String requestId, Function<PendingConfirmations.Pending, Reply> action) {
        return pending.take(token, personId, clock.instant(), requestId)
                .map(taken -> UnknownOutcome.afterStored("confirmation " + token + " (taken)", () -> {
                    Reply done = action.apply(taken);
                    if (requestId != null) {
                        forget(token);
                    }
                    return done;
                }));
    }

    /**
     * The action is done and its reply is true, so a failure to remove the confirmation does not change the answer
     * (a 503 would make the page resend and act twice); what is left is only taken again by this same request id.
     */
    private void forget(String token) {
        try {
            pending.done(token);
        } catch (RuntimeException leftForItsRequestOnly) {
            // nothing to tell the person: what they asked for is done
        }
    }

    public static Phrasing languageOf(PendingConfirmations.Pending taken) {
        return new Phrasing(Language.valueOf(taken.data().getOrDefault("language", "SWEDISH")));
    }

    public static Reply nothingWaiting(String token, Phrasing say) {
        return Reply.plain(
                say.say(
                                "Jag hittar ingen ändring som väntar på dig med koden %s. Den kan redan vara bekräftad eller ha gått ut "
                                        + "efter 30 minuter; skicka i så fall kommandot igen.",
                                "I find no change waiting for you with the code %s. It may already be "
                                        + "confirmed or have expired after 30 minutes; if so, send the command again.")
                        .formatted(token),
                say.language());
    }

    private String token() {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            token.append(TOKEN_LETTERS.charAt(random.nextInt(TOKEN_LETTERS.length())));
        }
        return token.toString();
    }
}
