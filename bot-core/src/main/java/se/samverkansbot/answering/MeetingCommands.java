package se.samverkansbot.answering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.samverkansbot.answering.RegisterIndex.PersonInStructure;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.Reply;
import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.meeting.ScheduleMeetings;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.reminder.ReminderPolicy;
import se.samverkansbot.text.WhenParser;
import se.samverkansbot.text.Words;

/**
 * Secretaries change meetings in chat: "nytt möte i länsledningen 29 mars 2027 kl 9 plats Härnösand",
 * "flytta mötet i länsledningen 29 mars till 5 april kl 10", "ställ in mötet i länsledningen 29 mars". Only
 * the forum's secretary, convener or chair may; nothing changes until they confirm with the button.
 */
final class MeetingCommands {
    private static final Set<SeatRole> MAY_CHANGE = Set.of(SeatRole.SECRETARY, SeatRole.CONVENER, SeatRole.CHAIR);
    private static final Map<String, List<String>> VERBS = Map.of(
            "create",
                    List.of(
                            "nytt mote",
                            "boka mote",
                            "lagg in mote",
                            "lagg in ett mote",
                            "lagg till mote",
                            "lagg till ett mote",
                            "new meeting",
                            "add meeting",
                            "add a meeting",
                            "schedule a meeting",
                            "schedule meeting"),
            "move", List.of("flytta", "move", "reschedule"),
            "cancel", List.of("stall in", "avboka", "cancel"));

    private final QuestionAnswering answering;
    private final Meetings meetings;
    private final ScheduleMeetings schedule;
    private final Confirmations confirmations;
    private final WorkingDays workingDays = new WorkingDays();
    private final Clock clock;

    MeetingCommands(
            QuestionAnswering answering,
            Meetings meetings,
            ScheduleMeetings schedule,
            Confirmations confirmations,
            Clock clock) {
        this.answering = answering;
        this.meetings = meetings;
        this.schedule = schedule;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    /** A reply if the message is a meeting command or its confirmation; empty if it is something else. */
    Optional<Reply> handle(InboundMessage message) {
        String text = message.text() == null ? "" : message.text().strip();
        List<String> words = Words.tokens(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Phrasing say = new Phrasing(answering.language(text, message.languageHint()));
        String verb = verb(words);
        if (verb == null) {
            return Optional.empty();
        }
        Optional<PersonInStructure> asker = answering.asker(message);
        if (asker.isEmpty()) {
            return Optional.of(PeopleAnswers.unknownAsker(say));
        }
        Question q = answering.understand(text, asker, say.language());
        ForumSubject subject = ForumSubject.of(q, answering.index().register().structures());
        if (subject.forums().size() != 1) {
            return Optional.of(Reply.plain(
                    say.say(
                            "Vilket forum gäller det? Skriv till exempel: nytt möte i Länsledning 29 mars 2027 kl 9 plats Härnösand.",
                            "Which forum is it? Write for example: new meeting for Länsledning on 29 March 2027 at 9:00 place Härnösand."),
                    say.language()));
        }
        ForumRef forum = subject.forums().getFirst();
        if (!mayChange(asker.get(), forum, q.today)) {
            return Optional.of(notAllowed(forum, q, say));
        }
        return Optional.of(
                switch (verb) {
                    case "create" -> proposeCreate(text, forum, asker.get(), q, say);
                    case "move" -> proposeMove(text, forum, asker.get(), q, say);
                    default -> proposeCancel(text, forum, asker.get(), q, say);
                });
    }

    private Reply proposeCreate(String text, ForumRef forum, PersonInStructure asker, Question q, Phrasing say) {
        List<WhenParser.Found<LocalDate>> dates = WhenParser.dates(text, q.today);
        List<WhenParser.Found<LocalTime>> times = WhenParser.times(text);
        if (dates.isEmpty() || times.isEmpty()) {
            return Reply.plain(
                    say.say(
                                    "Skriv både datum och tid, till exempel: nytt möte i %s 29 mars 2027 kl 9.",
                                    "Give both a date and a time, for example: new meeting for %s on 29 March 2027 at 9:00.")
                            .formatted(forum.forum().name()),
                    say.language());
        }
        Instant start = ZonedDateTime.of(
                        dates.getFirst().value(), times.getFirst().value(), DeadlineTemplate.SWEDEN)
                .toInstant();
        if (!start.isAfter(clock.instant())) {
            return Reply.plain(say.say("Den tiden har redan varit.", "That time has already passed."), say.language());
        }
        String place = place(text);
        List<Deadline> deadlines = DeadlineTemplate.standard().deadlinesFor(start, workingDays);
        String summary = say.say("Ska jag lägga in ett möte i %s %s%s?", "Shall I enter a meeting of %s on %s%s?")
                        .formatted(say.forum(forum), say.dateTime(start), place == null ? "" : ", " + place)
                + "\n" + say.say("Deadlines:", "Deadlines:") + "\n"
                + Guidance.bullets(deadlines.stream()
                        .filter(d -> d.kind() != DeadlineKind.MEETING)
                        .map(d -> Phrasing.capitalize(say.label(d.kind())) + ": " + say.dateTime(d.due()))
                        .toList());
        return confirmations.propose(
                asker,
                "meeting.create",
                Map.of(
                        "structureId",
                        forum.structure().id(),
                        "forumId",
                        forum.forum().id(),
                        "start",
                        start.toString(),
                        "place",
                        place == null ? "" : place),
                summary,
                say.say("Ja, lägg in", "Yes, enter it"),
                say);
    }

    private Reply proposeMove(String text, ForumRef forum, PersonInStructure asker, Question q, Phrasing say) {
        String normalized = " " + text.toLowerCase(java.util.Locale.ROOT) + " ";
        int split = Math.max(normalized.indexOf(" till "), normalized.indexOf(" to "));
        if (split < 0) {
            return Reply.plain(
                    say.say(
                                    "Skriv vart mötet ska flyttas, till exempel: flytta mötet i %s 29 mars till 5 april kl 10.",
                                    "Say where the meeting goes, for example: move the meeting of %s on 29 March to 5 April at 10:00.")
                            .formatted(forum.forum().name()),
                    say.language());
        }
        String before = normalized.substring(0, split);
        String after = normalized.substring(split);
        Optional<Meeting> meeting = meetingOn(
                forum,
                WhenParser.dates(before, q.today).stream()
                        .map(WhenParser.Found::value)
                        .findFirst());
        if (meeting.isEmpty()) {
            return noSuchMeeting(forum, say);
        }
        ZonedDateTime old = meeting.get().start().atZone(DeadlineTemplate.SWEDEN);
        LocalDate day = WhenParser.dates(after, q.today).stream()
                .map(WhenParser.Found::value)
                .findFirst()
                .orElse(old.toLocalDate());
        LocalTime time = WhenParser.times(after).stream()
                .map(WhenParser.Found::value)
                .findFirst()
                .orElse(old.toLocalTime());
        Instant start = ZonedDateTime.of(day, time, DeadlineTemplate.SWEDEN).toInstant();
        if (!start.isAfter(clock.instant()) || start.equals(meeting.get().start())) {
            return Reply.plain(
                    say.say("Ange en ny tid som ligger framåt i tiden.", "Give a new time in the future."),
                    say.language());
        }
        String summary = say.say(
                        "Ska jag flytta mötet i %s från %s till %s? Deadlines och påminnelser flyttas med och medlemmarna får besked.",
                        "Shall I move the meeting of %s from %s to %s? Deadlines and reminders move with it and the members are told.")
                .formatted(say.forum(forum), say.dateTime(meeting.get().start()), say.dateTime(start));
        return confirmations.propose(
                asker,
                "meeting.move",
                Map.of("meetingId", meeting.get().id(), "start", start.toString()),
                summary,
                say.say("Ja, flytta", "Yes, move it"),
                say);
    }

    private Reply proposeCancel(String text, ForumRef forum, PersonInStructure asker, Question q, Phrasing say) {
        Optional<Meeting> meeting = meetingOn(
                forum,
                WhenParser.dates(text, q.today).stream()
                        .map(WhenParser.Found::value)
                        .findFirst());
        if (meeting.isEmpty()) {
            return noSuchMeeting(forum, say);
        }
        String summary = say.say(
                        "Ska jag ställa in mötet i %s %s? Påminnelserna stoppas och medlemmarna får besked.",
                        "Shall I cancel the meeting of %s on %s? Its reminders stop and the members are told.")
                .formatted(say.forum(forum), say.dateTime(meeting.get().start()));
        return confirmations.propose(
                asker,
                "meeting.cancel",
                Map.of("meetingId", meeting.get().id()),
                summary,
                say.say("Ja, ställ in", "Yes, cancel it"),
                say);
    }

    /** Carries out a confirmed meeting change. */
    Reply execute(String action, Map<String, String> data, Phrasing say) {
        return switch (action) {
            case "meeting.create" ->
                schedule.create(
                                data.get("structureId"),
                                data.get("forumId"),
                                Instant.parse(data.get("start")),
                                null,
                                data.get("place").isEmpty() ? null : data.get("place"),
                                DeadlineTemplate.standard(),
                                ReminderPolicy.standard())
                        .map(m -> done(
                                say.say(
                                                "Klart: mötet %s är inlagt, med deadlines och påminnelser.",
                                                "Done: the meeting on %s is entered, with deadlines and reminders.")
                                        .formatted(say.dateTime(m.start())),
                                say))
                        .orElseGet(() -> done(
                                say.say(
                                        "Det mötet fanns redan; inget är ändrat.",
                                        "That meeting already existed; nothing was changed."),
                                say));
            case "meeting.move" ->
                schedule.move(
                                data.get("meetingId"),
                                Instant.parse(data.get("start")),
                                DeadlineTemplate.standard(),
                                ReminderPolicy.standard())
                        .map(m -> done(
                                say.say(
                                                "Klart: mötet är flyttat till %s och medlemmarna får besked.",
                                                "Done: the meeting is moved to %s and the members are told.")
                                        .formatted(say.dateTime(m.start())),
                                say))
                        .orElseGet(() -> done(
                                say.say(
                                        "Mötet finns inte längre eller är inställt; inget är ändrat.",
                                        "The meeting no longer exists or is cancelled; nothing was changed."),
                                say));
            default ->
                schedule.cancel(data.get("meetingId"))
                        .map(m -> done(
                                say.say(
                                                "Klart: mötet %s är inställt och medlemmarna får besked.",
                                                "Done: the meeting on %s is cancelled and the members are told.")
                                        .formatted(say.dateTime(m.start())),
                                say))
                        .orElseGet(() -> done(
                                say.say(
                                        "Mötet var redan inställt; inget är ändrat.",
                                        "The meeting was already cancelled; nothing was changed."),
                                say));
        };
    }

    private static Reply done(String text, Phrasing say) {
        return Reply.plain(text, say.language());
    }

    /** The forum's meeting on that day, or its next meeting when no day is given. */
    private Optional<Meeting> meetingOn(ForumRef forum, Optional<LocalDate> day) {
        if (day.isEmpty()) {
            return meetings.upcoming(List.of(forum.forum().id()), clock.instant(), 10).stream()
                    .filter(m -> m.structureId().equals(forum.structure().id()))
                    .findFirst();
        }
        Instant from = day.get().atStartOfDay(DeadlineTemplate.SWEDEN).toInstant();
        Instant to = day.get().plusDays(1).atStartOfDay(DeadlineTemplate.SWEDEN).toInstant();
        return meetings.ofStructure(forum.structure().id(), from, to).stream()
                .filter(m -> m.forumId().equals(forum.forum().id()) && m.status() != MeetingStatus.CANCELLED)
                .findFirst();
    }

    private static Reply noSuchMeeting(ForumRef forum, Phrasing say) {
        return Reply.plain(
                say.say(
                                "Jag hittar inget sådant möte i %s. Fråga \"när är nästa möte i %s?\" för att se vilka som finns.",
                                "I find no such meeting of %s. Ask \"when is the next meeting of %s?\" to see which there are.")
                        .formatted(say.forum(forum), forum.forum().name()),
                say.language());
    }

    private static boolean mayChange(PersonInStructure asker, ForumRef forum, LocalDate today) {
        return asker.structure().id().equals(forum.structure().id())
                && Seats.current(
                                forum.structure(),
                                forum.structure().seatsIn(forum.forum().id()),
                                today)
                        .stream()
                        .anyMatch(
                                seat -> asker.person().id().equals(seat.person()) && MAY_CHANGE.contains(seat.role()));
    }

    private static Reply notAllowed(ForumRef forum, Question q, Phrasing say) {
        List<String> who =
                Seats.current(
                                forum.structure(),
                                forum.structure().seatsIn(forum.forum().id()),
                                q.today)
                        .stream()
                        .filter(seat -> MAY_CHANGE.contains(seat.role()) && seat.person() != null)
                        .map(seat -> forum.structure()
                                .person(seat.person())
                                .map(p -> p.name())
                                .orElse(seat.person()))
                        .toList();
        return Reply.plain(
                say.say(
                                "Bara forumets sekreterare, sammankallande eller ordförande kan ändra möten i %s. %s",
                                "Only the forum's secretary, convener or chair can change meetings of %s. %s")
                        .formatted(
                                say.forum(forum),
                                who.isEmpty()
                                        ? say.say("Registret namnger ingen sådan ännu.", "The register names none yet.")
                                        : say.say("I registret: ", "In the register: ") + say.join(who) + "."),
                say.language());
    }

    private static String verb(List<String> words) {
        String start = String.join(" ", words.subList(0, Math.min(words.size(), 4)));
        for (Map.Entry<String, List<String>> verb : VERBS.entrySet()) {
            for (String phrase : verb.getValue()) {
                if (start.equals(phrase) || start.startsWith(phrase + " ")) {
                    return verb.getKey();
                }
            }
        }
        return null;
    }

    /** "plats Härnösand" / "place Härnösand": the rest of the message is the place. */
    private static String place(String text) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?i)\\b(plats|place|lokal)\\s*:?\\s+(.+)$")
                .matcher(text);
        return matcher.find() ? matcher.group(2).strip() : null;
    }
}
