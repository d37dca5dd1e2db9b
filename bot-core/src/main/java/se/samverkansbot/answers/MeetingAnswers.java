package se.samverkansbot.answers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/** Next meetings, their agendas and coming deadlines, or a plain word that none are registered yet. */
final class MeetingAnswers {
    private final Meetings meetings;

    MeetingAnswers(Meetings meetings) {
        this.meetings = meetings;
    }

    /** Words for a kind of recurring meeting, and the stem a forum's rhythm writes it with. */
    private static final Map<java.util.regex.Pattern, String> RECURRING = Map.of(
            java.util.regex.Pattern.compile("(?U)\\b(temamot\\w*|theme meetings?|tema moten?)\\b"),
            "temamot",
            java.util.regex.Pattern.compile("(?U)\\b(internat\\w*|residential\\w*)\\b"),
            "internat",
            // "a joint all-areas HälSam meeting": words may stand between.
            java.util.regex.Pattern.compile(
                    "(?U)\\b(gemensamma?( \\w+){0,2} mote\\w*|joint( \\w+){0,3} meetings?|annual meeting)\\b"),
            "gemensamt mote");

    private static final java.util.regex.Pattern TO_COME = java.util.regex.Pattern.compile(
            "(?U)\\b(nasta|kommande|blir det|kommer det|framover|next|upcoming|will there|is there going)\\b");

    /**
     * "Blir det temamöten för vuxna nästa år?", "when's the next internat?": a kind of meeting a forum's rhythm
     * promises, asked about ahead, with no meeting entered for it yet: the rhythm, and that no date is registered.
     */
    Optional<Reply> recurring(Utterance u, List<se.samverkansbot.register.Structure> structures, Instant now) {
        String text = se.samverkansbot.text.Words.normalize(u.text());
        Optional<String> kind = RECURRING.entrySet().stream()
                .filter(e -> e.getKey().matcher(text).find())
                .map(Map.Entry::getValue)
                .findFirst();
        boolean ahead = TO_COME.matcher(text).find() || u.asOf().isAfter(u.today());
        // Not "vem ansvarar för temamötet …?" nor "hur många temamöten …?": those ask for people and numbers.
        if (kind.isEmpty() || !ahead || u.asksHowMany() || u.asksWho()) {
            return Optional.empty();
        }
        List<ForumRef> holding = holding(u, structures, kind.get());
        if (holding.isEmpty() || !upcoming(byId(holding), now).isEmpty()) {
            return Optional.empty();
        }
        Phrasing say = u.say();
        List<String> lines = new ArrayList<>();
        for (ForumRef ref : holding) {
            lines.add(say.say("%s träffas: %s", "%s meets: %s")
                            .formatted(say.forum(ref), ForumAnswers.frequencyClause(ref.forum(), say))
                    + ".");
        }
        lines.add(
                say.say(
                        "Registret har inga datum för dem ännu; mötesdatum läggs in av forumets sekreterare eller sammankallande.",
                        "The register has no dates for them yet; meeting dates are entered by the forum's secretary or convener."));
        return Optional.of(Reply.plain(String.join("\n", lines), u.language()));
    }

    /** The forums whose rhythm holds the kind of meeting the question names ("temamöten", "internat"), if any. */
    static List<ForumRef> holdingTheKindNamed(Utterance u, List<se.samverkansbot.register.Structure> structures) {
        String text = se.samverkansbot.text.Words.normalize(u.text());
        return RECURRING.entrySet().stream()
                .filter(e -> e.getKey().matcher(text).find())
                .map(Map.Entry::getValue)
                .findFirst()
                .map(kind -> holding(u, structures, kind))
                .orElse(List.of());
    }

    private static List<ForumRef> holding(
            Utterance u, List<se.samverkansbot.register.Structure> structures, String kind) {
        List<ForumRef> holding = new ArrayList<>();
        for (se.samverkansbot.register.Structure structure : structures) {
            for (se.samverkansbot.register.Forum forum : structure.forums()) {
                if (forum.isActiveOn(u.today())
                        && forum.meets() != null
                        && forum.meets().description() != null
                        && se.samverkansbot.text.Words.normalize(forum.meets().description())
                                .contains(kind)) {
                    holding.add(new ForumRef(structure, forum));
                }
            }
        }
        return holding;
    }

    Reply next(Utterance u, List<ForumRef> forums, Instant now) {
        Phrasing say = u.say();
        Map<String, ForumRef> byId = byId(forums);
        List<Meeting> upcoming = firstPerForum(upcoming(byId, now));
        if (upcoming.isEmpty()) {
            return noMeetings(u, forums);
        }
        List<String> lines = new ArrayList<>();
        List<ReplyPart> parts = new ArrayList<>();
        for (Meeting meeting : upcoming.subList(0, Math.min(upcoming.size(), 8))) {
            ForumRef forum = byId.get(key(meeting.structureId(), meeting.forumId()));
            lines.add(say.say("Nästa möte i %s: %s", "Next meeting of %s: %s")
                            .formatted(say.forum(forum), say.dateTime(meeting.start()))
                    + where(say, meeting) + ".");
            parts.add(new ReplyPart.Facts(say.forum(forum), facts(say, meeting)));
        }
        List<ForumRef> without = forums.stream()
                .filter(f -> upcoming.stream()
                        .noneMatch(m -> key(m.structureId(), m.forumId())
                                .equals(key(f.structure().id(), f.forum().id()))))
                .toList();
        if (!without.isEmpty() && forums.size() <= 8) {
            lines.add(say.say("Inga möten inlagda ännu för %s.", "No meetings entered yet for %s.")
                    .formatted(say.join(without.stream().map(say::forum).toList())));
        }
        return new Reply(String.join("\n", lines), u.language(), parts);
    }

    /**
     * "Var träffas länsledningen?": the place of the next meetings entered, else the place the forum's rhythm names,
     * else that the register names none. How often it meets answers another question.
     */
    Reply where(Utterance u, List<ForumRef> forums, Instant now) {
        Phrasing say = u.say();
        Map<String, ForumRef> byId = byId(forums);
        List<Meeting> upcoming = firstPerForum(upcoming(byId, now));
        List<String> lines = new ArrayList<>();
        for (ForumRef ref : forums.subList(0, Math.min(forums.size(), 8))) {
            Optional<Meeting> next = upcoming.stream()
                    .filter(m -> key(m.structureId(), m.forumId())
                            .equals(key(ref.structure().id(), ref.forum().id())))
                    .findFirst();
            String planned = ref.forum().meets() == null || ref.forum().meets().schedule() == null
                    ? null
                    : ref.forum().meets().schedule().place();
            if (next.isPresent() && next.get().place() != null) {
                lines.add(say.say("Nästa möte i %s: %s, %s.", "Next meeting of %s: %s, %s.")
                        .formatted(
                                say.forum(ref),
                                say.dateTime(next.get().start()),
                                next.get().place()));
            } else if (planned != null) {
                lines.add(say.say("%s träffas i regel: %s.", "%s usually meets: %s.")
                        .formatted(say.forum(ref), planned));
            } else {
                lines.add(say.say(
                                "Registret anger ingen mötesplats för %s%s.",
                                "The register names no meeting place for %s%s.")
                        .formatted(
                                say.forum(ref),
                                next.isPresent()
                                        ? say.say(" (nästa möte: %s)", " (next meeting: %s)")
                                                .formatted(
                                                        say.dateTime(next.get().start()))
                                        : say.say(
                                                ", och inga kommande möten är inlagda",
                                                ", and no upcoming meetings are entered")));
            }
        }
        return Reply.plain(String.join("\n", lines), u.language());
    }

    /**
     * "Träffas länssamordningsgruppen i februari?": the meetings entered for the month, or that none are; the rhythm
     * alone ("5 gånger per år") does not say whether one falls in it.
     */
    String inMonth(Utterance u, List<ForumRef> forums, java.time.YearMonth month) {
        Phrasing say = u.say();
        Instant from = month.atDay(1)
                .atStartOfDay(se.samverkansbot.time.SwedishTime.ZONE)
                .toInstant();
        Instant to = month.plusMonths(1)
                .atDay(1)
                .atStartOfDay(se.samverkansbot.time.SwedishTime.ZONE)
                .toInstant();
        String monthName = month.getMonth()
                        .getDisplayName(
                                java.time.format.TextStyle.FULL, say.language().locale()) + " " + month.getYear();
        List<String> lines = new ArrayList<>();
        for (ForumRef forum : forums.subList(0, Math.min(forums.size(), 5))) {
            List<Meeting> held = meetings.ofStructure(forum.structure().id(), from, to).stream()
                    .filter(m -> m.forumId().equals(forum.forum().id())
                            && m.status() != se.samverkansbot.meeting.MeetingStatus.CANCELLED)
                    .toList();
            lines.add(
                    held.isEmpty()
                            ? say.say(
                                            "Registret har inga möten inlagda för %s i %s; mötesdatum läggs in av forumets sekreterare.",
                                            "The register has no meetings entered for %s in %s; meeting dates are entered by the forum's secretary.")
                                    .formatted(say.forum(forum), monthName)
                            : say.say("Möten för %s i %s: %s.", "Meetings of %s in %s: %s.")
                                    .formatted(
                                            say.forum(forum),
                                            monthName,
                                            say.join(held.stream()
                                                    .map(m -> say.dateTime(m.start()))
                                                    .toList())));
        }
        return String.join("\n", lines);
    }

    Reply agenda(Utterance u, List<ForumRef> forums, Instant now) {
        Phrasing say = u.say();
        Map<String, ForumRef> byId = byId(forums);
        List<Meeting> upcoming = firstPerForum(upcoming(byId, now));
        if (upcoming.isEmpty()) {
            return noMeetings(u, forums);
        }
        StringBuilder text = new StringBuilder();
        for (Meeting meeting : upcoming) {
            ForumRef forum = byId.get(key(meeting.structureId(), meeting.forumId()));
            text.append(say.say("Dagordning för %s, %s:", "Agenda for %s, %s:")
                    .formatted(say.forum(forum), say.dateTime(meeting.start())));
            if (meeting.agenda().isEmpty()) {
                text.append(' ')
                        .append(say.say("ingen dagordning är publicerad ännu.", "no agenda has been published yet."));
                meeting.deadlines().stream()
                        .filter(d -> d.kind() == se.samverkansbot.meeting.DeadlineKind.AGENDA_CUTOFF
                                && !d.due().isBefore(now))
                        .findFirst()
                        .ifPresent(d -> text.append(' ')
                                .append(say.say("Sista dag för ärenden: %s.", "Agenda items are due by %s.")
                                        .formatted(say.dateTime(d.due()))));
            } else {
                List<String> numbered = new ArrayList<>();
                for (int i = 0; i < meeting.agenda().size(); i++) {
                    numbered.add((i + 1) + ". " + meeting.agenda().get(i));
                }
                text.append('\n').append(String.join("\n", numbered));
            }
            text.append("\n\n");
        }
        return Reply.plain(text.toString().strip(), u.language());
    }

    Reply deadlines(Utterance u, List<ForumRef> forums, Instant now) {
        Phrasing say = u.say();
        Map<String, ForumRef> byId = byId(forums);
        List<Meeting> upcoming = upcoming(byId, now);
        if (upcoming.isEmpty()) {
            return noMeetings(u, forums);
        }
        record Due(Deadline deadline, Meeting meeting) {}
        List<Due> due = upcoming.stream()
                .flatMap(m -> m.deadlines().stream().map(d -> new Due(d, m)))
                .filter(d -> !d.deadline().due().isBefore(now))
                .sorted(Comparator.comparing(d -> d.deadline().due()))
                .limit(10)
                .toList();
        if (due.isEmpty()) {
            return Reply.plain(
                    say.say("Inga kommande deadlines är inlagda för %s.", "No coming deadlines are entered for %s.")
                            .formatted(say.join(forums.stream().map(say::forum).toList())),
                    u.language());
        }
        List<String> lines = due.stream()
                .map(d -> say.dateTime(d.deadline().due()) + ": "
                        + Phrasing.capitalize(say.label(d.deadline().kind())) + " – "
                        + say.forum(byId.get(
                                key(d.meeting().structureId(), d.meeting().forumId()))))
                .toList();
        return new Reply(
                say.say("Kommande deadlines:", "Coming deadlines:") + "\n" + Guidance.bullets(lines),
                u.language(),
                List.of(new ReplyPart.Items(say.say("Deadlines", "Deadlines"), lines)));
    }

    /**
     * "När var senaste mötet i länsledningen?", "when was the last SVOM meeting?": a meeting already held, not the
     * next one nor a deadline.
     */
    static final java.util.regex.Pattern PAST_MEETING =
            java.util.regex.Pattern.compile("(?U)\\b((senaste|forra|foregaende) (mote|motet|sammantradet|sammantrade)"
                    + "|(last|previous|latest|most recent)( \\w+){0,2} meeting"
                    + "|(traffades|mottes|holls) (\\w+ ){0,3}senast|senast (traffades|mottes|holls)"
                    + "|when did (\\w+ ){1,3}last meet)\\b");

    /** How far back a meeting held is looked for: the register keeps the meetings of the term and the one before. */
    private static final java.time.Duration LOOK_BACK = java.time.Duration.ofDays(8 * 366);

    /** The last meeting held (not cancelled) of each forum, or that the register has none before today. */
    Reply last(Utterance u, List<ForumRef> forums, Instant now) {
        Phrasing say = u.say();
        Map<String, ForumRef> byId = byId(forums);
        // One read per structure, not per forum: "when did the county groups last meet?" names three of one.
        Map<String, Meeting> latest = new java.util.HashMap<>();
        forums.stream()
                .map(f -> f.structure().id())
                .distinct()
                .forEach(structureId -> meetings.ofStructure(structureId, now.minus(LOOK_BACK), now).stream()
                        .filter(m -> byId.containsKey(key(m.structureId(), m.forumId())))
                        .filter(m -> m.status() != se.samverkansbot.meeting.MeetingStatus.CANCELLED)
                        .forEach(m -> latest.merge(
                                key(m.structureId(), m.forumId()),
                                m,
                                (a, b) -> a.start().isAfter(b.start()) ? a : b)));
        List<String> lines = new ArrayList<>();
        List<ForumRef> without = new ArrayList<>();
        for (ForumRef ref : forums.subList(0, Math.min(forums.size(), 8))) {
            Meeting held = latest.get(key(ref.structure().id(), ref.forum().id()));
            if (held != null) {
                lines.add(say.say("Senaste mötet i %s: %s", "Last meeting of %s: %s")
                                .formatted(say.forum(ref), say.dateTime(held.start()))
                        + where(say, held) + ".");
            } else {
                without.add(ref);
            }
        }
        if (!without.isEmpty()) {
            lines.add(say.say(
                            "Registret har inga hållna möten för %s; möten läggs in av forumets sekreterare eller sammankallande.",
                            "The register has no meetings held for %s; meetings are entered by the forum's secretary or convener.")
                    .formatted(say.join(without.stream().map(say::forum).toList())));
        }
        return Reply.plain(String.join("\n", lines), u.language());
    }

    /** No dates yet: say so plainly, and who can add them. */
    private static Reply noMeetings(Utterance u, List<ForumRef> forums) {
        Phrasing say = u.say();
        List<String> structures =
                forums.stream().map(f -> f.structure().name()).distinct().toList();
        String names = forums.size() <= 4
                ? say.join(forums.stream().map(say::forum).toList())
                : structures.size() == 1
                        // "När är första mötet i HälSam 2027?": the structure asked about, not "27 forum".
                        ? say.say("något av %1$ss %2$d forum", "any of the %2$d forums of %1$s")
                                .formatted(structures.getFirst(), forums.size())
                        : say.say("%d forum", "%d forums").formatted(forums.size());
        List<String> secretaries = forums.stream()
                .flatMap(f -> f.structure().seatsOn(f.forum().id(), u.today()).stream()
                        .filter(s -> s.role() == SeatRole.SECRETARY || s.role() == SeatRole.CONVENER)
                        .map(s -> describeHolder(f, s)))
                .filter(name -> name != null)
                .distinct()
                .toList();
        String who = secretaries.isEmpty()
                ? say.say("forumets sekreterare eller sammankallande", "the forum's secretary or convener")
                : say.join(secretaries);
        // What the forum's rhythm promises ("annual theme meetings … and one joint meeting") tells what to expect
        // until the dates are entered: "vilka HälSam-möten ska vi ha 2027?" is answered by it.
        // For a whole structure, the rhythm of its political forums: the meetings members ask about first.
        List<ForumRef> rhythmOf = forums.size() <= 4
                ? forums
                : forums.stream()
                        .filter(f -> f.forum().level() == se.samverkansbot.register.ForumLevel.POLITICAL)
                        .filter(f -> f.forum().isActiveOn(u.today()))
                        .toList();
        String rhythm = rhythmOf.size() > 4
                ? ""
                : rhythmOf.stream()
                        .filter(f -> f.forum().meets() != null)
                        .map(f -> "\n"
                                + say.say(
                                                "Enligt underlaget träffas %s: %s.",
                                                "According to the documents, %s meets: %s.")
                                        .formatted(say.forum(f), ForumAnswers.frequencyClause(f.forum(), say)))
                        .collect(java.util.stream.Collectors.joining());
        return Reply.plain(
                say.say(
                                        "Det finns inga kommande möten för %s i registret ännu. Mötesdatum läggs in av %s.",
                                        "There are no upcoming meetings for %s in the register yet. Meeting dates are entered by %s.")
                                .formatted(names, who)
                        + rhythm,
                u.language());
    }

    private static String describeHolder(ForumRef forum, Seat seat) {
        return seat.person() != null
                ? forum.structure().person(seat.person()).map(p -> p.name()).orElse(null)
                : null;
    }

    private static String where(Phrasing say, Meeting meeting) {
        List<String> at = new ArrayList<>();
        if (meeting.place() != null) {
            at.add(meeting.place());
        }
        if (meeting.link() != null) {
            at.add(meeting.link());
        }
        return at.isEmpty() ? "" : ", " + String.join(", ", at);
    }

    private static List<ReplyPart.Fact> facts(Phrasing say, Meeting meeting) {
        List<ReplyPart.Fact> facts = new ArrayList<>();
        facts.add(new ReplyPart.Fact(say.say("När", "When"), say.dateTime(meeting.start())));
        if (meeting.place() != null) {
            facts.add(new ReplyPart.Fact(say.say("Var", "Where"), meeting.place()));
        }
        if (meeting.link() != null) {
            facts.add(new ReplyPart.Fact(say.say("Länk", "Link"), meeting.link()));
        }
        facts.add(new ReplyPart.Fact(say.say("Status", "Status"), say.label(meeting.status())));
        return facts;
    }

    /** Forum ids are unique within a structure only, so meetings are matched on both. */
    private static Map<String, ForumRef> byId(List<ForumRef> forums) {
        return forums.stream()
                .collect(Collectors.toMap(
                        f -> key(f.structure().id(), f.forum().id()),
                        Function.identity(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private static String key(String structureId, String forumId) {
        return structureId + "/" + forumId;
    }

    private List<Meeting> upcoming(Map<String, ForumRef> forums, Instant now) {
        List<String> forumIds =
                forums.values().stream().map(f -> f.forum().id()).distinct().toList();
        return meetings.upcoming(forumIds, now, 50).stream()
                .filter(m -> forums.containsKey(key(m.structureId(), m.forumId())))
                .toList();
    }

    private static List<Meeting> firstPerForum(List<Meeting> meetings) {
        List<Meeting> first = new ArrayList<>();
        meetings.forEach(m -> {
            if (first.stream()
                    .noneMatch(f -> key(f.structureId(), f.forumId()).equals(key(m.structureId(), m.forumId())))) {
                first.add(m);
            }
        });
        return first;
    }
}
