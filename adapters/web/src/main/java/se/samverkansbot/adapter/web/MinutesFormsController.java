package se.samverkansbot.adapter.web;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansbot.chat.ConversationAddress;
import se.samverkansbot.chat.Form;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Sender;
import se.samverkansbot.chat.UserAction;
import se.samverkansbot.conversation.Askers;
import se.samverkansbot.conversation.Conversation;
import se.samverkansbot.core.Core;
import se.samverkansbot.followup.FollowUp;
import se.samverkansbot.followup.FollowUpRecommendations;
import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.minutes.MinutesRefused;
import se.samverkansbot.minutes.RecordMinutes;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.RegisteredPerson;

/**
 * The forms after the meeting for the web chat. {@code GET /api/forms/{form}?id=…} gives the form to render for a
 * meeting ({@code minutes-item}, {@code minutes-attendance}) or a follow-up ({@code follow-up-answer}), or why the
 * signed-in person cannot fill it in; {@code POST /api/forms/{form}} with {@code {"id", "fields", "requestId"}} sends
 * the fields to the core as its typed form (a repeated requestId records nothing twice), or answers 422 with the
 * problems by field in the person's language. Who fills it in is the session's, never a field.
 */
@RestController
class MinutesFormsController {
    private final Conversation conversation;
    private final Askers askers;
    private final RecordMinutes minutes;
    private final FollowUpRecommendations followUps;

    MinutesFormsController(Core core) {
        this.conversation = core.conversation();
        this.askers = core.askers();
        this.minutes = core.recordMinutes();
        this.followUps = core.followUps();
    }

    /** A submitted form: the meeting or follow-up it is about, its fields as typed, and an id for retries. */
    record Submission(String id, Map<String, String> fields, String requestId) {}

    /** Problems by field, in {@code language}. */
    record Problems(Map<String, String> errors, String language) {}

    @GetMapping(path = "/api/forms/{form}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> form(
            @PathVariable("form") String form,
            @RequestParam("id") String id,
            Principal signedIn,
            HttpServletRequest http) {
        Optional<RegisteredPerson> person = person(signedIn);
        Language language = person.map(RegisteredPerson::language).orElse(Language.SWEDISH);
        asked(http, person, language, null);
        if (person.isEmpty()) {
            return refused(HttpStatus.FORBIDDEN, MinutesWebForms.text(language, "form.unknown-person"), language);
        }
        RegisteredPerson p = person.get();
        return switch (form) {
            case MinutesWebForms.ITEM_FORM, MinutesWebForms.ATTENDANCE_FORM -> {
                Minutes draft;
                try {
                    draft = minutes.open(id, p.id());
                } catch (MinutesRefused refused) {
                    yield refused(HttpStatus.FORBIDDEN, refused.say(language), language);
                }
                yield ResponseEntity.ok(
                        MinutesWebForms.ITEM_FORM.equals(form)
                                ? MinutesWebForms.itemForm(draft, p.structure().forums(), language)
                                : MinutesWebForms.attendanceForm(draft, p.structure(), language));
            }
            case MinutesWebForms.ANSWER_FORM ->
                followUp(p, id)
                        .<ResponseEntity<?>>map(f -> ResponseEntity.ok(MinutesWebForms.answerForm(
                                id,
                                followUps.principalName(f) + " – " + f.title() + ": " + f.recommendation(),
                                language)))
                        .orElseGet(() -> refused(
                                HttpStatus.NOT_FOUND, MinutesWebForms.text(language, "answer.no-such"), language));
            default -> refused(HttpStatus.NOT_FOUND, MinutesWebForms.text(language, "form.unknown"), language);
        };
    }

    @PostMapping(
            path = "/api/forms/{form}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> submit(
            @PathVariable("form") String form,
            @RequestBody Submission submission,
            Principal signedIn,
            HttpServletRequest http) {
        Optional<RegisteredPerson> person = person(signedIn);
        Language language = person.map(RegisteredPerson::language).orElse(Language.SWEDISH);
        String user = signedIn == null ? "guest" : signedIn.getName();
        // The same id as the chat's for the same client id: a form resent after a failure records nothing twice.
        String requestId =
                submission.requestId() == null || submission.requestId().isBlank()
                        ? null
                        : "web:" + user + ":" + submission.requestId();
        asked(http, person, language, requestId);
        Map<String, String> fields = submission.fields() == null ? Map.of() : submission.fields();
        String id = submission.id() == null ? "" : submission.id().strip();
        Map<String, String> problems = switch (form) {
            case MinutesWebForms.ITEM_FORM -> MinutesWebForms.itemProblems(id, fields, language);
            case MinutesWebForms.ATTENDANCE_FORM -> MinutesWebForms.attendanceProblems(fields, language);
            case MinutesWebForms.ANSWER_FORM -> MinutesWebForms.answerProblems(fields, language);
            default -> null;
        };
        if (problems == null) {
            return refused(HttpStatus.NOT_FOUND, MinutesWebForms.text(language, "form.unknown"), language);
        }
        if (!problems.isEmpty()) {
            return ResponseEntity.unprocessableEntity().body(new Problems(problems, MinutesWebForms.tag(language)));
        }
        Form typed = switch (form) {
            case MinutesWebForms.ITEM_FORM -> MinutesWebForms.item(id, fields);
            case MinutesWebForms.ATTENDANCE_FORM -> MinutesWebForms.attendance(id, fields);
            default -> MinutesWebForms.answer(id, fields);
        };
        return ResponseEntity.ok(ChatResponse.of(conversation.handle(new InboundMessage(
                new Sender(Platform.WEB, user, null, null),
                ConversationAddress.webChat(user),
                new UserAction.Submitted(typed),
                null,
                requestId))));
    }

    /**
     * A database failure is answered in the person's own language (the register's); an unknown outcome without a
     * request id sends them back to the form to look before sending again.
     */
    private static void asked(
            HttpServletRequest http, Optional<RegisteredPerson> person, Language language, String requestId) {
        DatabaseFailureAnswers.asked(
                http,
                new DatabaseFailureAnswers.Asked(
                        language, person.isPresent(), requestId, "inbox.outcome-unknown-form"));
    }

    private Optional<FollowUp> followUp(RegisteredPerson person, String id) {
        return followUps.ofStructure(person.structure().id()).stream()
                .filter(f -> f.id().equals(id))
                .findFirst();
    }

    private Optional<RegisteredPerson> person(Principal signedIn) {
        return signedIn == null ? Optional.empty() : askers.of(signedIn.getName());
    }

    private static ResponseEntity<?> refused(HttpStatus status, String text, Language language) {
        return ResponseEntity.status(status).body(ChatResponse.message(text, language));
    }
}
