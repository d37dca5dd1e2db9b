package se.samverkansbot.minutes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samverkansbot.agenda.ItemLimits;
import se.samverkansbot.followup.DecisionOutcome;
import se.samverkansbot.followup.FollowUpStatus;
import se.samverkansbot.register.Language;
import se.samverkansbot.wording.Wording;

/**
 * The field rules of the meeting cycle's forms — an agenda item, one item's minutes, the attendance, a follow-up
 * answer — written once for every platform. An adapter hands over what was typed, keyed by the field keys here, and gets back the
 * problems keyed the same way, in the person's language from the core's catalogue; it only maps the keys to its own
 * block, input or field ids. The texts name their field, so a platform that lists problems at the top (a Teams card)
 * can show them as they are. The use cases check again: these rules only spare the person a round trip.
 *
 * <p>In {@code minutes} rather than {@code chat}: the rules use the agenda limits and the outcome and follow-up codes,
 * and {@code chat} is below them all ({@code minutes} is the lowest package that sees them).
 */
public final class FormChecks {
    public static final String ITEM = "item";
    public static final String NOTE = "note";
    public static final String OUTCOME = "outcome";
    public static final String TEXT = "text";
    public static final String RAISED_TO = "raisedTo";
    /** Prefix of a seat's attendance: {@code seat:<seat or person id>}. */
    public static final String SEAT = "seat:";
    /** Prefix of a seat's deputy name: {@code deputy:<seat or person id>}. */
    public static final String DEPUTY = "deputy:";

    public static final String STATUS = "status";
    public static final String DATE = "date";
    public static final String BODY = "body";
    public static final String DECISION = "decision";
    public static final String LINK = "link";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    /** The longest name of a deputy or a body. */
    public static final int NAME = 200;

    private FormChecks() {}

    /** One item's note and outcome: an item and an outcome; a recommendation's text; a raised item's forum. */
    public static Map<String, String> minutesItem(Map<String, String> fields, Language language) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<Outcome> outcome = Outcome.ofCode(strip(fields.get(OUTCOME)));
        if (blank(fields.get(ITEM))) {
            problems.put(ITEM, Wording.text(language, "form.item"));
        }
        if (tooLong(fields.get(NOTE), ItemLimits.DESCRIPTION)) {
            problems.put(NOTE, Wording.text(language, "form.note-long", ItemLimits.DESCRIPTION));
        }
        if (outcome.isEmpty()) {
            problems.put(OUTCOME, Wording.text(language, "form.outcome"));
        } else if (outcome.get() == Outcome.RECOMMENDATION && blank(fields.get(TEXT))) {
            problems.put(TEXT, Wording.text(language, "form.recommendation-text"));
        } else if (outcome.get() == Outcome.RAISED && blank(fields.get(RAISED_TO))) {
            problems.put(RAISED_TO, Wording.text(language, "form.raised-to"));
        }
        if (tooLong(fields.get(TEXT), ItemLimits.DESCRIPTION)) {
            problems.put(TEXT, Wording.text(language, "form.text-long", ItemLimits.DESCRIPTION));
        }
        return problems;
    }

    /** Each seat given: a known attendance; a deputy's name when a deputy came, not too long. */
    public static Map<String, String> minutesAttendance(
            Map<String, String> fields, List<String> seats, Language language) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String seat : seats) {
            String chosen = strip(fields.get(SEAT + seat));
            if (!chosen.isEmpty() && Attendance.ofCode(chosen).isEmpty()) {
                problems.put(SEAT + seat, Wording.text(language, "form.attendance"));
            } else if (Attendance.DEPUTY_PRESENT.code().equals(chosen) && blank(fields.get(DEPUTY + seat))) {
                problems.put(DEPUTY + seat, Wording.text(language, "form.deputy-name"));
            } else if (tooLong(fields.get(DEPUTY + seat), NAME)) {
                problems.put(DEPUTY + seat, Wording.text(language, "form.deputy-long", NAME));
            }
        }
        return problems;
    }

    /**
     * A follow-up answer: a status; unless it is not to be decided, a date (YYYY-MM-DD) and a body; a decision's
     * outcome; a body name not too long; a link that is a web address.
     */
    public static Map<String, String> followUpAnswer(Map<String, String> fields, Language language) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<FollowUpStatus> status =
                FollowUpStatus.ofCode(strip(fields.get(STATUS))).filter(s -> s != FollowUpStatus.OPEN);
        String link = strip(fields.get(LINK));
        if (status.isEmpty()) {
            problems.put(STATUS, Wording.text(language, "form.status"));
        } else if (status.get() != FollowUpStatus.NOT_TO_BE_DECIDED) {
            if (date(fields.get(DATE)).isEmpty()) {
                problems.put(DATE, Wording.text(language, "form.date"));
            }
            if (blank(fields.get(BODY))) {
                problems.put(BODY, Wording.text(language, "form.body"));
            }
            if (status.get() == FollowUpStatus.DECIDED
                    && DecisionOutcome.ofCode(strip(fields.get(DECISION))).isEmpty()) {
                problems.put(DECISION, Wording.text(language, "form.decision"));
            }
        }
        if (tooLong(fields.get(BODY), NAME)) {
            problems.put(BODY, Wording.text(language, "form.body-long", NAME));
        }
        if (!link.isEmpty() && !link.matches("https?://\\S+")) {
            problems.put(LINK, Wording.text(language, "form.link"));
        }
        return problems;
    }

    /**
     * An agenda item's title, description and link, within the core's {@link ItemLimits}. Which forums a person may
     * choose is the form's own matter (it offered them), so the adapters check the forum.
     */
    public static Map<String, String> agendaItem(Map<String, String> fields, Language language) {
        Map<String, String> problems = new LinkedHashMap<>();
        String title = strip(fields.get(TITLE));
        String link = strip(fields.get(LINK));
        if (title.isEmpty()) {
            problems.put(TITLE, Wording.text(language, "form.title-empty"));
        } else if (tooLong(title, ItemLimits.TITLE)) {
            problems.put(TITLE, Wording.text(language, "form.title-long", ItemLimits.TITLE));
        }
        if (tooLong(fields.get(DESCRIPTION), ItemLimits.DESCRIPTION)) {
            problems.put(DESCRIPTION, Wording.text(language, "form.description-long", ItemLimits.DESCRIPTION));
        }
        if (!link.isEmpty() && !link.matches("https?://\\S+")) {
            problems.put(LINK, Wording.text(language, "form.link"));
        }
        return problems;
    }

    /** A date as the platforms' date pickers send it (YYYY-MM-DD), if it is one. */
    public static Optional<LocalDate> date(String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean tooLong(String text, int limit) {
        return text != null && text.codePointCount(0, text.length()) > limit;
    }
}
