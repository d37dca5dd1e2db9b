package se.samverkansbot.answers;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.Set;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.understanding.Utterance;

/**
 * The Swedish term of office (mandatperiod) of the elected members of regions and municipalities: four years from 1
 * January after a general election year (2022, 2026, 2030 …), so 2023–2026, 2027–2030. Political seats of the
 * structures follow it, which is why so many of them end on 31 December 2026.
 */
final class TermOfOffice {
    private static final Set<String> TERM_WORDS =
            Set.of("mandatperiod", "mandatperioden", "mandatperiodens", "term", "mandate");
    private static final Set<String> START_WORDS =
            Set.of("borjar", "startar", "inleds", "start", "starts", "begin", "begins", "commence", "commences");
    private static final Set<String> NEW_WORDS = Set.of("ny", "nya", "nasta", "kommande", "new", "next", "coming");
    private static final Set<String> CURRENT_WORDS =
            Set.of("nuvarande", "denna", "pagaende", "current", "this", "present");
    private static final Set<String> END_WORDS =
            Set.of("slutar", "upphor", "avslutas", "slut", "end", "ends", "expire", "expires", "finish", "finishes");

    private TermOfOffice() {}

    /** Whether a seat ending on {@code day} ends with a term of office. */
    static boolean endsOn(LocalDate day) {
        return day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 31 && day.getYear() % 4 == 2;
    }

    /** The first day of the term of office after {@code today}'s. */
    static LocalDate nextStart(LocalDate today) {
        int year = today.getYear() + 1;
        while ((year - 1) % 4 != 2) {
            year++;
        }
        return LocalDate.of(year, 1, 1);
    }

    /**
     * "När börjar den nya mandatperioden?" or "När slutar den nuvarande?": the term's first and last day. Only when
     * what is asked after "när"/"when" is the term's start or end ("… börjar en ny mandatperiod – när bör valet ske?"
     * asks about something else).
     */
    static Optional<Reply> whenATermStartsOrEnds(Utterance u) {
        int when = Math.max(u.words().indexOf("nar"), u.words().indexOf("when"));
        if (when < 0) {
            return Optional.empty();
        }
        java.util.List<String> asked = u.words().subList(when + 1, u.words().size());
        boolean next = asked.stream().anyMatch(NEW_WORDS::contains);
        boolean current = asked.stream().anyMatch(CURRENT_WORDS::contains);
        int term = asked.indexOf("term");
        // "term" alone is the term of office when it is said which one ("the new term", "the current presidium term").
        boolean aboutTheTerm = asked.stream().anyMatch(TERM_WORDS::contains)
                && (term < 0 || asked.contains("office") || asked.contains("mandate") || next || current);
        boolean starts = asked.stream().anyMatch(START_WORDS::contains);
        boolean ends = asked.stream().anyMatch(END_WORDS::contains) || asked.contains("gar") && asked.contains("ut");
        if (!aboutTheTerm || starts == ends) {
            return Optional.empty();
        }
        if (starts && next) {
            LocalDate start = nextStart(u.today());
            LocalDate end = LocalDate.of(start.getYear() + 3, 12, 31);
            return Optional.of(Reply.plain(
                    u.say()
                            .say(
                                    "Nästa mandatperiod börjar %s (%s) och slutar %s, efter valet %d. De politiska"
                                            + " platserna i strukturerna följer den; efterträdarna registreras av"
                                            + " forumens sekreterare.",
                                    "The next term of office starts %s (%s) and ends %s, after the %d election. The"
                                            + " structures' political seats follow it; the forums' secretaries"
                                            + " register the successors.")
                            .formatted(start, u.say().date(start), u.say().date(end), start.getYear() - 1),
                    u.language()));
        }
        if (!ends || next) {
            return Optional.empty();
        }
        LocalDate end = nextStart(u.today()).minusDays(1);
        LocalDate start = LocalDate.of(end.getYear() - 3, 1, 1);
        return Optional.of(Reply.plain(
                u.say()
                        .say(
                                "Den nuvarande mandatperioden började %s och slutar %s (%s). De politiska platserna i"
                                        + " strukturerna följer den och gäller till och med %s, om inget annat anges;"
                                        + " efterträdarna registreras av forumens sekreterare.",
                                "The current term of office started %s and ends %s (%s). The structures' political"
                                        + " seats follow it and run until %s unless stated otherwise; the forums'"
                                        + " secretaries register the successors.")
                        .formatted(start, end, u.say().date(end), u.say().date(end)),
                u.language()));
    }
}
