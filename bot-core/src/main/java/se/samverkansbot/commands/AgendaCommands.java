package se.samverkansbot.commands;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.AgendaItems;
import se.samverkansbot.agenda.AgendaProblem;
import se.samverkansbot.agenda.AgendaRefused;
import se.samverkansbot.agenda.AgendaRules;
import se.samverkansbot.agenda.ChangeAgendaItem;
import se.samverkansbot.agenda.ItemKind;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.agenda.PublishNotice;
import se.samverkansbot.agenda.ReviewAgendaItems;
import se.samverkansbot.agenda.SubmitAgendaItem;
import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Form;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.text.EditDistance;
import se.samverkansbot.text.Words;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.understanding.ForumSubject;
import se.samverkansbot.understanding.Understanding;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * Agenda items in chat and forms. Members: "nytt ärende till länsledningen: Rubrik – beskrivning" (or the form),
 * "mina ärenden", "ändra A-7K3PQ: ny rubrik", "dra tillbaka A-7K3PQ". Chair, convener, secretary: "ärenden att
 * granska", "godkänn A-7K3PQ", "flytta A-7K3PQ", "avslå A-7K3PQ: skäl", "publicera kallelse för länsledningen"
 * (confirmed before it goes out). English works too. The use cases check who may do what; a refusal is said politely
 * in the person's language and nothing is saved.
 */
public final class AgendaCommands {
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern KIND_MARK = Pattern.compile(
            "(?i)\\((information|samråd|samrad|beredning|uppföljning|uppfoljning|consultation|preparation|follow-up)\\)");

    private final Understanding understanding;
    private final java.util.function.Supplier<Register> register;
    private final AgendaItems items;
    private final Meetings meetings;
    private final AgendaRules rules;
    private final SubmitAgendaItem submit;
    private final ReviewAgendaItems review;
    private final ChangeAgendaItem change;
    private final PublishNotice publish;
    private final Confirmations confirmations;
    private final Clock clock;

    public AgendaCommands(
            Understanding understanding,
            java.util.function.Supplier<Register> register,
            AgendaItems items,
            Meetings meetings,
            AgendaRules rules,
            SubmitAgendaItem submit,
            ReviewAgendaItems review,
            ChangeAgendaItem change,
            PublishNotice publish,
            Confirmations confirmations,
            Clock clock) {
        this.understanding = understanding;
        this.register = register;
        this.items = items;
        this.meetings = meetings;
        this.rules = rules;
        this.submit = submit;
        this.review = review;
        this.change = change;
        this.publish = publish;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    /** "nytt ärende till länsledningen [29 mars]: Rubrik (samråd) – beskrivning https://…". */
    public Reply submitFromChat(Utterance u, RegisteredPerson asker, String requestId) {
        Phrasing say = u.say();
        String text = u.text();
        int colon = text.indexOf(':');
        String head = text.substring(0, colon);
        Utterance named = understanding.understand(
                head, Optional.of(asker), say.language().locale().getLanguage(), null);
        List<ForumRef> forums =
                ForumSubject.of(named, register.get().structures()).forums();
        if (forums.size() != 1) {
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
        ForumRef forum = forums.getFirst();
        Parts parts = parts(text.substring(colon + 1));
        LocalDate preferred = named.dates().stream().findFirst().orElse(null);
        return submit(
                new SubmitAgendaItem.Request(
                        requestId != null ? requestId : "chat:" + UUID.randomUUID(),
                        forum.structure().id(),
                        forum.forum().id(),
                        asker.id(),
                        parts.title(),
                        parts.description(),
                        parts.kind(),
                        parts.link(),
                        preferred),
                forum,
                say);
    }

    /** A submitted form, with its typed fields: nothing is turned into a sentence and parsed back. */
    public Reply submitForm(Form.AgendaItemDraft draft, RegisteredPerson asker, String requestId, Phrasing say) {
        Optional<ForumRef> forum = register.get()
                .structure(draft.structureId())
                .flatMap(s -> s.forum(draft.forumId()).map(f -> new ForumRef(s, f)));
        if (forum.isEmpty()) {
            return Reply.plain(
                    say.say(
                            "Jag hittar inte forumet i registret. Öppna formuläret igen och välj ett forum i listan.",
                            "I can't find that forum in the register. Open the form again and pick a forum from the list."),
                    say.language());
        }
        Optional<ItemKind> kind = ItemKind.fromCode(draft.kind());
        if (kind.isEmpty()) {
            return Reply.plain(
                    say.say(
                            "Jag känner inte igen ärendetypen. Öppna formuläret igen och välj en typ i listan.",
                            "I don't recognise that kind of item. Open the form again and pick a kind from the list."),
                    say.language());
        }
        String link = draft.link() == null || draft.link().isBlank()
                ? null
                : draft.link().strip();
        return submit(
                new SubmitAgendaItem.Request(
                        requestId != null ? requestId : "form:" + UUID.randomUUID(),
                        draft.structureId(),
                        draft.forumId(),
                        asker.id(),
                        draft.title(),
                        draft.description() == null || draft.description().isBlank() ? null : draft.description(),
                        kind.get(),
                        link,
                        draft.meetingDay()),
                forum.get(),
                say);
    }

    private Reply submit(SubmitAgendaItem.Request request, ForumRef forum, Phrasing say) {
        return refusalsSaid(say, () -> receipt(submit.submit(request), forum, say));
    }

    public Reply mine(RegisteredPerson asker, Phrasing say) {
        List<AgendaItem> mine = items.ofSubmitter(asker.id());
        if (mine.isEmpty()) {
            return Reply.plain(say.say("Du har inga ärenden.", "You have no items."), say.language());
        }
        List<String> lines = mine.stream()
                .map(item -> item.id() + " \"" + item.title() + "\" – " + say.label(item.status()) + ", "
                        + meetings.byId(item.meetingId())
                                .map(m -> say.dateTime(m.start()))
                                .orElse("")
                        + onward(item, say))
                .toList();
        return new Reply(
                say.say("Dina ärenden:", "Your items:") + "\n" + bullets(lines),
                say.language(),
                List.of(new ReplyPart.Items(say.say("Dina ärenden", "Your items"), lines)));
    }

    /** Where a raised item came from, and what the forum it was raised to did with it. */
    private String onward(AgendaItem item, Phrasing say) {
        String said = "";
        if (item.raisedFrom() != null) {
            said += say.say(" (lyft från %s, %s)", " (raised from %s, %s)")
                    .formatted(
                            forumName(item.structureId(), item.raisedFrom().forumId()),
                            item.raisedFrom().itemId());
        }
        AgendaItem.ReportBack back = item.reportedBack();
        if (back != null) {
            String outcome = se.samverkansbot.minutes.Outcome.ofCode(back.outcome())
                    .map(say::label)
                    .orElse(back.outcome());
            said += say.say(" · återrapport från %s %s: %s", " · reported back from %s on %s: %s")
                    .formatted(
                            forumName(item.structureId(), back.forumId()),
                            meetings.byId(back.meetingId())
                                    .map(m -> say.date(SwedishTime.dateOf(m.start())))
                                    .orElse(back.meetingId()),
                            outcome + (back.text() == null ? "" : ": " + back.text()));
        }
        return said;
    }

    private String forumName(String structureId, String forumId) {
        return register.get()
                .structure(structureId)
                .flatMap(s -> s.forum(forumId))
                .map(f -> f.name())
                .orElse(forumId);
    }

    public Reply withdraw(String itemId, RegisteredPerson asker, Phrasing say) {
        return refusalsSaid(say, () -> {
            AgendaItem item = change.withdraw(itemId, asker.id());
            return plain(
                    say,
                    say.say(
                                    "Ärendet %s \"%s\" är tillbakadraget. Det finns kvar i registret med sin historik.",
                                    "Item %s \"%s\" is withdrawn. It stays on record with its history.")
                            .formatted(item.id(), item.title()));
        });
    }

    /** "ändra A-7K3PQ: ny rubrik – ny beskrivning". */
    public Reply edit(String itemId, Utterance u, RegisteredPerson asker) {
        Phrasing say = u.say();
        return refusalsSaid(say, () -> {
            Parts parts = parts(after(u.text(), ':'));
            AgendaItem item = change.edit(itemId, asker.id(), parts.title(), parts.description());
            return plain(
                    say,
                    say.say("Ärendet %s heter nu \"%s\".", "Item %s is now called \"%s\".")
                            .formatted(item.id(), item.title()));
        });
    }

    public Reply accept(String itemId, RegisteredPerson asker, Phrasing say) {
        return refusalsSaid(say, () -> {
            AgendaItem item = review.accept(itemId, asker.id());
            return plain(
                    say,
                    say.say(
                                    "%s \"%s\" är godkänt för dagordningen; den som lämnade det får besked.",
                                    "%s \"%s\" is accepted for the agenda; its submitter is told.")
                            .formatted(item.id(), item.title()));
        });
    }

    public Reply moveToLater(String itemId, RegisteredPerson asker, Phrasing say) {
        return refusalsSaid(say, () -> {
            AgendaItem item = review.moveToLater(itemId, asker.id());
            return plain(
                    say,
                    say.say(
                                    "%s \"%s\" är flyttat till mötet %s; den som lämnade det får besked.",
                                    "%s \"%s\" is moved to the meeting on %s; its submitter is told.")
                            .formatted(
                                    item.id(),
                                    item.title(),
                                    meetings.byId(item.meetingId())
                                            .map(m -> say.dateTime(m.start()))
                                            .orElse(item.meetingId())));
        });
    }

    /** "avslå A-7K3PQ: skäl". */
    public Reply reject(String itemId, Utterance u, RegisteredPerson asker) {
        Phrasing say = u.say();
        return refusalsSaid(say, () -> {
            AgendaItem item = review.reject(itemId, asker.id(), after(u.text(), ':'));
            return plain(
                    say,
                    say.say(
                                    "%s \"%s\" tas inte upp; den som lämnade det får skälet.",
                                    "%s \"%s\" is rejected; its submitter is told why.")
                            .formatted(item.id(), item.title()));
        });
    }

    /** Items waiting for this person's review: in the forums named, else in every forum they administer. */
    public Reply toReview(List<ForumRef> named, RegisteredPerson asker, Phrasing say) {
        LocalDate today = SwedishTime.today(clock);
        List<ForumRef> forums = named.isEmpty()
                ? asker.structure().forums().stream()
                        .map(f -> new ForumRef(asker.structure(), f))
                        .filter(f ->
                                rules.isReviewer(f.structure().id(), f.forum().id(), asker.id(), today))
                        .toList()
                : named;
        if (forums.isEmpty()) {
            return plain(say, say.say("Du granskar inga forum.", "You review no forums."));
        }
        return refusalsSaid(say, () -> {
            List<String> lines = new ArrayList<>();
            List<ReplyPart.Choice> choices = new ArrayList<>();
            for (ForumRef forum : forums) {
                for (AgendaItem item :
                        review.waitingFor(forum.structure().id(), forum.forum().id(), asker.id())) {
                    lines.add(item.id() + " \"" + item.title() + "\" ("
                            + forum.forum().name() + ", " + say.label(item.status()) + ")");
                    choices.add(new ReplyPart.Choice(
                            say.say("Godkänn ", "Accept ") + item.id(), new Command.AcceptItem(item.id())));
                    choices.add(new ReplyPart.Choice(
                            say.say("Flytta ", "Move ") + item.id(), new Command.MoveItem(item.id())));
                }
            }
            if (lines.isEmpty()) {
                return plain(say, say.say("Inga ärenden väntar på granskning.", "No items are waiting for review."));
            }
            String hint = say.say("Avslå med \"avslå ID: skäl\".", "Reject with \"reject ID: reason\".");
            return new Reply(
                    say.say("Att granska:", "To review:") + "\n" + bullets(lines) + "\n" + hint,
                    say.language(),
                    List.of(
                            new ReplyPart.Items(say.say("Att granska", "To review"), lines),
                            new ReplyPart.Choices(hint, choices)));
        });
    }

    /** "publicera kallelse för länsledningen [29 mars]": proposed, sent when confirmed. */
    public Reply proposePublish(List<ForumRef> named, Utterance u, RegisteredPerson asker) {
        Phrasing say = u.say();
        if (named.size() != 1) {
            return plain(
                    say,
                    say.say(
                            "Vilket forums kallelse? Skriv till exempel: publicera kallelse för länsledningen.",
                            "Which forum's notice? Write for example: publish notice for Länsledning."));
        }
        ForumRef forum = named.getFirst();
        if (!rules.isReviewer(forum.structure().id(), forum.forum().id(), asker.id(), u.today())) {
            return plain(
                    say,
                    AgendaProblem.NOT_A_REVIEWER.say(
                            say.language(), forum.forum().name()));
        }
        Optional<LocalDate> day = u.dates().stream().findFirst();
        Optional<Meeting> meeting =
                rules.openMeetings(forum.structure().id(), forum.forum().id(), clock.instant()).stream()
                        .filter(m ->
                                day.isEmpty() || SwedishTime.dateOf(m.start()).equals(day.get()))
                        .findFirst();
        if (meeting.isEmpty()) {
            return plain(
                    say,
                    say.say("%s har inget kommande möte utan kallelse.", "%s has no upcoming meeting without a notice.")
                            .formatted(say.forum(forum)));
        }
        List<AgendaItem> ofMeeting = items.ofMeeting(meeting.get().id());
        long accepted = ofMeeting.stream()
                .filter(i -> i.status() == ItemStatus.ACCEPTED)
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

    /** Carries out a confirmed publication of a notice. */
    public Reply publishConfirmed(Map<String, String> data, String personId, Phrasing say) {
        return refusalsSaid(say, () -> {
            PublishNotice.Published published = publish.publish(data.get("meetingId"), personId);
            String waiting = published.stillWaiting() == 0
                    ? ""
                    : " "
                            + say.say(
                                            "%d ärenden väntade fortfarande på granskning och är inte med.",
                                            "%d items were still waiting for review and are not on it.")
                                    .formatted(published.stillWaiting());
            return plain(
                    say,
                    say.say(
                                    "Kallelsen är skickad till forumets kanal och ledamöter.",
                                    "The notice has gone to the forum's channel and members.")
                            + waiting + "\n\n" + published.notice().label(say.language()));
        });
    }

    /** The asker's own structure's forum whose name is closest to what was typed, if any is reasonably close. */
    private static Optional<String> closestForum(String head, RegisteredPerson asker) {
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
                .map(Forum::name)
                .min(Comparator.comparingInt(name -> EditDistance.between(wanted, Words.normalize(name))))
                .filter(name ->
                        EditDistance.between(wanted, Words.normalize(name)) <= Math.max(3, wanted.length() / 2));
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
                                item.status() == ItemStatus.LATE
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
        return plain(say, text.toString());
    }

    /** Title, description, kind and link from "Rubrik (samråd) – beskrivning https://…". */
    private record Parts(String title, String description, ItemKind kind, String link) {}

    private static Parts parts(String body) {
        String text = body == null ? "" : body.strip();
        String link = null;
        Matcher url = URL.matcher(text);
        if (url.find()) {
            link = url.group();
            text = (text.substring(0, url.start()) + text.substring(url.end())).strip();
        }
        ItemKind kind = null;
        Matcher marked = KIND_MARK.matcher(text);
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

    private static Reply refusalsSaid(Phrasing say, java.util.function.Supplier<Reply> action) {
        try {
            return action.get();
        } catch (AgendaRefused refused) {
            return Reply.plain(refused.say(say.language()), say.language());
        }
    }

    private static Reply plain(Phrasing say, String text) {
        return Reply.plain(text, say.language());
    }

    static String bullets(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append("• ").append(line).append('\n'));
        return text.toString().stripTrailing();
    }
}
