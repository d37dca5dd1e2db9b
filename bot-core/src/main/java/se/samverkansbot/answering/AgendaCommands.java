package se.samverkansbot.answering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.AgendaItems;
import se.samverkansbot.agenda.AgendaRefused;
import se.samverkansbot.agenda.AgendaRules;
import se.samverkansbot.agenda.ChangeAgendaItem;
import se.samverkansbot.agenda.ItemKind;
import se.samverkansbot.agenda.PublishNotice;
import se.samverkansbot.agenda.ReviewAgendaItems;
import se.samverkansbot.agenda.SubmitAgendaItem;
import se.samverkansbot.agenda.TellPeople;
import se.samverkansbot.answering.RegisterIndex.PersonInStructure;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.Reply;
import se.samverkansbot.conversation.ReplyPart;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.text.WhenParser;
import se.samverkansbot.text.Words;

/**
 * Agenda items in chat. Members: "nytt ärende till länsledningen: Rubrik – beskrivning", "mina ärenden",
 * "ändra A-7K3PQ: ny rubrik", "dra tillbaka A-7K3PQ". Chair, convener, secretary: "ärenden att granska",
 * "godkänn A-7K3PQ", "flytta A-7K3PQ", "avslå A-7K3PQ: skäl", "publicera kallelse för länsledningen" (confirmed
 * before it goes out). English works too. Every action checks who may do it.
 */
final class AgendaCommands {
    private static final Pattern ITEM_ID = Pattern.compile("(?i)\\bA-[A-Z2-9]{5}\\b");
    private static final Map<String, List<String>> VERBS = Map.of(
            "submit",
                    List.of(
                            "nytt arende",
                            "lamna arende",
                            "lamna ett arende",
                            "anmal arende",
                            "anmal ett arende",
                            "nytt dagordningsarende",
                            "new item",
                            "new agenda item",
                            "submit item",
                            "submit an item",
                            "add item",
                            "add agenda item"),
            "mine", List.of("mina arenden", "my items", "my agenda items"),
            "withdraw", List.of("dra tillbaka", "aterkalla", "withdraw"),
            "edit", List.of("andra", "edit"),
            "review",
                    List.of(
                            "arenden att granska",
                            "granska arenden",
                            "granska",
                            "items to review",
                            "review items",
                            "review"),
            "accept", List.of("godkann", "accept", "approve"),
            "move", List.of("flytta", "move"),
            "reject", List.of("avsla", "reject"),
            "publish",
                    List.of(
                            "publicera kallelse",
                            "publicera kallelsen",
                            "skicka kallelse",
                            "skicka kallelsen",
                            "publish notice",
                            "publish the notice",
                            "send notice",
                            "send the notice"));

    private final QuestionAnswering answering;
    private final AgendaItems items;
    private final Meetings meetings;
    private final AgendaRules rules;
    private final SubmitAgendaItem submit;
    private final ReviewAgendaItems review;
    private final ChangeAgendaItem change;
    private final PublishNotice publish;
    private final TellPeople tell;
    private final Confirmations confirmations;
    private final Clock clock;

    AgendaCommands(
            QuestionAnswering answering,
            AgendaItems items,
            Meetings meetings,
            TellPeople tell,
            Confirmations confirmations,
            Clock clock) {
        this.answering = answering;
        this.items = items;
        this.meetings = meetings;
        this.rules = new AgendaRules(() -> answering.index().register(), meetings);
        this.submit = new SubmitAgendaItem(items, rules, clock);
        this.review = new ReviewAgendaItems(items, rules, tell, clock);
        this.change = new ChangeAgendaItem(items, meetings, clock);
        this.publish = new PublishNotice(meetings, items, rules, tell, clock);
        this.tell = tell;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    Optional<Reply> handle(InboundMessage message) {
        String text = message.text() == null ? "" : message.text().strip();
        List<String> words = Words.tokens(text);
        String verb = verb(words, text);
        if (verb == null) {
            return Optional.empty();
        }
        // Item ids ("A-7K3PQ") would read as the English article "a".
        Phrasing say = new Phrasing(answering.language(ITEM_ID.matcher(text).replaceAll(" "), message.languageHint()));
        Optional<PersonInStructure> asker = answering.asker(message);
        if (asker.isEmpty()) {
            return Optional.of(PeopleAnswers.unknownAsker(say));
        }
        try {
            return Optional.of(
                    switch (verb) {
                        case "submit" -> submit(message, text, asker.get(), say);
                        case "mine" -> mine(asker.get(), say);
                        case "withdraw" ->
                            withItem(text, say, id -> {
                                AgendaItem item =
                                        change.withdraw(id, asker.get().person().id());
                                return say.say(
                                                "Ärendet %s \"%s\" är tillbakadraget. Det finns kvar i registret med sin historik.",
                                                "Item %s \"%s\" is withdrawn. It stays on record with its history.")
                                        .formatted(item.id(), item.title());
                            });
                        case "edit" ->
                            withItem(text, say, id -> {
                                Parts parts = parts(after(text, ':'));
                                AgendaItem item =
                                        change.edit(id, asker.get().person().id(), parts.title(), parts.description());
                                return say.say("Ärendet %s heter nu \"%s\".", "Item %s is now called \"%s\".")
                                        .formatted(item.id(), item.title());
                            });
                        case "review" -> toReview(text, asker.get(), say);
                        case "accept" ->
                            withItem(text, say, id -> {
                                AgendaItem item =
                                        review.accept(id, asker.get().person().id());
                                return say.say(
                                                "%s \"%s\" är godkänt för dagordningen; den som lämnade det får besked.",
                                                "%s \"%s\" is accepted for the agenda; its submitter is told.")
                                        .formatted(item.id(), item.title());
                            });
                        case "move" ->
                            withItem(text, say, id -> {
                                AgendaItem item = review.moveToLater(
                                        id, asker.get().person().id());
                                return say.say(
                                                "%s \"%s\" är flyttat till mötet %s; den som lämnade det får besked.",
                                                "%s \"%s\" is moved to the meeting on %s; its submitter is told.")
                                        .formatted(
                                                item.id(),
                                                item.title(),
                                                meetings.byId(item.meetingId())
                                                        .map(m -> say.dateTime(m.start()))
                                                        .orElse(item.meetingId()));
                            });
                        case "reject" ->
                            withItem(text, say, id -> {
                                AgendaItem item =
                                        review.reject(id, asker.get().person().id(), after(text, ':'));
                                return say.say(
                                                "%s \"%s\" tas inte upp; den som lämnade det får skälet.",
                                                "%s \"%s\" is rejected; its submitter is told why.")
                                        .formatted(item.id(), item.title());
                            });
                        default -> proposePublish(text, asker.get(), say);
                    });
        } catch (AgendaRefused refused) {
            return Optional.of(Reply.plain(refused.say(say.language()), say.language()));
        }
    }

    /** Carries out a confirmed publication of a notice. */
    Reply execute(String action, Map<String, String> data, String personId, Phrasing say) {
        try {
            PublishNotice.Published published = publish.publish(data.get("meetingId"), personId);
            String waiting = published.stillWaiting() == 0
                    ? ""
                    : " "
                            + say.say(
                                            "%d ärenden väntade fortfarande på granskning och är inte med.",
                                            "%d items were still waiting for review and are not on it.")
                                    .formatted(published.stillWaiting());
            return Reply.plain(
                    say.say(
                                    "Kallelsen är skickad till forumets kanal och ledamöter.",
                                    "The notice has gone to the forum's channel and members.")
                            + waiting + "\n\n" + published.notice(),
                    say.language());
        } catch (AgendaRefused refused) {
            return Reply.plain(refused.say(say.language()), say.language());
        }
    }

    private Reply submit(InboundMessage message, String text, PersonInStructure asker, Phrasing say) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return Reply.plain(
                    say.say(
                            "Skriv forumet och rubriken, till exempel: nytt ärende till länsledningen: Uppföljning av SIP – kort beskrivning.",
                            "Give the forum and the title, for example: new item for Länsledning: Follow-up of SIP – a short description."),
                    say.language());
        }
        String head = text.substring(0, colon);
        Question q = answering.understand(head, Optional.of(asker), say.language());
        ForumSubject subject = ForumSubject.of(q, answering.index().register().structures());
        if (subject.forums().size() != 1) {
            String closest = closestForum(head, asker)
                    .map(name -> say.say(" Menade du %s?", " Did you mean %s?").formatted(name))
                    .orElse("");
            return Reply.plain(
                    say.say(
                                    "Jag hittar inte forumet.%s Skriv till exempel: nytt ärende till länsledningen: Rubrik.",
                                    "I can't find that forum.%s Write for example: new item for Länsledning: Title.")
                            .formatted(closest),
                    say.language());
        }
        ForumRef forum = subject.forums().getFirst();
        Parts parts = parts(text.substring(colon + 1));
        LocalDate preferred = WhenParser.dates(head, q.today).stream()
                .map(WhenParser.Found::value)
                .findFirst()
                .orElse(null);
        String requestId = message.requestId() != null ? message.requestId() : "chat:" + UUID.randomUUID();
        SubmitAgendaItem.Receipt receipt = submit.submit(new SubmitAgendaItem.Request(
                requestId,
                forum.structure().id(),
                forum.forum().id(),
                asker.person().id(),
                parts.title(),
                parts.description(),
                parts.kind(),
                parts.link(),
                preferred));
        AgendaItem item = receipt.item();
        if (!receipt.repeated()) {
            tell.people(
                    item.structureId(),
                    item.forumId(),
                    item.meetingId(),
                    rules.reviewers(item.structureId(), item.forumId(), q.today).stream()
                            .filter(p -> !p.equals(asker.person().id()))
                            .toList(),
                    "item|" + item.id() + "|new",
                    "Nytt ärende till %s: %s \"%s\" från %s. Svara \"godkänn %s\", \"flytta %s\" eller \"avslå %s: skäl\"."
                            .formatted(
                                    forum.forum().name(),
                                    item.id(),
                                    item.title(),
                                    asker.person().name(),
                                    item.id(),
                                    item.id(),
                                    item.id()));
        }
        return receipt(receipt, forum, say);
    }

    /** The asker's own structure's forum whose name is closest to what was typed, if any is reasonably close. */
    private static Optional<String> closestForum(String head, PersonInStructure asker) {
        List<String> typed = new ArrayList<>(Words.tokens(head));
        typed.removeIf(w -> List.of(
                        "nytt", "arende", "lamna", "anmal", "till", "for", "i", "new", "item", "agenda", "submit",
                        "add", "to", "the")
                .contains(w));
        String wanted = String.join(" ", typed);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return asker.structure().forums().stream()
                .map(se.samverkansbot.register.Forum::name)
                .min(java.util.Comparator.comparingInt(
                        name -> se.samverkansbot.text.EditDistance.between(wanted, Words.normalize(name))))
                .filter(name -> se.samverkansbot.text.EditDistance.between(wanted, Words.normalize(name))
                        <= Math.max(3, wanted.length() / 2));
    }

    private Reply receipt(SubmitAgendaItem.Receipt receipt, ForumRef forum, Phrasing say) {
        AgendaItem item = receipt.item();
        Meeting meeting = receipt.meeting();
        StringBuilder text = new StringBuilder(say.say(
                        "Tack! Ditt ärende %s \"%s\" är inskickat till %s, mötet %s.",
                        "Thank you! Your item %s \"%s\" is submitted to %s, meeting on %s.")
                .formatted(item.id(), item.title(), say.forum(forum), say.dateTime(meeting.start())));
        receipt.missed()
                .ifPresent(missed -> text.append(' ')
                        .append(
                                item.status() == se.samverkansbot.agenda.ItemStatus.LATE
                                        ? say.say(
                                                        "Sista dag för ärenden passerade %s, så ordföranden avgör om det tas upp.",
                                                        "The cut-off passed on %s, so the chair decides whether it is taken up.")
                                                .formatted(cutoff(missed, say))
                                        : say.say(
                                                        "Sista dag för mötet %s passerade %s, så ärendet går till mötet därefter.",
                                                        "The cut-off for the meeting on %s passed on %s, so the item goes to the meeting after.")
                                                .formatted(say.dateTime(missed.start()), cutoff(missed, say))));
        AgendaRules.cutoff(meeting)
                .filter(c -> c.isAfter(clock.instant()))
                .ifPresent(c -> text.append(' ')
                        .append(say.say(
                                        "Du kan ändra eller dra tillbaka det till %s.",
                                        "You can change or withdraw it until %s.")
                                .formatted(say.dateTime(c))));
        if (receipt.repeated()) {
            text.append(' ')
                    .append(say.say(
                            "(Det här var samma begäran igen; inget nytt ärende skapades.)",
                            "(This was the same request again; no new item was created.)"));
        }
        return Reply.plain(text.toString(), say.language());
    }

    private Reply mine(PersonInStructure asker, Phrasing say) {
        List<AgendaItem> mine = items.ofSubmitter(asker.person().id());
        if (mine.isEmpty()) {
            return Reply.plain(say.say("Du har inga ärenden.", "You have no items."), say.language());
        }
        List<String> lines = mine.stream()
                .map(item -> item.id() + " \"" + item.title() + "\" – " + say.label(item.status()) + ", "
                        + meetings.byId(item.meetingId())
                                .map(m -> say.dateTime(m.start()))
                                .orElse(""))
                .toList();
        return new Reply(
                say.say("Dina ärenden:", "Your items:") + "\n" + Guidance.bullets(lines),
                say.language(),
                List.of(new ReplyPart.Items(say.say("Dina ärenden", "Your items"), lines)));
    }

    private Reply toReview(String text, PersonInStructure asker, Phrasing say) {
        Question q = answering.understand(text, Optional.of(asker), say.language());
        List<ForumRef> forums =
                ForumSubject.of(q, answering.index().register().structures()).forums();
        if (forums.isEmpty()) {
            forums = asker.structure().forums().stream()
                    .map(f -> new ForumRef(asker.structure(), f))
                    .filter(f -> rules.isReviewer(
                            f.structure().id(), f.forum().id(), asker.person().id(), q.today))
                    .toList();
        }
        if (forums.isEmpty()) {
            return Reply.plain(say.say("Du granskar inga forum.", "You review no forums."), say.language());
        }
        List<String> lines = new ArrayList<>();
        List<ReplyPart.Choice> choices = new ArrayList<>();
        for (ForumRef forum : forums) {
            for (AgendaItem item : review.waitingFor(
                    forum.structure().id(), forum.forum().id(), asker.person().id())) {
                lines.add(item.id() + " \"" + item.title() + "\" ("
                        + forum.forum().name() + ", " + say.label(item.status()) + ")");
                choices.add(new ReplyPart.Choice(
                        say.say("Godkänn ", "Accept ") + item.id(), say.say("godkänn ", "accept ") + item.id()));
                choices.add(new ReplyPart.Choice(
                        say.say("Flytta ", "Move ") + item.id(), say.say("flytta ", "move ") + item.id()));
            }
        }
        if (lines.isEmpty()) {
            return Reply.plain(
                    say.say("Inga ärenden väntar på granskning.", "No items are waiting for review."), say.language());
        }
        String hint = say.say("Avslå med \"avslå ID: skäl\".", "Reject with \"reject ID: reason\".");
        return new Reply(
                say.say("Att granska:", "To review:") + "\n" + Guidance.bullets(lines) + "\n" + hint,
                say.language(),
                List.of(new ReplyPart.Choices(hint, choices)));
    }

    private Reply proposePublish(String text, PersonInStructure asker, Phrasing say) {
        Question q = answering.understand(text, Optional.of(asker), say.language());
        List<ForumRef> forums =
                ForumSubject.of(q, answering.index().register().structures()).forums();
        if (forums.size() != 1) {
            return Reply.plain(
                    say.say(
                            "Vilket forums kallelse? Skriv till exempel: publicera kallelse för länsledningen.",
                            "Which forum's notice? Write for example: publish notice for Länsledning."),
                    say.language());
        }
        ForumRef forum = forums.getFirst();
        if (!rules.isReviewer(
                forum.structure().id(), forum.forum().id(), asker.person().id(), q.today)) {
            return Reply.plain(
                    se.samverkansbot.agenda.AgendaProblem.NOT_A_REVIEWER.say(
                            say.language(), forum.forum().name()),
                    say.language());
        }
        Optional<LocalDate> day = WhenParser.dates(text, q.today).stream()
                .map(WhenParser.Found::value)
                .findFirst();
        Optional<Meeting> meeting =
                rules.openMeetings(forum.structure().id(), forum.forum().id(), clock.instant()).stream()
                        .filter(m -> day.isEmpty()
                                || m.start()
                                        .atZone(se.samverkansbot.meeting.DeadlineTemplate.SWEDEN)
                                        .toLocalDate()
                                        .equals(day.get()))
                        .findFirst();
        if (meeting.isEmpty()) {
            return Reply.plain(
                    say.say("%s har inget kommande möte utan kallelse.", "%s has no upcoming meeting without a notice.")
                            .formatted(say.forum(forum)),
                    say.language());
        }
        List<AgendaItem> ofMeeting = items.ofMeeting(meeting.get().id());
        long accepted = ofMeeting.stream()
                .filter(i -> i.status() == se.samverkansbot.agenda.ItemStatus.ACCEPTED)
                .count();
        long waiting = ofMeeting.stream().filter(i -> i.status().awaitsReview()).count();
        String summary = say.say(
                        "Ska jag skicka kallelsen till %s, mötet %s, med %d godkända ärenden till forumets kanal och ledamöter?%s",
                        "Shall I send the notice of %s, meeting on %s, with %d accepted items to the forum's channel and members?%s")
                .formatted(
                        say.forum(forum),
                        say.dateTime(meeting.get().start()),
                        accepted,
                        waiting == 0
                                ? ""
                                : " "
                                        + say.say(
                                                        "%d ärenden väntar fortfarande på granskning.",
                                                        "%d items are still waiting for review.")
                                                .formatted(waiting));
        return confirmations.propose(
                asker,
                "agenda.publish",
                Map.of("meetingId", meeting.get().id()),
                summary,
                say.say("Ja, skicka", "Yes, send it"),
                say);
    }

    private interface ItemAction {
        String apply(String itemId);
    }

    private static Reply withItem(String text, Phrasing say, ItemAction action) {
        Matcher id = ITEM_ID.matcher(text);
        if (!id.find()) {
            return Reply.plain(
                    say.say(
                            "Ange ärendets id, till exempel A-7K3PQ (det står på kvittot och i \"mina ärenden\").",
                            "Give the item's id, for example A-7K3PQ (it is on the receipt and in \"my items\")."),
                    say.language());
        }
        return Reply.plain(action.apply(id.group().toUpperCase(Locale.ROOT)), say.language());
    }

    /** Title, description, kind and link from "Rubrik (samråd) – beskrivning https://…". */
    private record Parts(String title, String description, ItemKind kind, String link) {}

    private static Parts parts(String body) {
        String text = body == null ? "" : body.strip();
        String link = null;
        Matcher url = Pattern.compile("https?://\\S+").matcher(text);
        if (url.find()) {
            link = url.group();
            text = (text.substring(0, url.start()) + text.substring(url.end())).strip();
        }
        ItemKind kind = null;
        Matcher marked = Pattern.compile(
                        "(?i)\\((information|samråd|samrad|beredning|uppföljning|uppfoljning|consultation|preparation|follow-up)\\)")
                .matcher(text);
        if (marked.find()) {
            kind = switch (Words.normalize(marked.group(1))) {
                case "samrad", "consultation" -> ItemKind.CONSULTATION;
                case "beredning", "preparation" -> ItemKind.PREPARATION;
                case "uppfoljning", "follow up" -> ItemKind.FOLLOW_UP;
                default -> ItemKind.INFORMATION;
            };
            // Collapse the gap the marker leaves, but keep line breaks: they separate title from description.
            text = (text.substring(0, marked.start()) + text.substring(marked.end()))
                    .replaceAll("[ \\t]{2,}", " ")
                    .strip();
        }
        String[] split = text.split("\\s+[–—-]\\s+|\\n", 2);
        return new Parts(
                split[0].strip(), split.length > 1 && !split[1].isBlank() ? split[1].strip() : null, kind, link);
    }

    private static String after(String text, char separator) {
        int at = text.indexOf(separator);
        return at < 0 ? "" : text.substring(at + 1).strip();
    }

    private static String cutoff(Meeting meeting, Phrasing say) {
        return AgendaRules.cutoff(meeting).map(say::dateTime).orElse("");
    }

    private static String verb(List<String> words, String text) {
        String start = String.join(" ", words.subList(0, Math.min(words.size(), 4)));
        boolean namesItem = ITEM_ID.matcher(text).find();
        for (String verb :
                List.of("submit", "mine", "publish", "review", "withdraw", "edit", "accept", "move", "reject")) {
            boolean needsItem =
                    List.of("withdraw", "edit", "accept", "move", "reject").contains(verb);
            if (needsItem && !namesItem) {
                continue;
            }
            for (String phrase : VERBS.get(verb)) {
                if (start.equals(phrase) || start.startsWith(phrase + " ")) {
                    return verb;
                }
            }
        }
        return null;
    }
}
