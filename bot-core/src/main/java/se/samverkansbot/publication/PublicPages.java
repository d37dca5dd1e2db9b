package se.samverkansbot.publication;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.meeting.YearWheel;
import se.samverkansbot.register.Body;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.Structure;
import se.samverkansbot.time.SwedishTime;

/**
 * What the public pages show, and nothing more: structures, their parties, levels and forums and how they
 * report; each public forum's mandate, composition and who represents whom with periods (names with roles and
 * organisations, never an email address or platform id); coming meetings; notices that have been published,
 * with their agendas (items still under review never appear: a meeting's agenda is empty until its notice is
 * out); published minutes from the {@link PublishedMinutes} port; and the year. Forums marked not public do not
 * exist here, not even as a reporting line.
 */
public final class PublicPages {
    private static final int COMING = 10;

    private final Supplier<Register> register;
    private final Meetings meetings;
    private final YearWheel yearWheel;
    private final PublishedMinutes minutes;
    private final PublicLinks links;
    private final Clock clock;

    public PublicPages(
            Supplier<Register> register, Meetings meetings, PublishedMinutes minutes, PublicLinks links, Clock clock) {
        this.register = register;
        this.meetings = meetings;
        this.yearWheel = new YearWheel(meetings);
        this.minutes = minutes;
        this.links = links;
        this.clock = clock;
    }

    public record StructureLink(String id, String name, String fullName, String county) {}

    public record ForumLink(String id, String name) {}

    public record PartyLine(String name, String kind, boolean principal) {}

    public record ForumLine(String id, String name, String area, ForumLink reportsTo) {}

    public record Level(String name, List<ForumLine> forums) {}

    public record StructurePage(
            String id,
            String name,
            String fullName,
            String county,
            String purpose,
            String goal,
            List<String> principles,
            List<PartyLine> parties,
            List<Level> levels,
            int year) {}

    /** One seat: the role, who holds it (a person's name, or the position), for which organisation, when. */
    public record SeatLine(String role, String holder, String organisation, String area, String period) {}

    public record MeetingLine(String when, String place, boolean cancelled, String calendarFile) {}

    public record NoticeLine(String when, String place, List<String> agenda) {}

    public record MinutesLine(String when, String title, String url) {}

    public record ForumPage(
            StructureLink structure,
            String id,
            String name,
            String level,
            String area,
            String mandate,
            List<String> tasks,
            String composition,
            String frequency,
            ForumLink reportsTo,
            List<ForumLink> reportedToBy,
            List<ForumLink> prepares,
            List<SeatLine> seats,
            List<SeatLine> earlierSeats,
            List<MeetingLine> coming,
            List<NoticeLine> notices,
            List<MinutesLine> minutes,
            String feed) {}

    public record YearLine(String day, String what, ForumLink forum, boolean cancelled) {}

    public record Month(String name, List<YearLine> lines) {}

    public record YearPage(StructureLink structure, int year, List<Month> months) {}

    public List<StructureLink> structures() {
        return register.get().structures().stream().map(PublicPages::link).toList();
    }

    public Optional<StructurePage> structure(String structureId, Language language) {
        return register.get().structure(structureId).map(s -> {
            List<PartyLine> parties = s.parties().stream()
                    .map(p -> new PartyLine(p.name(), p.kind().label(language), p.principal()))
                    .toList();
            Map<ForumLevel, List<ForumLine>> byLevel = new LinkedHashMap<>();
            for (ForumLevel level : ForumLevel.values()) {
                byLevel.put(level, new ArrayList<>());
            }
            for (Forum forum : publicForums(s)) {
                byLevel.get(forum.level())
                        .add(new ForumLine(
                                forum.id(),
                                forum.name(),
                                forum.area() == null ? null : forum.area().label(language),
                                publicForum(s, forum.reportsTo()).orElse(null)));
            }
            List<Level> levels = byLevel.entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty())
                    .map(e -> new Level(capitalised(e.getKey().label(language)), e.getValue()))
                    .toList();
            return new StructurePage(
                    s.id(),
                    s.name(),
                    s.fullName(),
                    s.county(),
                    s.purpose(),
                    s.goal(),
                    s.principles(),
                    parties,
                    levels,
                    today().getYear());
        });
    }

    public Optional<ForumPage> forum(String structureId, String forumId, Language language) {
        Optional<Structure> structure = register.get().structure(structureId);
        Optional<Forum> found = structure.flatMap(s -> s.forum(forumId)).filter(Forum::isPublic);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Structure s = structure.get();
        Forum forum = found.get();
        LocalDate today = today();
        List<SeatLine> seats = new ArrayList<>();
        List<SeatLine> earlier = new ArrayList<>();
        for (Seat seat : s.seatsIn(forum.id())) {
            (seat.period().hasEnded(today) ? earlier : seats).add(seat(s, seat, language));
        }
        Instant now = clock.instant();
        List<Meeting> coming =
                meetings.ofStructure(structureId, now, now.plus(java.time.Duration.ofDays(2 * 366))).stream()
                        .filter(m -> m.forumId().equals(forumId))
                        .limit(COMING)
                        .toList();
        List<MeetingLine> meetingLines = coming.stream()
                .map(m -> new MeetingLine(
                        when(m.start(), language),
                        m.place(),
                        m.status() == MeetingStatus.CANCELLED,
                        m.status() == MeetingStatus.CANCELLED ? null : links.meeting(m.id())))
                .toList();
        List<NoticeLine> notices = coming.stream()
                .filter(m -> m.status() == MeetingStatus.NOTICE_SENT)
                .map(m -> new NoticeLine(when(m.start(), language), m.place(), m.agenda()))
                .toList();
        List<MinutesLine> published = minutes.of(structureId, forumId).stream()
                .map(p -> new MinutesLine(when(p.meetingStart(), language), p.title(), p.url()))
                .toList();
        return Optional.of(new ForumPage(
                link(s),
                forum.id(),
                forum.name(),
                capitalised(forum.level().label(language)),
                forum.area() == null ? null : forum.area().label(language),
                forum.mandate() == null ? null : forum.mandate().summary(),
                forum.mandate() == null ? List.of() : forum.mandate().tasks(),
                forum.composition(),
                forum.meets() == null ? null : forum.meets().description(),
                publicForum(s, forum.reportsTo()).orElse(null),
                s.forumsReportingTo(forum.id()).stream()
                        .filter(Forum::isPublic)
                        .map(f -> new ForumLink(f.id(), f.name()))
                        .toList(),
                forum.prepares().stream()
                        .flatMap(id -> publicForum(s, id).stream())
                        .toList(),
                seats,
                earlier,
                meetingLines,
                notices,
                published,
                links.forumFeed(structureId, forumId)));
    }

    public Optional<YearPage> year(String structureId, int year, Language language) {
        return register.get().structure(structureId).map(s -> {
            Map<Integer, List<YearLine>> byMonth = new LinkedHashMap<>();
            for (YearWheel.Entry entry : yearWheel.of(structureId, year)) {
                Optional<ForumLink> forum = publicForum(s, entry.forumId());
                if (forum.isEmpty()) {
                    continue;
                }
                var at = entry.at().atZone(SwedishTime.ZONE);
                String what = entry.kind() == DeadlineKind.MEETING
                        ? (language == Language.SWEDISH ? "Möte" : "Meeting")
                        : capitalised(entry.kind().label(language));
                byMonth.computeIfAbsent(at.getMonthValue(), m -> new ArrayList<>())
                        .add(new YearLine(
                                DateTimeFormatter.ofPattern(
                                                language == Language.SWEDISH
                                                        ? "EEEE d MMMM 'kl.' HH.mm"
                                                        : "EEEE d MMMM, HH:mm",
                                                language.locale())
                                        .format(at),
                                what,
                                forum.get(),
                                entry.status() == MeetingStatus.CANCELLED));
            }
            List<Month> months = byMonth.entrySet().stream()
                    .map(e -> new Month(
                            capitalised(java.time.Month.of(e.getKey())
                                    .getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, language.locale())),
                            e.getValue()))
                    .toList();
            return new YearPage(link(s), year, months);
        });
    }

    private SeatLine seat(Structure structure, Seat seat, Language language) {
        String holder = seat.person() != null
                ? structure.person(seat.person()).map(Person::name).orElse(null)
                : seat.position();
        if (holder == null) {
            holder = seat.position();
        }
        if (seat.count() > 1) {
            holder = (holder == null ? "" : holder + ", ")
                    + seat.count()
                    + (language == Language.SWEDISH ? " platser" : " seats");
        }
        List<String> organisation = new ArrayList<>();
        if (seat.body() != null) {
            structure.body(seat.body()).map(Body::name).ifPresent(organisation::add);
        }
        if (seat.party() != null) {
            structure.party(seat.party()).map(Party::name).ifPresent(organisation::add);
        }
        String period = period(seat, language);
        return new SeatLine(
                capitalised(seat.role().label(language)),
                holder,
                organisation.isEmpty() ? null : String.join(", ", organisation),
                seat.area() == null ? null : seat.area().label(language),
                period);
    }

    private static String period(Seat seat, Language language) {
        LocalDate from = seat.period().from();
        LocalDate to = seat.period().to();
        if (from == null && to == null) {
            return null;
        }
        boolean swedish = language == Language.SWEDISH;
        if (from == null) {
            return (swedish ? "t.o.m. " : "until ") + to;
        }
        if (to == null) {
            return (swedish ? "fr.o.m. " : "from ") + from;
        }
        return from + " – " + to;
    }

    private static List<Forum> publicForums(Structure structure) {
        Collator swedish = Collator.getInstance(Language.SWEDISH.locale());
        return structure.forums().stream()
                .filter(Forum::isPublic)
                .sorted(Comparator.comparing(Forum::name, swedish))
                .toList();
    }

    private static Optional<ForumLink> publicForum(Structure structure, String forumId) {
        return forumId == null
                ? Optional.empty()
                : structure.forum(forumId).filter(Forum::isPublic).map(f -> new ForumLink(f.id(), f.name()));
    }

    private static StructureLink link(Structure s) {
        return new StructureLink(s.id(), s.name(), s.fullName(), s.county());
    }

    private LocalDate today() {
        return clock.instant().atZone(SwedishTime.ZONE).toLocalDate();
    }

    private static String when(Instant at, Language language) {
        return DateTimeFormatter.ofPattern(
                        language == Language.SWEDISH ? "EEEE d MMMM yyyy 'kl.' HH.mm" : "EEEE d MMMM yyyy, HH:mm",
                        language.locale())
                .format(at.atZone(SwedishTime.ZONE));
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
