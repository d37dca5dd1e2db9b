package se.samverkansbot.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.Structure;
import se.samverkansbot.reminder.Audience;
import se.samverkansbot.reminder.ReminderPolicy;

/**
 * Meetings and their deadlines as iCalendar text. A meeting is a timed event in Europe/Stockholm whose UID is
 * its id (stable from planning to cancellation) and whose SEQUENCE is the meeting's; a deadline is an all-day
 * event on its day, with the time in its title, that does not block time. A cancelled meeting stays in the
 * feeds with STATUS:CANCELLED, so calendars that had it remove or strike it instead of keeping a ghost.
 */
public final class MeetingCalendars {
    /** The right-hand side of every UID: the bot's, whatever address it is served at. */
    static final String UID_DOMAIN = "samverkansbot";

    private static final Duration FEED_PAST = Duration.ofDays(366);
    private static final Duration FEED_FUTURE = Duration.ofDays(2 * 366);
    private static final Duration REFRESH = Duration.ofHours(6);
    private static final Set<SeatRole> ROLE_HOLDERS =
            Set.of(SeatRole.CHAIR, SeatRole.VICE_CHAIR, SeatRole.CONVENER, SeatRole.SECRETARY);

    private final Supplier<Register> register;
    private final Meetings meetings;
    private final PublicLinks links;
    private final Clock clock;

    public MeetingCalendars(Supplier<Register> register, Meetings meetings, PublicLinks links, Clock clock) {
        this.register = register;
        this.meetings = meetings;
        this.links = links;
        this.clock = clock;
    }

    /** What an email invitation asks of the calendar (RFC 5546). */
    public enum Invitation {
        /** Add or update the event (a notice, a moved meeting). */
        REQUEST,
        /** Remove the event (a cancelled meeting). */
        CANCEL
    }

    /** A public forum's meetings and all their deadlines, a year back and two ahead; empty for other forums. */
    public Optional<String> forumFeed(String structureId, String forumId, Language language) {
        Optional<Structure> structure = register.get().structure(structureId);
        Optional<Forum> forum = structure.flatMap(s -> s.forum(forumId)).filter(Forum::isPublic);
        if (forum.isEmpty()) {
            return Optional.empty();
        }
        List<CalendarComponent> events = new ArrayList<>();
        for (Meeting meeting : window(structureId)) {
            if (meeting.forumId().equals(forumId)) {
                events.add(meetingEvent(structure.get(), meeting, language));
                for (Deadline deadline : meeting.deadlines()) {
                    if (deadline.kind() != DeadlineKind.MEETING) {
                        events.add(deadlineEvent(structure.get(), meeting, deadline, language));
                    }
                }
            }
        }
        String name = forum.get().name() + " (" + structure.get().name() + ")";
        return Optional.of(write(feed(name, events, null)));
    }

    /**
     * One person's calendar: the meetings of every forum they had a seat in on the meeting's day (public or not:
     * the feed is theirs alone), and the deadlines they are reminded of: the agenda cut-off for every member, and
     * notice, material and minutes for the chair, vice chair, convener and secretary. In the person's language.
     */
    public Optional<String> personalFeed(String structureId, String personId) {
        Optional<Structure> structure = register.get().structure(structureId);
        Optional<Person> person = structure.flatMap(s -> s.person(personId));
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Language language = person.get().language();
        List<CalendarComponent> events = new ArrayList<>();
        for (Meeting meeting : window(structureId)) {
            LocalDate day = meeting.start().atZone(StockholmTimeZone.ZONE).toLocalDate();
            List<Seat> seats = structure.get().seatsIn(meeting.forumId()).stream()
                    .filter(seat ->
                            personId.equals(seat.person()) && seat.period().contains(day))
                    .toList();
            if (seats.isEmpty()) {
                continue;
            }
            boolean roleHolder = seats.stream().anyMatch(seat -> ROLE_HOLDERS.contains(seat.role()));
            events.add(meetingEvent(structure.get(), meeting, language));
            for (Deadline deadline : meeting.deadlines()) {
                if (deadline.kind() != DeadlineKind.MEETING && remindedOf(deadline.kind(), roleHolder)) {
                    events.add(deadlineEvent(structure.get(), meeting, deadline, language));
                }
            }
        }
        String name = person.get().name() + " – " + structure.get().name();
        return Optional.of(write(feed(name, events, null)));
    }

    /** One meeting of a public forum as a file to add to a calendar; empty for other forums' meetings. */
    public Optional<String> meeting(String meetingId, Language language) {
        return meetings.byId(meetingId)
                .flatMap(meeting -> register.get()
                        .structure(meeting.structureId())
                        .filter(s ->
                                s.forum(meeting.forumId()).map(Forum::isPublic).orElse(false))
                        .map(structure -> write(feed(
                                forumName(structure, meeting),
                                List.of(meetingEvent(structure, meeting, language)),
                                ImmutableMethod.PUBLISH))));
    }

    /**
     * An invitation to one attendee, sent by email: REQUEST with the meeting as it stands (a calendar adds it, or
     * updates the event with the same UID when the SEQUENCE is higher), or CANCEL to remove it.
     */
    public String invitation(
            Meeting meeting,
            Invitation kind,
            String organizerEmail,
            String attendeeEmail,
            String attendeeName,
            Language language) {
        Structure structure = register.get()
                .structure(meeting.structureId())
                .orElseThrow(() -> new IllegalArgumentException("Unknown structure " + meeting.structureId()));
        VEvent event = meetingEvent(structure, meeting, language);
        if (kind == Invitation.CANCEL) {
            event.replace(ImmutableStatus.VEVENT_CANCELLED);
        }
        event.add(new Organizer(
                new ParameterList(List.of(new Cn("Samverkansbot"))), URI.create("mailto:" + organizerEmail)));
        List<net.fortuna.ical4j.model.Parameter> attendee =
                new ArrayList<>(List.of(Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.FALSE));
        if (attendeeName != null) {
            attendee.add(new Cn(attendeeName));
        }
        event.add(new Attendee(new ParameterList(attendee), URI.create("mailto:" + attendeeEmail)));
        Method method = kind == Invitation.CANCEL ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
        return write(feed(forumName(structure, meeting), List.of(event), method));
    }

    /** The UID of a meeting's event: the same for as long as the meeting exists, moved or cancelled. */
    public static String uid(Meeting meeting) {
        return meeting.id() + "@" + UID_DOMAIN;
    }

    static String uid(Meeting meeting, DeadlineKind kind) {
        return meeting.id() + "/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@" + UID_DOMAIN;
    }

    private List<Meeting> window(String structureId) {
        Instant now = clock.instant();
        return meetings.ofStructure(structureId, now.minus(FEED_PAST), now.plus(FEED_FUTURE));
    }

    private static boolean remindedOf(DeadlineKind kind, boolean roleHolder) {
        return ReminderPolicy.standard().rules().stream()
                .filter(rule -> rule.deadline() == kind)
                .anyMatch(rule -> rule.audiences().contains(Audience.MEMBERS)
                        || roleHolder && rule.audiences().contains(Audience.ROLE_HOLDERS));
    }

    private Calendar feed(String name, List<CalendarComponent> events, Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Samverkansbot//Samverkansbot//SV"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        if (method != null) {
            calendar.add(method); // only invitations: a feed or a file is plain RFC 5545, no iTIP message
        }
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", StockholmTimeZone.ZONE.getId()));
        calendar.add(new RefreshInterval(
                new ParameterList(List.of(net.fortuna.ical4j.model.parameter.Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        boolean timed = events.stream()
                .anyMatch(e -> e.getProperty("DTSTART")
                        .map(p -> p.getParameter("TZID").isPresent())
                        .orElse(false));
        if (timed) {
            calendar.add(StockholmTimeZone.vtimezone());
        }
        events.forEach(calendar::add);
        return calendar;
    }

    private VEvent meetingEvent(Structure structure, Meeting meeting, Language language) {
        ZonedDateTime start = meeting.start().atZone(StockholmTimeZone.ZONE);
        boolean cancelled = meeting.status() == MeetingStatus.CANCELLED;
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(meeting)));
        event.add(new DtStamp(stamp()));
        event.add(new DtStart<>(start));
        if (meeting.end() != null) {
            event.add(new DtEnd<>(meeting.end().atZone(StockholmTimeZone.ZONE)));
        }
        event.add(new Sequence(meeting.sequence()));
        event.add(new Summary((cancelled ? cancelledPrefix(language) : "") + forumName(structure, meeting)));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(ImmutableTransp.OPAQUE);
        if (meeting.place() != null) {
            event.add(new Location(meeting.place()));
        }
        String page = forumPage(structure, meeting, language);
        if (meeting.link() != null) {
            event.add(new Url(URI.create(meeting.link())));
        } else if (page != null) {
            event.add(new Url(URI.create(page)));
        }
        event.add(new Description(description(structure, meeting, language, page)));
        return event;
    }

    private VEvent deadlineEvent(Structure structure, Meeting meeting, Deadline deadline, Language language) {
        ZonedDateTime due = deadline.due().atZone(StockholmTimeZone.ZONE);
        boolean cancelled = meeting.status() == MeetingStatus.CANCELLED;
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(meeting, deadline.kind())));
        event.add(new DtStamp(stamp()));
        event.add(new DtStart<>(due.toLocalDate()));
        event.add(new DtEnd<>(due.toLocalDate().plusDays(1)));
        event.add(new Sequence(meeting.sequence()));
        String label = deadline.kind().label(language);
        event.add(new Summary((cancelled ? cancelledPrefix(language) : "")
                + Character.toUpperCase(label.charAt(0))
                + label.substring(1)
                + " " + time(due, language) + " – " + forumName(structure, meeting)));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(ImmutableTransp.TRANSPARENT); // a deadline is a day to remember, not time taken
        String before = language == Language.SWEDISH
                ? "Inför mötet %s.".formatted(dateTime(meeting.start().atZone(StockholmTimeZone.ZONE), language))
                : "Before the meeting on %s."
                        .formatted(dateTime(meeting.start().atZone(StockholmTimeZone.ZONE), language));
        String page = forumPage(structure, meeting, language);
        event.add(new Description(page == null ? before : before + "\n" + page));
        return event;
    }

    private String description(Structure structure, Meeting meeting, Language language, String page) {
        List<String> lines = new ArrayList<>();
        boolean swedish = language == Language.SWEDISH;
        lines.add((swedish ? "Möte i " : "Meeting of ") + forumName(structure, meeting) + ".");
        if (meeting.place() != null) {
            lines.add((swedish ? "Plats: " : "Place: ") + meeting.place());
        }
        if (meeting.link() != null) {
            lines.add((swedish ? "Länk: " : "Link: ") + meeting.link());
        }
        if (!meeting.agenda().isEmpty()) {
            lines.add(swedish ? "Dagordning:" : "Agenda:");
            for (int i = 0; i < meeting.agenda().size(); i++) {
                lines.add((i + 1) + ". " + meeting.agenda().get(i));
            }
        }
        lines.add(
                swedish
                        ? "Forumet samråder; beslut fattas av respektive huvudman."
                        : "The forum consults; decisions are taken by each principal.");
        if (page != null) {
            lines.add(page);
        }
        return String.join("\n", lines);
    }

    private String forumPage(Structure structure, Meeting meeting, Language language) {
        return structure.forum(meeting.forumId()).filter(Forum::isPublic).isPresent()
                ? links.forum(language, structure.id(), meeting.forumId())
                : null;
    }

    private static String forumName(Structure structure, Meeting meeting) {
        String forum = structure.forum(meeting.forumId()).map(Forum::name).orElse(meeting.forumId());
        return forum + " (" + structure.name() + ")";
    }

    private static String cancelledPrefix(Language language) {
        return language == Language.SWEDISH ? "INSTÄLLT: " : "CANCELLED: ";
    }

    private static String time(ZonedDateTime at, Language language) {
        return language == Language.SWEDISH
                ? "kl. " + DateTimeFormatter.ofPattern("HH.mm").format(at)
                : "at " + DateTimeFormatter.ofPattern("HH:mm").format(at);
    }

    private static String dateTime(ZonedDateTime at, Language language) {
        return language == Language.SWEDISH
                ? DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'kl.' HH.mm", language.locale())
                        .format(at)
                : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", language.locale())
                        .format(at);
    }

    private Instant stamp() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
