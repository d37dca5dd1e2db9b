package se.samverkansbot.answers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.DeadlineRule;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Structure;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * "Hur långt innan mötet kommer kallelsen ut?", "when do the minutes have to be signed off?", "sista dagen blir en
 * lördag – räcker måndag?": the rule the bot keeps each forum's deadlines by, said from the forum's own template (or
 * the standard one, which common Swedish board practice sets), with which way a deadline moves off a weekend or
 * holiday. A question about one forum's coming dates is the calendar's, not this.
 */
final class DeadlinePractice {
    private DeadlinePractice() {}

    /** Words naming each deadline of a meeting, compared without diacritics as {@link Utterance#words()} are. */
    private static final java.util.Map<DeadlineKind, Set<String>> KIND_WORDS = new java.util.EnumMap<>(java.util.Map.of(
            DeadlineKind.AGENDA_CUTOFF,
                    Set.of(
                            "arende",
                            "arenden",
                            "arendet",
                            "item",
                            "items",
                            "agendapunkt",
                            "agendapunkter",
                            "agendapunkten",
                            "agendapunkterna"),
            DeadlineKind.NOTICE, Set.of("kallelse", "kallelsen", "kallelser", "notice", "notices"),
            DeadlineKind.MATERIAL, Set.of("handlingar", "handlingarna", "papers", "material"),
            DeadlineKind.MINUTES,
                    Set.of(
                            "minnesanteckningar",
                            "minnesanteckningarna",
                            "protokoll",
                            "protokollet",
                            "minutes",
                            "justera",
                            "justeras",
                            "justerade",
                            "justering",
                            "justeringen",
                            "signed")));

    /** A day a deadline cannot fall on, named: the question asks which way it moves. */
    private static final Set<String> DAYS_OFF = Set.of(
            "helg",
            "helgen",
            "helgdag",
            "helgdagar",
            "rod",
            "lordag",
            "lordagen",
            "sondag",
            "sondagen",
            "weekend",
            "holiday",
            "saturday",
            "sunday",
            "julafton",
            "midsommarafton",
            "nyarsafton");

    /** A deadline named without saying which: every deadline of a meeting is asked about. */
    private static final Set<String> ANY_DEADLINE =
            Set.of("deadline", "deadlines", "frist", "fristen", "fristerna", "tidsfrist", "tidsfristen");

    /** "5 dgr före", "fyra arbetsdagar innan": the question states its own time, which a computed date would not follow. */
    private static final Pattern OWN_DAYS =
            Pattern.compile("(?iuU)\\b\\d+\\s*(dagar|dgr|dag|d|arbetsdagar|days|working days|veckor|weeks)\\b");

    /** How far ahead or how long after: "hur långt innan", "hur många dagar", "inom hur lång tid", "how long until". */
    private static final Pattern HOW_LONG = Pattern.compile(
            "(?iuU)\\b(hur långt|hur lång tid|hur många dagar|hur tidigt|hur snabbt|hur länge|inom hur|how long"
                    + "|how many days|how far|how early|how soon|how quickly|within how)\\b");

    static Optional<Reply> of(Utterance u, List<Structure> structures, WorkingDays workingDays) {
        List<DeadlineKind> asked = new ArrayList<>();
        // In the order of the meeting's cycle (the enum's): cut-off, notice, papers, minutes.
        KIND_WORDS.forEach((kind, words) -> {
            if (u.words().stream().anyMatch(words::contains)) {
                asked.add(kind);
            }
        });
        boolean dayOff = u.words().stream().anyMatch(DAYS_OFF::contains);
        if (asked.isEmpty() && dayOff && u.words().stream().anyMatch(ANY_DEADLINE::contains)) {
            // "If a deadline before a meeting falls on a Sunday …": each deadline of a meeting, and which way it
            // moves. ("När ska översynen vara klar, finns det nån deadline?" is not about a meeting's times.)
            asked.addAll(List.of(
                    DeadlineKind.AGENDA_CUTOFF, DeadlineKind.NOTICE, DeadlineKind.MATERIAL, DeadlineKind.MINUTES));
        }
        boolean asksHowLong = HOW_LONG.matcher(u.text()).find();
        List<Mention.OfForum> forums = u.all(Mention.OfForum.class);
        boolean aboutTheRule = dayOff || asksHowLong || u.asksWhen() && forums.isEmpty();
        if (asked.isEmpty() || !aboutTheRule || forums.size() > 1) {
            return Optional.empty();
        }
        if (asked.equals(List.of(DeadlineKind.AGENDA_CUTOFF)) && !dayOff) {
            // "Hur långt innan mötet måste jag skicka in ärendet?" is the how-to of submitting, which gives the
            // cut-off with the command that meets it.
            return Optional.empty();
        }
        Phrasing say = u.say();
        Forum forum = forums.isEmpty() ? null : forums.getFirst().forum();
        DeadlineTemplate template = forum == null ? DeadlineTemplate.standard() : DeadlineTemplate.of(forum.rhythm());
        List<String> lines = new ArrayList<>();
        for (DeadlineKind kind : asked) {
            template.rules().stream()
                    .filter(rule -> rule.kind() == kind)
                    .findFirst()
                    .ifPresent(rule -> lines.add(line(say, rule)));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        // The documents set none of these times: said first, so the standard template's are not read as theirs.
        boolean standard = forum == null || !DeadlineTemplate.setIn(forum.rhythm());
        StringBuilder text = new StringBuilder(
                standard
                        ? say.say(
                                        "Dokumenten anger inga sådana tider. Boten följer en standardmall efter vanlig"
                                                + " praxis i svenska nämnder, som kan ändras per forum i registret.",
                                        "The documents set no such times. The bot follows a standard template after"
                                                + " common Swedish board practice, which can be changed per forum in the"
                                                + " register.")
                                + "\n"
                        : "");
        text.append(
                forum == null
                        ? say.say(
                                "Så ligger ett forums tider kring ett möte:",
                                "This is when things fall due around a forum's meeting:")
                        : say.say(
                                        "Så ligger tiderna kring ett möte i %s:",
                                        "This is when things fall due around a meeting of %s:")
                                .formatted(forum.name()));
        text.append('\n').append(Guidance.bullets(lines));
        List<LocalDate> days = u.dates();
        if (days.size() == 1 && !OWN_DAYS.matcher(u.text()).find()) {
            // "Om vi har möte 12 feb 2027, när bör kallelsen gå ut?": the dates themselves, weekends and holidays
            // moved as the rule below says.
            LocalDate meeting = days.getFirst();
            List<String> dated = new ArrayList<>();
            for (Deadline deadline : template.deadlinesFor(
                    meeting.atTime(LocalTime.NOON).atZone(SwedishTime.ZONE).toInstant(), workingDays)) {
                if (asked.contains(deadline.kind())) {
                    dated.add(kindName(say, deadline.kind()) + " " + say.dateTime(deadline.due()));
                }
            }
            if (!dated.isEmpty()) {
                text.append('\n')
                        .append(say.say("För ett möte %s:", "For a meeting on %s:")
                                .formatted(say.date(meeting)))
                        .append('\n')
                        .append(Guidance.bullets(dated));
            }
        }
        text.append('\n')
                .append(
                        say.say(
                                "Faller en tid före mötet på en helg eller helgdag flyttas den tidigare, till arbetsdagen före (en lördag blir fredag), så ingen förlorar tid; en tid efter mötet flyttas till arbetsdagen efter. Midsommarafton, julafton och nyårsafton räknas som helgdagar.",
                                "A deadline before the meeting that falls on a weekend or holiday moves earlier, to the working day before (a Saturday becomes Friday), so nobody loses time; one after the meeting moves to the working day after. Midsummer Eve, Christmas Eve and New Year's Eve count as holidays."));
        if (dayOff) {
            // DOMAIN: a statutory deadline (not the forum's own) moves the other way, by law.
            text.append(' ')
                    .append(say.say(
                            "En lagstadgad frist som faller på en helg eller helgdag flyttas däremot till nästa"
                                    + " arbetsdag (lagen (1930:173) om beräkning av lagstadgad tid).",
                            "A statutory deadline that falls on a weekend or holiday, by contrast, moves to the next"
                                    + " working day (the Swedish act on computing statutory time, 1930:173)."));
        }
        if (forum == null) {
            boolean ownTimes = structures.stream()
                    .flatMap(s -> s.forums().stream())
                    .anyMatch(f -> f.rhythm() != null && f.rhythm().deadlines() != null);
            text.append('\n')
                    .append(
                            ownTimes
                                    ? say.say(
                                            "Vissa forum har egna tider: fråga till exempel \"deadlines för länsledningen\".",
                                            "Some forums keep their own times: ask, for example, \"deadlines for Länsledning\".")
                                    : say.say(
                                            "De exakta datumen för ett forums nästa möte: fråga till exempel \"deadlines för länsledningen\".",
                                            "The exact dates for a forum's next meeting: ask, for example, \"deadlines for Länsledning\"."));
        }
        return Optional.of(Reply.plain(text.toString(), u.language()));
    }

    private static String kindName(Phrasing say, DeadlineKind kind) {
        return switch (kind) {
            case AGENDA_CUTOFF -> say.say("Ärenden senast", "Agenda items by");
            case NOTICE -> say.say("Kallelsen senast", "The notice by");
            case MATERIAL -> say.say("Handlingar senast", "Papers by");
            case MINUTES -> say.say("Minnesanteckningarna justerade senast", "The minutes signed off by");
            case MEETING -> say.say("Mötet", "The meeting");
        };
    }

    /** A deadline's rule in a sentence: "Minnesanteckningarna: justerade och publicerade inom 14 dagar …". */
    static String line(Phrasing say, DeadlineRule rule) {
        int days = Math.abs(rule.offset());
        String unit = rule.counting() == DeadlineRule.Counting.WORKING_DAYS
                ? say.say("arbetsdagar", "working days")
                : say.say("dagar", "days");
        if (rule.counting() != DeadlineRule.Counting.WORKING_DAYS && days > 0 && days % 7 == 0) {
            // "7 dagar (en vecka)": people reckon these in weeks ("brukar kallelsen gå ut en vecka innan?").
            unit += days == 7
                    ? say.say(" (en vecka)", " (one week)")
                    : say.say(" (%s veckor)", " (%s weeks)").formatted(say.number(days / 7));
        }
        String at = rule.at().toString();
        // Each deadline's sentence in Swedish and English; all take the days, their unit and the hour.
        List<String> said = switch (rule.kind()) {
            case AGENDA_CUTOFF ->
                List.of(
                        "Ärenden: senast %d %s före mötet, kl. %s.",
                        "Agenda items: at the latest %d %s before the meeting, at %s.");
            case NOTICE ->
                List.of(
                        "Kallelsen med dagordning: %d %s före mötet, kl. %s.",
                        "The notice (kallelse) with the agenda: %d %s before the meeting, at %s.");
            case MATERIAL ->
                List.of(
                        "Handlingar: senast %d %s före mötet, kl. %s.",
                        "Papers: at the latest %d %s before the meeting, at %s.");
            case MINUTES ->
                List.of(
                        "Minnesanteckningarna: justerade och publicerade inom %d %s efter mötet (kl. %s).",
                        "The minutes (minnesanteckningar): signed off (justerade) and published within %d %s after the"
                                + " meeting (by %s).");
            case MEETING -> List.of();
        };
        return said.isEmpty() ? "" : say.say(said.get(0), said.get(1)).formatted(days, unit, at);
    }
}
