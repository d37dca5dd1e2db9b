package se.samverkansbot.adapter.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansbot.agenda.ExportAgendaItems;
import se.samverkansbot.chat.ActionCodec;
import se.samverkansbot.chat.ConversationAddress;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Sender;
import se.samverkansbot.chat.UserAction;
import se.samverkansbot.conversation.Askers;
import se.samverkansbot.conversation.Conversation;
import se.samverkansbot.core.Core;
import se.samverkansbot.meeting.YearWheel;
import se.samverkansbot.minutes.ExportMeeting;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.reminder.Inbox;
import se.samverkansbot.time.SwedishTime;

/**
 * The web chat's JSON API. A question always gets a 200 with a reply; a body that is not readable JSON gets a
 * 400 that says how to ask. Who asks is the signed-in person (the principal's name is their register id, set by
 * the application's sign-in), never a parameter; with nobody signed in, a guest.
 */
@RestController
class ChatController {
    /** The client's own id for a request, so a resent one is recognised (the header wins over the field). */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Pattern CLIENT_ID = Pattern.compile("[\\p{Alnum}._:/-]{1,200}");

    private final Conversation conversation;
    private final Askers askers;
    private final Supplier<Register> register;
    private final Inbox inbox;
    private final YearWheel yearWheel;
    private final ExportAgendaItems export;
    private final ExportMeeting exportMeeting;
    private final ForumRoles roles;

    ChatController(Core core, Supplier<Register> register, Inbox inbox) {
        this.conversation = core.conversation();
        this.askers = core.askers();
        this.register = register;
        this.inbox = inbox;
        this.yearWheel = core.yearWheel();
        this.export = core.exportAgendaItems();
        this.exportMeeting = core.exportMeeting();
        this.roles = core.forumRoles();
    }

    @PostMapping(
            path = "/api/chat",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ChatResponse> chat(
            @RequestBody ChatRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            Principal signedIn,
            HttpServletRequest http) {
        // The person is the session's, never a parameter.
        String user = signedIn == null ? "guest" : signedIn.getName();
        String clientId = idempotencyKey != null ? idempotencyKey : request.requestId();
        if (clientId != null && !CLIENT_ID.matcher(clientId).matches()) {
            return ResponseEntity.badRequest()
                    .body(ChatResponse.message(
                            "Begärans id (Idempotency-Key eller requestId) får vara högst 200 tecken: bokstäver, "
                                    + "siffror och - _ . : / "
                                    + "The request id (Idempotency-Key or requestId) may be at most 200 characters: "
                                    + "letters, digits and - _ . :",
                            Language.SWEDISH));
        }
        // The client's id for this request, per person: a resent submission finds the first item, not a new one.
        String requestId = clientId == null ? null : "web:" + user + ":" + clientId;
        // The language is the one the page says, else guessed from the words: a failure answers in both then.
        DatabaseFailureAnswers.asked(
                http,
                new DatabaseFailureAnswers.Asked(
                        Language.fromTag(request.locale()), false, requestId, "inbox.outcome-unknown"));
        Sender sender = new Sender(Platform.WEB, user, null, null);
        ConversationAddress address = ConversationAddress.webChat(user);
        if (request.action() == null) {
            return ResponseEntity.ok(ChatResponse.of(
                    conversation.handle(InboundMessage.said(sender, address, request.text(), request.locale())
                            .withRequestId(requestId))));
        }
        // A button the page got from an earlier reply: its command, answered in the language it was offered in.
        return ActionCodec.decode(request.action())
                .map(pressed -> ResponseEntity.ok(ChatResponse.of(conversation.handle(new InboundMessage(
                        sender,
                        address,
                        new UserAction.Pressed(pressed.command()),
                        pressed.language() == Language.ENGLISH ? "en" : "sv",
                        requestId)))))
                .orElseGet(() -> ResponseEntity.badRequest()
                        .body(ChatResponse.message(
                                "Den knappen känner jag inte igen; skriv gärna frågan i stället. / "
                                        + "I don't recognise that button; please type the question instead.",
                                Language.SWEDISH)));
    }

    /** The people the page offers to "be": everyone in the register, by structure and name. */
    @GetMapping(path = "/api/people", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PersonView> people() {
        return register.get().structures().stream()
                .flatMap(structure -> structure.people().stream()
                        .map(person -> new PersonView(
                                person.id(),
                                person.name(),
                                person.title(),
                                structure
                                        .party(person.party())
                                        .map(p -> p.name())
                                        .orElse(null),
                                structure.name())))
                .sorted(Comparator.comparing(PersonView::structure)
                        .thenComparing(PersonView::name, java.text.Collator.getInstance(Language.SWEDISH.locale())))
                .toList();
    }

    record PersonView(String id, String name, String title, String organisation, String structure) {}

    /** Reminders and notices the bot delivered to this person in the app, newest first; empty for a guest. */
    @GetMapping(path = "/api/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
    List<InboxView> inbox(Principal signedIn) {
        return (signedIn == null ? Optional.<RegisteredPerson>empty() : askers.of(signedIn.getName()))
                .map(RegisteredPerson::id)
                .map(person -> inbox.latest(person, 50).stream()
                        .map(m -> new InboxView(m.deliveryKey(), m.text(), m.at().toString()))
                        .toList())
                .orElse(List.of());
    }

    record InboxView(String id, String text, String at) {}

    /** The årshjul of a structure as data: every meeting and deadline of the year, in order, in Swedish time. */
    @GetMapping(path = "/api/year", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<YearEntryView>> year(
            @RequestParam("structure") String structureId, @RequestParam("year") int year) {
        return register.get()
                .structure(structureId)
                .map(structure -> ResponseEntity.ok(yearWheel.of(structureId, year).stream()
                        .map(entry -> new YearEntryView(
                                entry.at()
                                        .atZone(SwedishTime.ZONE)
                                        .toOffsetDateTime()
                                        .toString(),
                                entry.kind().name(),
                                entry.kind().label(Language.SWEDISH),
                                entry.forumId(),
                                structure
                                        .forum(entry.forumId())
                                        .map(f -> f.name())
                                        .orElse(null),
                                entry.meetingId(),
                                entry.status().name()))
                        .toList()))
                .orElse(ResponseEntity.notFound().build());
    }

    /**
     * The forum's record for registration (diarieföring): either its agenda items for a period (CSV or JSON, every
     * status, with history), or, with {@code meeting}, that meeting's export: agenda items, every edition of the
     * minutes with attendance and sign-off, and the follow-ups per principal with their answers — as CSV, JSON or a
     * printable HTML document. Only the forum's chair, convener or secretary may export.
     */
    @GetMapping(path = "/api/agenda/export")
    ResponseEntity<String> exportItems(
            Principal signedIn,
            @RequestParam("structure") String structureId,
            @RequestParam("forum") String forumId,
            @RequestParam(name = "from", required = false) java.time.LocalDate from,
            @RequestParam(name = "to", required = false) java.time.LocalDate to,
            @RequestParam(name = "meeting", required = false) String meetingId,
            @RequestParam(name = "format", defaultValue = "csv") String format,
            @RequestParam(name = "lang", defaultValue = "sv") String lang) {
        java.time.ZoneId sweden = SwedishTime.ZONE;
        boolean known = register.get()
                .structure(structureId)
                .flatMap(s -> s.forum(forumId))
                .isPresent();
        if (!known) {
            return ResponseEntity.notFound().build();
        }
        boolean reviewer = (signedIn == null ? Optional.<RegisteredPerson>empty() : askers.of(signedIn.getName()))
                .map(RegisteredPerson::id)
                .map(person -> roles.administers(structureId, forumId, person, java.time.LocalDate.now(sweden)))
                .orElse(false);
        if (!reviewer) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                    .body("Bara forumets ordförande, sammankallande eller sekreterare kan exportera ärenden. / "
                            + "Only the forum's chair, convener or secretary can export items.");
        }
        if (meetingId != null) {
            return exportMeeting(structureId, forumId, meetingId, format, Language.fromTag(lang));
        }
        if (from == null || to == null) {
            return ResponseEntity.badRequest()
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                    .body("Ange antingen from och to (YYYY-MM-DD) eller meeting. / "
                            + "Give either from and to (YYYY-MM-DD) or meeting.");
        }
        java.time.Instant start = from.atStartOfDay(sweden).toInstant();
        java.time.Instant end = to.plusDays(1).atStartOfDay(sweden).toInstant();
        String name = "arenden-" + structureId + "-" + forumId + "-" + from + "-" + to;
        if ("json".equalsIgnoreCase(format)) {
            return ResponseEntity.ok()
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".json\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(export.json(structureId, forumId, start, end));
        }
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body("\uFEFF" + export.csv(structureId, forumId, start, end)); // the BOM makes Excel read UTF-8
    }

    /** One meeting of the forum (a meeting of another forum is not found here, whoever asks). */
    private ResponseEntity<String> exportMeeting(
            String structureId, String forumId, String meetingId, String format, Language language) {
        Optional<ExportMeeting.MeetingRecord> found = exportMeeting
                .of(meetingId)
                .filter(r -> r.meeting().structureId().equals(structureId)
                        && r.meeting().forumId().equals(forumId));
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        ExportMeeting.MeetingRecord record = found.get();
        String name = "mote-" + meetingId.replaceAll("[^\\p{Alnum}-]", "-");
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "json" ->
                ResponseEntity.ok()
                        .header("Content-Disposition", "attachment; filename=\"" + name + ".json\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(exportMeeting.json(record));
            case "html" ->
                ResponseEntity.ok()
                        // the document has its own inline style and nothing else: no script, no outside resource
                        .header(
                                "Content-Security-Policy",
                                "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                        .body(MeetingDocument.html(record, language));
            default ->
                ResponseEntity.ok()
                        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .body("\uFEFF" + exportMeeting.csv(record));
        };
    }

    record YearEntryView(
            String at, String kind, String label, String forumId, String forum, String meetingId, String status) {}

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ChatResponse> unreadable() {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(ChatResponse.message(
                        "Jag kunde inte läsa frågan. Skicka JSON som {\"text\": \"…\"}. / "
                                + "I could not read the question. Send JSON such as {\"text\": \"…\"}.",
                        Language.SWEDISH));
    }
}
