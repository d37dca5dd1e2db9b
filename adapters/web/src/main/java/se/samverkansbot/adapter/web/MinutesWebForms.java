package se.samverkansbot.adapter.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import se.samverkansbot.agenda.ItemLimits;
import se.samverkansbot.chat.Form;
import se.samverkansbot.followup.DecisionOutcome;
import se.samverkansbot.followup.FollowUpStatus;
import se.samverkansbot.minutes.Attendance;
import se.samverkansbot.minutes.FormChecks;
import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.minutes.Outcome;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Structure;
import se.samverkansbot.wording.Catalogue;

/**
 * The forms after the meeting for the web chat, as data the page renders (fields with their kind, label, choices,
 * limit and value): one agenda item's minutes, the attendance seat by seat with the adjuster, and a principal's answer
 * to a follow-up. A submission's fields (the same names) become the core's typed {@link Form}s, never a sentence;
 * problems are keyed by field, in the person's language. The limits are the core's {@link ItemLimits}.
 */
final class MinutesWebForms {
    static final Catalogue TEXTS = Catalogue.of("se.samverkansbot.adapter.web.texts");
    static final String ITEM_FORM = "minutes-item";
    static final String ATTENDANCE_FORM = "minutes-attendance";
    static final String ANSWER_FORM = "follow-up-answer";
    static final String SEAT = "seat:";
    static final String DEPUTY = "deputy:";
    /** A deputy's name, a body's name. */
    static final int NAME = FormChecks.NAME;

    /** A form to render: {@code id} is the meeting or follow-up it is about, sent back with the fields. */
    record View(String form, String id, String title, String language, String intro, List<Field> fields) {}

    /** {@code type}: select, text, textarea, date or url. */
    record Field(
            String id,
            String type,
            String label,
            boolean required,
            Integer maxLength,
            List<Choice> choices,
            String value) {}

    record Choice(String value, String label) {}

    private MinutesWebForms() {}

    static View itemForm(Minutes draft, List<Forum> forums, Language language) {
        List<Field> fields = new ArrayList<>();
        fields.add(select(
                "item",
                text(language, "minutes.item"),
                true,
                draft.items().stream()
                        .map(i -> new Choice(i.itemId(), i.title()))
                        .toList(),
                draft.items().size() == 1 ? draft.items().getFirst().itemId() : null));
        fields.add(new Field(
                "note", "textarea", text(language, "minutes.note"), false, ItemLimits.DESCRIPTION, null, null));
        fields.add(select(
                "outcome",
                text(language, "minutes.outcome"),
                true,
                Arrays.stream(Outcome.values())
                        .map(o -> new Choice(o.code(), o.label(language)))
                        .toList(),
                Outcome.NOTED.code()));
        fields.add(new Field(
                "text", "textarea", text(language, "minutes.text"), false, ItemLimits.DESCRIPTION, null, null));
        List<Choice> others = forums.stream()
                .filter(f -> !f.id().equals(draft.forumId()))
                .map(f -> new Choice(f.id(), f.name()))
                .toList();
        if (!others.isEmpty()) {
            fields.add(select("raisedTo", text(language, "minutes.raised-to"), false, others, null));
        }
        return new View(
                ITEM_FORM, draft.meetingId(), text(language, "minutes.item-title"), tag(language), null, fields);
    }

    static View attendanceForm(Minutes draft, Structure structure, Language language) {
        List<Choice> choices = List.of(
                new Choice(Attendance.PRESENT.code(), Attendance.PRESENT.label(language)),
                new Choice(Attendance.DEPUTY_PRESENT.code(), Attendance.DEPUTY_PRESENT.label(language)),
                new Choice(Attendance.ABSENT.code(), Attendance.ABSENT.label(language)));
        List<Field> fields = new ArrayList<>();
        List<Choice> people = new ArrayList<>();
        for (Minutes.Presence seat : draft.attendance()) {
            String name = structure.person(seat.personId()).map(p -> p.name()).orElse(seat.personId());
            String party = structure.party(seat.party()).map(p -> p.name()).orElse(null);
            people.add(new Choice(seat.personId(), name));
            fields.add(select(
                    SEAT + seat.seatId(),
                    party == null ? name : name + " (" + party + ")",
                    false,
                    choices,
                    seat.attendance() == Attendance.UNRECORDED
                            ? null
                            : seat.attendance().code()));
            fields.add(new Field(
                    DEPUTY + seat.seatId(),
                    "text",
                    text(language, "minutes.deputy", name),
                    false,
                    NAME,
                    null,
                    seat.deputy()));
        }
        fields.add(select("adjuster", text(language, "minutes.adjuster"), false, people, draft.adjusterId()));
        return new View(
                ATTENDANCE_FORM,
                draft.meetingId(),
                text(language, "minutes.attendance-title"),
                tag(language),
                null,
                fields);
    }

    /** {@code about}: the principal, the title and the recommendation, as the core words them. */
    static View answerForm(String followUpId, String about, Language language) {
        List<Field> fields = List.of(
                select(
                        "status",
                        text(language, "answer.status"),
                        true,
                        List.of(FollowUpStatus.DECIDED, FollowUpStatus.ON_AGENDA, FollowUpStatus.NOT_TO_BE_DECIDED)
                                .stream()
                                .map(s -> new Choice(s.code(), s.label(language)))
                                .toList(),
                        null),
                new Field("date", "date", text(language, "answer.date"), false, null, null, null),
                new Field("body", "text", text(language, "answer.body"), false, NAME, null, null),
                select(
                        "decision",
                        text(language, "answer.outcome"),
                        false,
                        Arrays.stream(DecisionOutcome.values())
                                .map(o -> new Choice(o.code(), o.label(language)))
                                .toList(),
                        null),
                new Field("link", "url", text(language, "answer.link"), false, ItemLimits.LINK, null, null),
                new Field(
                        "note", "textarea", text(language, "answer.note"), false, ItemLimits.DESCRIPTION, null, null));
        return new View(ANSWER_FORM, followUpId, text(language, "answer.title"), tag(language), about, fields);
    }

    // --- Problems and typed forms ------------------------------------------------------------------------------

    /** The core's rules; the web form's field ids are the core's keys. */
    static Map<String, String> itemProblems(String meetingId, Map<String, String> fields, Language language) {
        return FormChecks.minutesItem(fields, language);
    }

    static Form.MinutesItem item(String meetingId, Map<String, String> fields) {
        String outcome = Outcome.ofCode(fields.get("outcome")).orElseThrow().code();
        return new Form.MinutesItem(
                meetingId,
                fields.get("item").strip(),
                blankToNull(fields.get("note")),
                outcome,
                blankToNull(fields.get("text")),
                Outcome.RAISED.code().equals(outcome) ? blankToNull(fields.get("raisedTo")) : null);
    }

    static Map<String, String> attendanceProblems(Map<String, String> fields, Language language) {
        return FormChecks.minutesAttendance(fields, seats(fields), language);
    }

    /** The seats given an attendance; a seat left empty stays as it was. */
    static Form.MinutesAttendance attendance(String meetingId, Map<String, String> fields) {
        List<Form.SeatAttendance> seats = new ArrayList<>();
        for (String seat : seats(fields)) {
            String chosen = fields.getOrDefault(SEAT + seat, "").strip();
            if (!chosen.isEmpty()) {
                seats.add(new Form.SeatAttendance(
                        seat,
                        chosen,
                        Attendance.DEPUTY_PRESENT.code().equals(chosen)
                                ? blankToNull(fields.get(DEPUTY + seat))
                                : null));
            }
        }
        return new Form.MinutesAttendance(meetingId, seats, blankToNull(fields.get("adjuster")));
    }

    static Map<String, String> answerProblems(Map<String, String> fields, Language language) {
        return FormChecks.followUpAnswer(fields, language);
    }

    static Form.FollowUpAnswer answer(String followUpId, Map<String, String> fields) {
        String status = fields.get("status").strip();
        return new Form.FollowUpAnswer(
                followUpId,
                status,
                FormChecks.date(fields.get("date")).orElse(null),
                blankToNull(fields.get("body")),
                FollowUpStatus.DECIDED.code().equals(status) ? blankToNull(fields.get("decision")) : null,
                blankToNull(fields.get("link")),
                blankToNull(fields.get("note")));
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private static List<String> seats(Map<String, String> fields) {
        return fields.keySet().stream()
                .filter(k -> k.startsWith(SEAT))
                .map(k -> k.substring(SEAT.length()))
                .toList();
    }

    private static Field select(String id, String label, boolean required, List<Choice> choices, String value) {
        return new Field(id, "select", label, required, null, choices, value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String tag(Language language) {
        return language == Language.ENGLISH ? "en" : "sv";
    }

    static String text(Language language, String key, Object... arguments) {
        return TEXTS.text(language, key, arguments);
    }
}
