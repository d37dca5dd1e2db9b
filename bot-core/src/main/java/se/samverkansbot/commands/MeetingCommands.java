package se.samverkansbot.commands;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samverkansbot.answers.Guidance;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.DeadlineTemplates;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.meeting.ScheduleMeetings;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.text.WhenParser;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.understanding.Intent;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * Secretaries change meetings in chat: "nytt möte i länsledningen 29 mars 2027 kl 9 plats Härnösand",
 * "flytta mötet i länsledningen 29 mars till 5 april kl 10", "ställ in mötet i länsledningen 29 mars". Only
 * the forum's secretary, convener or chair may; nothing changes until they confirm with the button.
 */
public final class MeetingCommands {
    private final Meetings meetings;
    private final ScheduleMeetings schedule;
    private final ForumRoles roles;
    private final Confirmations confirmations;
    private final WorkingDays workingDays;
    private final DeadlineTemplates templates;
    private final Clock clock;

    public MeetingCommands(
            Meetings meetings,
            ScheduleMeetings schedule,
            ForumRoles roles,
            Confirmations confirmations,
            WorkingDays workingDays,
            DeadlineTemplates templates,
            Clock clock) {
        this.meetings = meetings;
        this.schedule = schedule;
        this.roles = roles;
        this.confirmations = confirmations;
        this.workingDays = workingDays;
        this.templates = templates;
        this.clock = clock;
    }

    /** Proposes entering, moving or cancelling a meeting of the one forum named, if the asker may change it. */
    public Reply propose(Intent intent, Utterance u, List<ForumRef> named, RegisteredPerson asker) {
        Phrasing say = u.say();
        if (named.size() != 1) {
            return Reply.plain(
                    say.say(
                            "Vilket forum gäller det? Skriv till exempel: nytt möte i Länsledning 29 mars 2027 kl 9 plats Härnösand.",
                            "Which forum is it? Write for example: new meeting for Länsledning on 29 March 2027 at 9:00 place Härnösand."),
                    say.language());
        }
        ForumRef forum = named.getFirst();
        if (!roles.administers(forum.structure().id(), forum.forum().id(), asker.id(), u.today())) {
            return notAllowed(forum, u, say);
        }
        String text = u.text();
        return switch (intent) {
            case Intent.CreateMeeting create -> proposeCreate(text, forum, asker, u, say);
            case Intent.MoveMeeting move -> proposeMove(text, forum, asker, u, say);
            default -> proposeCancel(text, forum, asker, u, say);
        };
    }

    private Reply proposeCreate(String text, ForumRef forum, RegisteredPerson asker, Utterance u, Phrasing say) {
        List<WhenParser.Found<LocalDate>> dates = WhenParser.dates(text, u.today());
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
                        dates.getFirst().value(), times.getFirst().value(), SwedishTime.ZONE)
                .toInstant();
        if (!start.isAfter(clock.instant())) {
            return Reply.plain(say.say("Den tiden har redan varit.", "That time has already passed."), say.language());
        }
        String place = place(text);
        List<Deadline> deadlines =
                templates.of(forum.structure().id(), forum.forum().id()).deadlinesFor(start, workingDays);
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

    private Reply proposeMove(String text, ForumRef forum, RegisteredPerson asker, Utterance u, Phrasing say) {
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
                WhenParser.dates(before, u.today()).stream()
                        .map(WhenParser.Found::value)
                        .findFirst());
        if (meeting.isEmpty()) {
            return noSuchMeeting(forum, say);
        }
        ZonedDateTime old = meeting.get().start().atZone(SwedishTime.ZONE);
        LocalDate day = WhenParser.dates(after, u.today()).stream()
                .map(WhenParser.Found::value)
                .findFirst()
                .orElse(old.toLocalDate());
        LocalTime time = WhenParser.times(after).stream()
                .map(WhenParser.Found::value)
                .findFirst()
                .orElse(old.toLocalTime());
        Instant start = ZonedDateTime.of(day, time, SwedishTime.ZONE).toInstant();
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

    private Reply proposeCancel(String text, ForumRef forum, RegisteredPerson asker, Utterance u, Phrasing say) {
        Optional<Meeting> meeting = meetingOn(
                forum,
                WhenParser.dates(text, u.today()).stream()
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
    public Reply execute(String action, Map<String, String> data, Phrasing say) {
        return switch (action) {
            case "meeting.create" ->
                schedule.create(
                                data.get("structureId"),
                                data.get("forumId"),
                                Instant.parse(data.get("start")),
                                null,
                                data.get("place").isEmpty() ? null : data.get("place"),
                                null,
                                templates.of(data.get("structureId"), data.get("forumId")))
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
                                meetings.byId(data.get("meetingId"))
                                        .map(m -> templates.of(m.structureId(), m.forumId()))
                                        .orElseGet(DeadlineTemplate::standard))
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
        Instant from = SwedishTime.startOf(day.get());
        Instant to = SwedishTime.startOf(day.get().plusDays(1));
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

    private Reply notAllowed(ForumRef forum, Utterance u, Phrasing say) {
        List<String> who = roles
                .administrators(forum.structure().id(), forum.forum().id(), u.today())
                .stream()
                .map(person ->
                        forum.structure().person(person).map(p -> p.name()).orElse(person))
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

    /** "plats Härnösand" / "place Härnösand": the rest of the message is the place. */
    private static String place(String text) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?iU)\\b(plats|place|lokal)\\s*:?\\s+(.+)$")
                .matcher(text);
        return matcher.find() ? matcher.group(2).strip() : null;
    }
}
