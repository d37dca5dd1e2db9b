package se.samverkansbot.adapter.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.ReviewAgendaItems;
import se.samverkansbot.core.Core;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.ForumMeetings;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.minutes.RecordMinutes;
import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.register.EditRegister;
import se.samverkansbot.register.EditRegister.Outcome;
import se.samverkansbot.register.EditRegister.PersonDetails;
import se.samverkansbot.register.EditRegister.SeatDetails;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.ImportStructureFiles.SourceFile;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.Structure;
import se.samverkansbot.register.file.Problem;
import se.samverkansbot.register.file.ProblemKind;
import se.samverkansbot.reminder.EndingMandates;
import se.samverkansbot.reminder.MuteReminders;
import se.samverkansbot.time.SwedishTime;

/**
 * The workspace's pages and forms. The person is the signed-in one (the principal's name is their register id);
 * what they may change is decided by the core, which answers a change with done, refused (the structure file's
 * problems, shown above the forms with the values kept) or not allowed (403). After a change the browser is sent
 * to the page again, so a reload does not repeat it. The language is the person's own, or {@code ?lang=}.
 */
@Controller
class WorkspaceController {
    private static final int HISTORY = 50;
    private static final int COMING = 10;
    private static final int HELD = 5;
    private static final int FAILED = 20;

    private final EditRegister edit;
    private final EndingMandates endingMandates;
    private final ReviewAgendaItems review;
    private final Core core;
    private final ForumMeetings meetings;
    private final RecordMinutes minutes;
    private final MuteReminders mutes;
    private final PublicLinks links;
    private final Clock clock;

    WorkspaceController(
            EditRegister edit,
            EndingMandates endingMandates,
            Core core,
            ObjectProvider<PublicLinks> links,
            Clock clock) {
        this.edit = edit;
        this.endingMandates = endingMandates;
        this.review = core.reviewAgendaItems();
        this.core = core;
        this.meetings = core.forumMeetings();
        this.minutes = core.recordMinutes();
        this.mutes = core.muteReminders();
        // Without the public pages' address the links stay on this site, where the pages adapter serves them.
        this.links = links.getIfAvailable(() -> new PublicLinks(""));
        this.clock = clock;
    }

    @GetMapping("/workspace")
    String home(
            Principal principal, @RequestParam(required = false) String lang, HttpServletRequest request, Model model) {
        String me = principal.getName();
        Language language = page(me, lang, request, model, "/workspace");
        List<ForumRef> forums = edit.administrators().forumsKeptBy(me, today());
        model.addAttribute("forums", forums);
        model.addAttribute(
                "structures",
                forums.stream().map(ForumRef::structure).distinct().toList());
        model.addAttribute(
                "administers",
                forums.stream()
                        .map(ForumRef::structure)
                        .distinct()
                        .filter(s -> edit.administrators().administersStructure(s.id(), me))
                        .map(Structure::id)
                        .toList());
        model.addAttribute("title", WorkspaceTexts.of(language).get("workspace"));
        return "workspace/home";
    }

    @GetMapping("/workspace/{structure}/{forum}")
    String forum(
            @PathVariable String structure,
            @PathVariable String forum,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String done,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return forumPage(
                structure, forum, lang, done != null, List.of(), Map.of(), principal, request, response, model);
    }

    @PostMapping("/workspace/{structure}/{forum}/successor")
    String successor(
            @PathVariable String structure,
            @PathVariable String forum,
            @RequestParam Map<String, String> form,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        List<Problem> problems = new ArrayList<>();
        LocalDate from = date(form, "from", problems);
        if (!problems.isEmpty()) {
            return refused(structure, forum, problems, form, principal, request, response, model);
        }
        String newName = text(form, "newName");
        PersonDetails newPerson = newName == null
                ? null
                : new PersonDetails(null, newName, null, text(form, "newParty"), null, null, null, null);
        Outcome outcome = edit.registerSuccessor(
                principal.getName(), structure, text(form, "seat"), text(form, "person"), newPerson, from);
        return after(outcome, structure, forum, form, principal, request, response, model);
    }

    @PostMapping("/workspace/{structure}/{forum}/end")
    String end(
            @PathVariable String structure,
            @PathVariable String forum,
            @RequestParam Map<String, String> form,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        List<Problem> problems = new ArrayList<>();
        LocalDate to = date(form, "to", problems);
        if (!problems.isEmpty()) {
            return refused(structure, forum, problems, form, principal, request, response, model);
        }
        Outcome outcome = edit.endSeat(principal.getName(), structure, text(form, "seat"), to);
        return after(outcome, structure, forum, form, principal, request, response, model);
    }

    @PostMapping("/workspace/{structure}/{forum}/seat")
    String addSeat(
            @PathVariable String structure,
            @PathVariable String forum,
            @RequestParam Map<String, String> form,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        List<Problem> problems = new ArrayList<>();
        LocalDate from = date(form, "from", problems);
        LocalDate to = date(form, "to", problems);
        SeatRole role = SeatRole.MEMBER;
        String roleText = text(form, "role");
        try {
            role = roleText == null
                    ? null
                    : SeatRole.valueOf(
                            roleText.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(EditRegister.IN_APP, 0, ProblemKind.MISSING, "role"));
        }
        if (role == null) {
            problems.add(new Problem(EditRegister.IN_APP, 0, ProblemKind.MISSING, "role"));
        }
        if (!problems.isEmpty()) {
            return refused(structure, forum, problems, form, principal, request, response, model);
        }
        Outcome outcome = edit.addSeat(
                principal.getName(),
                structure,
                new SeatDetails(
                        forum,
                        role,
                        text(form, "party"),
                        null,
                        text(form, "person"),
                        text(form, "position"),
                        from,
                        to,
                        text(form, "deputyFor")));
        return after(outcome, structure, forum, form, principal, request, response, model);
    }

    @PostMapping("/workspace/{structure}/{forum}/person")
    String person(
            @PathVariable String structure,
            @PathVariable String forum,
            @RequestParam Map<String, String> form,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Outcome outcome = edit.savePerson(
                principal.getName(),
                structure,
                forum,
                new PersonDetails(
                        text(form, "id"),
                        text(form, "name"),
                        text(form, "title"),
                        text(form, "party"),
                        null,
                        text(form, "email"),
                        text(form, "slackUserId"),
                        text(form, "teamsAadObjectId")));
        return after(outcome, structure, forum, form, principal, request, response, model);
    }

    /** Mutes or unmutes the signed-in person's own reminders from the forum: all ({@code kind=all}) or one kind. */
    @PostMapping("/workspace/{structure}/{forum}/mute")
    String mute(
            @PathVariable String structure,
            @PathVariable String forum,
            @RequestParam Map<String, String> form,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String me = principal.getName();
        Optional<Forum> found =
                edit.administrators().register().structure(structure).flatMap(s -> s.forum(forum));
        if (found.isEmpty() || !edit.administrators().keeps(structure, forum, me, today())) {
            // The page (404 or 403) says why, in the person's language.
            return forumPage(
                    structure, forum, form.get("lang"), false, List.of(), form, principal, request, response, model);
        }
        String kindText = text(form, "kind");
        String action = text(form, "action");
        DeadlineKind kind = null;
        List<Problem> problems = new ArrayList<>();
        if (kindText == null) {
            problems.add(new Problem(EditRegister.IN_APP, 0, ProblemKind.MISSING, "kind"));
        } else if (!kindText.equals("all")) {
            kind = java.util.Arrays.stream(DeadlineKind.values())
                    .filter(k -> ForumActivity.value(k).equals(kindText))
                    .findFirst()
                    .orElse(null);
            if (kind == null) {
                String kinds = "all, "
                        + java.util.Arrays.stream(DeadlineKind.values())
                                .map(ForumActivity::value)
                                .collect(java.util.stream.Collectors.joining(", "));
                problems.add(new Problem(EditRegister.IN_APP, 0, ProblemKind.BAD_CHOICE, "kind", kinds, kindText));
            }
        }
        if (!"mute".equals(action) && !"unmute".equals(action)) {
            problems.add(new Problem(
                    EditRegister.IN_APP, 0, ProblemKind.BAD_CHOICE, "action", "mute, unmute", String.valueOf(action)));
        }
        if (!problems.isEmpty()) {
            return refused(structure, forum, problems, form, principal, request, response, model);
        }
        if (action.equals("mute")) {
            mutes.mute(me, structure, forum, kind);
        } else {
            mutes.unmute(me, structure, forum, kind);
        }
        return "redirect:/workspace/" + structure + "/" + forum + "?done" + langQuery(form) + "#reminders";
    }

    @GetMapping("/workspace/{structure}/export")
    ResponseEntity<String> export(@PathVariable String structure, Principal principal) {
        Optional<String> file = edit.export(principal.getName(), structure);
        if (file.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body("Du administrerar inget forum i strukturen. / You administer no forum of the structure.\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(structure + ".yaml")
                                .build()
                                .toString())
                .body(file.get());
    }

    @GetMapping("/workspace/{structure}/import")
    String importForm(
            @PathVariable String structure,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String done,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Language language = page(principal.getName(), lang, request, model, "/workspace/" + structure + "/import");
        Optional<Structure> found = edit.administrators().register().structure(structure);
        if (found.isEmpty()) {
            return notFound(response, model, language);
        }
        if (!edit.administrators().administersStructure(structure, principal.getName())) {
            return notAllowed(response, model, language, "notAllowedImport");
        }
        model.addAttribute("structure", found.get());
        model.addAttribute("done", done != null);
        model.addAttribute("problems", List.of());
        model.addAttribute("title", WorkspaceTexts.of(language).get("import"));
        return "workspace/import";
    }

    @PostMapping(path = "/workspace/{structure}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String importFile(
            @PathVariable String structure,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String lang,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        String me = principal.getName();
        Language language = page(me, lang, request, model, "/workspace/" + structure + "/import");
        Optional<Structure> found = edit.administrators().register().structure(structure);
        if (found.isEmpty()) {
            return notFound(response, model, language);
        }
        if (!edit.administrators().administersStructure(structure, me)) {
            return notAllowed(response, model, language, "notAllowedImport");
        }
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? structure + ".yaml"
                        : file.getOriginalFilename();
        Outcome outcome =
                edit.importFile(me, new SourceFile(name, new String(file.getBytes(), StandardCharsets.UTF_8)));
        return switch (outcome) {
            case Outcome.Done done -> "redirect:/workspace/" + structure + "/import?done";
            case Outcome.NotAllowed notAllowed -> notAllowed(response, model, language, "notAllowedImport");
            case Outcome.Refused refused -> {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                model.addAttribute("structure", found.get());
                model.addAttribute("done", false);
                // From a file the line numbers help: the problems keep where they are.
                model.addAttribute(
                        "problems",
                        refused.problems().stream()
                                .map(p -> p.message(language))
                                .toList());
                model.addAttribute("title", WorkspaceTexts.of(language).get("import"));
                yield "workspace/import";
            }
        };
    }

    private String after(
            Outcome outcome,
            String structure,
            String forum,
            Map<String, String> form,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return switch (outcome) {
            case Outcome.Done done -> "redirect:/workspace/" + structure + "/" + forum + "?done" + langQuery(form);
            case Outcome.Refused refused ->
                refused(structure, forum, refused.problems(), form, principal, request, response, model);
            case Outcome.NotAllowed notAllowed -> {
                Language language = page(principal.getName(), form.get("lang"), request, model, "/workspace");
                yield notAllowed(response, model, language, "notAllowedText");
            }
        };
    }

    private String refused(
            String structure,
            String forum,
            List<Problem> problems,
            Map<String, String> form,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String page = forumPage(
                structure, forum, form.get("lang"), false, problems, form, principal, request, response, model);
        if (response.getStatus() == HttpStatus.OK.value()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page;
    }

    private String forumPage(
            String structureId,
            String forumId,
            String lang,
            boolean done,
            List<Problem> problems,
            Map<String, String> form,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String me = principal.getName();
        Language language = page(me, lang, request, model, "/workspace/" + structureId + "/" + forumId);
        Optional<Structure> structure = edit.administrators().register().structure(structureId);
        Optional<Forum> forum = structure.flatMap(s -> s.forum(forumId));
        if (forum.isEmpty()) {
            return notFound(response, model, language);
        }
        LocalDate today = today();
        if (!edit.administrators().keeps(structureId, forumId, me, today)) {
            return notAllowed(response, model, language, "notAllowedText");
        }
        List<AgendaItem> queue = List.of();
        boolean reviews = true;
        try {
            queue = review.waitingFor(structureId, forumId, me);
        } catch (RuntimeException notAReviewer) {
            reviews = false; // an administrator named in configuration keeps the register but does not review
        }
        ForumPage page = ForumPage.of(
                structure.get(),
                forum.get(),
                endingMandates.find(),
                queue,
                reviews,
                edit.history(structureId, forumId, HISTORY),
                today,
                language);
        model.addAttribute("page", page);
        List<Meeting> held = meetings.past(structureId, forumId, HELD);
        model.addAttribute(
                "activity",
                ForumActivity.of(
                        structure.get(),
                        forum.get(),
                        meetings.coming(structureId, forumId, COMING),
                        held,
                        minutes::latest,
                        core.failedReminders(structureId, forumId, FAILED),
                        mutes.state(me, structureId, forumId),
                        links,
                        language));
        model.addAttribute("done", done);
        model.addAttribute(
                "problems", problems.stream().map(p -> p.text(language)).toList());
        model.addAttribute("form", form);
        model.addAttribute("title", page.forumName() + " – " + page.structureName());
        return "workspace/forum";
    }

    private String notAllowed(HttpServletResponse response, Model model, Language language, String why) {
        var t = WorkspaceTexts.of(language);
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("title", t.get("notAllowed"));
        model.addAttribute("heading", t.get("notAllowed"));
        model.addAttribute("text", t.get(why));
        return "workspace/message";
    }

    private String notFound(HttpServletResponse response, Model model, Language language) {
        var t = WorkspaceTexts.of(language);
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("title", t.get("notFound"));
        model.addAttribute("heading", t.get("notFound"));
        model.addAttribute("text", t.get("notFoundText"));
        return "workspace/message";
    }

    /** The page's language, its words, the CSRF token for its forms and the link to the other language. */
    private Language page(String me, String lang, HttpServletRequest request, Model model, String path) {
        Language language = lang != null
                ? Language.fromTag(lang)
                : edit.administrators()
                        .register()
                        .person(me)
                        .map(p -> p.language())
                        .orElse(Language.SWEDISH);
        Map<String, String> t = WorkspaceTexts.of(language);
        model.addAttribute("t", t);
        model.addAttribute("lang", t.get("lang"));
        model.addAttribute("otherPath", path + "?lang=" + t.get("otherLang"));
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        model.addAttribute("csrfName", csrf == null ? null : csrf.getParameterName());
        model.addAttribute("csrfToken", csrf == null ? null : csrf.getToken());
        model.addAttribute(
                "me",
                edit.administrators()
                        .register()
                        .person(me)
                        .map(p -> p.person())
                        .map(Person::name)
                        .orElse(me));
        return language;
    }

    private static String langQuery(Map<String, String> form) {
        String lang = form.get("lang");
        return lang == null || lang.isBlank()
                ? ""
                : "&lang=" + (Language.fromTag(lang) == Language.ENGLISH ? "en" : "sv");
    }

    private static LocalDate date(Map<String, String> form, String key, List<Problem> problems) {
        String text = text(form, key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(EditRegister.IN_APP, 0, ProblemKind.BAD_DATE, key, text));
            return null;
        }
    }

    private static String text(Map<String, String> form, String key) {
        String value = form.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private LocalDate today() {
        return SwedishTime.today(clock);
    }
}
