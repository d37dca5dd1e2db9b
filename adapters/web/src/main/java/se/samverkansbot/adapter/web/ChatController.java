package se.samverkansbot.adapter.web;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansbot.agenda.AgendaRules;
import se.samverkansbot.agenda.ExportAgendaItems;
import se.samverkansbot.answering.Conversation;
import se.samverkansbot.answering.QuestionAnswering;
import se.samverkansbot.conversation.ConversationAddress;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.Platform;
import se.samverkansbot.conversation.Sender;
import se.samverkansbot.meeting.YearWheel;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;
import se.samverkansbot.reminder.Inbox;

/**
 * The web chat's JSON API. A question always gets a 200 with a reply; a body that is not readable JSON gets a
 * 400 that says how to ask.
 */
@RestController
class ChatController {
    private final Conversation conversation;
    private final QuestionAnswering answering;
    private final Supplier<Register> register;
    private final Inbox inbox;
    private final YearWheel yearWheel;
    private final ExportAgendaItems export;
    private final AgendaRules agendaRules;

    ChatController(
            Conversation conversation,
            Supplier<Register> register,
            Inbox inbox,
            YearWheel yearWheel,
            ExportAgendaItems export,
            AgendaRules agendaRules) {
        this.export = export;
        this.agendaRules = agendaRules;
        this.conversation = conversation;
        this.answering = conversation.answering();
        this.register = register;
        this.inbox = inbox;
        this.yearWheel = yearWheel;
    }

    @PostMapping(
            path = "/api/chat",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ChatResponse chat(@RequestBody ChatRequest request) {
        String user = request.user() == null || request.user().isBlank()
                ? "guest"
                : request.user().strip();
        Sender sender = new Sender(Platform.WEB, user, user.contains("@") ? user : null, null);
        return ChatResponse.of(conversation.handle(
                InboundMessage.text(sender, ConversationAddress.webChat(user), request.text(), request.locale())));
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
    List<InboxView> inbox(@RequestParam(name = "user", required = false) String user) {
        return answering
                .personIdOf(user)
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
                                        .atZone(java.time.ZoneId.of("Europe/Stockholm"))
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
     * A forum's agenda items for a period, for registration (diarieföring): CSV or JSON, every status, with history.
     * Only the forum's chair, convener or secretary may export.
     */
    @GetMapping(path = "/api/agenda/export")
    ResponseEntity<String> exportItems(
            @RequestParam("user") String user,
            @RequestParam("structure") String structureId,
            @RequestParam("forum") String forumId,
            @RequestParam("from") java.time.LocalDate from,
            @RequestParam("to") java.time.LocalDate to,
            @RequestParam(name = "format", defaultValue = "csv") String format) {
        java.time.ZoneId sweden = java.time.ZoneId.of("Europe/Stockholm");
        boolean known = register.get()
                .structure(structureId)
                .flatMap(s -> s.forum(forumId))
                .isPresent();
        if (!known) {
            return ResponseEntity.notFound().build();
        }
        boolean reviewer = answering
                .personIdOf(user)
                .map(person -> agendaRules.isReviewer(structureId, forumId, person, java.time.LocalDate.now(sweden)))
                .orElse(false);
        if (!reviewer) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                    .body("Bara forumets ordförande, sammankallande eller sekreterare kan exportera ärenden. / "
                            + "Only the forum's chair, convener or secretary can export items.");
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

    record YearEntryView(
            String at, String kind, String label, String forumId, String forum, String meetingId, String status) {}

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ChatResponse> unreadable() {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(ChatResponse.message(
                        "Jag kunde inte läsa frågan. Skicka JSON som {\"user\": \"…\", \"text\": \"…\"}. / "
                                + "I could not read the question. Send JSON such as {\"user\": \"…\", \"text\": \"…\"}.",
                        Language.SWEDISH));
    }
}
