package se.samverkansbot.adapter.teams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * The forms after the meeting as Adaptive Cards (1.5), in the person's language: one agenda item's minutes (item,
 * note, outcome, the views or recommended text, the forum it is raised to), the attendance seat by seat with the
 * adjuster, and a principal's answer to a follow-up. The meeting or follow-up id rides in the submit data; the
 * submitted fields become the core's typed {@link Form}s, never a sentence. A refused submission gets the card again
 * with what to correct at its top and what was typed kept. The limits are the core's {@link ItemLimits}.
 */
final class MinutesCards {
    static final Catalogue TEXTS = AgendaCard.TEXTS;
    static final String ITEM_FORM = "minutes-item";
    static final String ATTENDANCE_FORM = "minutes-attendance";
    static final String ANSWER_FORM = "follow-up-answer";
    static final String MEETING = "meeting";
    static final String FOLLOW_UP = "followUp";
    static final String SEAT = "seat:";
    static final String DEPUTY = "deputy:";
    /** A deputy's name, a body's name. */
    static final int NAME = FormChecks.NAME;

    private MinutesCards() {}

    /** Which of these cards an Action.Submit value is from, if any. */
    static Optional<String> formOf(Object value) {
        if (value instanceof Map<?, ?> map && map.get(AgendaCard.FORM_KEY) instanceof String form) {
            return List.of(ITEM_FORM, ATTENDANCE_FORM, ANSWER_FORM).contains(form)
                    ? Optional.of(form)
                    : Optional.empty();
        }
        return Optional.empty();
    }

    // --- The cards ---------------------------------------------------------------------------------------------

    static Map<String, Object> itemCard(
            Minutes draft, List<Forum> forums, Language language, Map<String, String> filledIn, List<String> problems) {
        List<Object> body = start(language, "minutes.item-title", problems);
        body.add(choices(
                "item",
                text(language, "minutes.item"),
                draft.items().stream()
                        .map(i -> Map.of("title", i.title(), "value", i.itemId()))
                        .toList(),
                filledIn.getOrDefault(
                        "item",
                        draft.items().size() == 1 ? draft.items().getFirst().itemId() : null),
                true));
        body.add(input("note", text(language, "minutes.note"), ItemLimits.DESCRIPTION, true, filledIn, false));
        body.add(choices(
                "outcome",
                text(language, "minutes.outcome"),
                Arrays.stream(Outcome.values())
                        .map(o -> Map.of("title", o.label(language), "value", o.code()))
                        .toList(),
                filledIn.getOrDefault("outcome", Outcome.NOTED.code()),
                true));
        body.add(input("text", text(language, "minutes.text"), ItemLimits.DESCRIPTION, true, filledIn, false));
        List<Map<String, String>> others = forums.stream()
                .filter(f -> !f.id().equals(draft.forumId()))
                .map(f -> Map.of("title", f.name(), "value", f.id()))
                .toList();
        if (!others.isEmpty()) {
            body.add(choices("raisedTo", text(language, "minutes.raised-to"), others, filledIn.get("raisedTo"), false));
        }
        return card(body, language, Map.of(AgendaCard.FORM_KEY, ITEM_FORM, MEETING, draft.meetingId()));
    }

    static Map<String, Object> attendanceCard(
            Minutes draft,
            Structure structure,
            Language language,
            Map<String, String> filledIn,
            List<String> problems) {
        List<Object> body = start(language, "minutes.attendance-title", problems);
        List<Map<String, String>> choices = List.of(
                Map.of("title", Attendance.PRESENT.label(language), "value", Attendance.PRESENT.code()),
                Map.of("title", Attendance.DEPUTY_PRESENT.label(language), "value", Attendance.DEPUTY_PRESENT.code()),
                Map.of("title", Attendance.ABSENT.label(language), "value", Attendance.ABSENT.code()));
        List<Map<String, String>> people = new ArrayList<>();
        for (Minutes.Presence seat : draft.attendance()) {
            String name = structure.person(seat.personId()).map(p -> p.name()).orElse(seat.personId());
            String party = structure.parties().stream()
                    .filter(p -> p.id().equals(seat.party()))
                    .map(p -> p.name())
                    .findFirst()
                    .orElse(null);
            people.add(Map.of("title", name, "value", seat.personId()));
            String recorded = seat.attendance() == Attendance.UNRECORDED
                    ? null
                    : seat.attendance().code();
            body.add(choices(
                    SEAT + seat.seatId(),
                    party == null ? name : name + " (" + party + ")",
                    choices,
                    filledIn.getOrDefault(SEAT + seat.seatId(), recorded),
                    false));
            Map<String, String> deputy = new LinkedHashMap<>(filledIn);
            deputy.putIfAbsent(DEPUTY + seat.seatId(), seat.deputy());
            body.add(input(DEPUTY + seat.seatId(), text(language, "minutes.deputy", name), NAME, false, deputy, false));
        }
        body.add(choices(
                "adjuster",
                text(language, "minutes.adjuster"),
                people,
                filledIn.getOrDefault("adjuster", draft.adjusterId()),
                false));
        return card(body, language, Map.of(AgendaCard.FORM_KEY, ATTENDANCE_FORM, MEETING, draft.meetingId()));
    }

    /** {@code about}: the principal, the title and the recommendation, as the core words them. */
    static Map<String, Object> answerCard(
            String followUpId, String about, Language language, Map<String, String> filledIn, List<String> problems) {
        List<Object> body = start(language, "answer.title", problems);
        body.add(textBlock(about, false));
        body.add(choices(
                "status",
                text(language, "answer.status"),
                List.of(FollowUpStatus.DECIDED, FollowUpStatus.ON_AGENDA, FollowUpStatus.NOT_TO_BE_DECIDED).stream()
                        .map(s -> Map.of("title", s.label(language), "value", s.code()))
                        .toList(),
                filledIn.get("status"),
                true));
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("type", "Input.Date");
        date.put("id", "date");
        date.put("label", text(language, "answer.date"));
        if (filledIn.get("date") != null) {
            date.put("value", filledIn.get("date"));
        }
        body.add(date);
        body.add(input("body", text(language, "answer.body"), NAME, false, filledIn, false));
        body.add(choices(
                "decision",
                text(language, "answer.outcome"),
                Arrays.stream(DecisionOutcome.values())
                        .map(o -> Map.of("title", o.label(language), "value", o.code()))
                        .toList(),
                filledIn.get("decision"),
                false));
        Map<String, Object> link = input("link", text(language, "form.link"), ItemLimits.LINK, false, filledIn, false);
        link.put("style", "Url");
        body.add(link);
        body.add(input("note", text(language, "answer.note"), ItemLimits.DESCRIPTION, true, filledIn, false));
        return card(body, language, Map.of(AgendaCard.FORM_KEY, ANSWER_FORM, FOLLOW_UP, followUpId));
    }

    // --- Problems and typed forms ------------------------------------------------------------------------------

    /** The card's own meeting id, then the core's field rules (a card lists its problems at the top). */
    static List<String> itemProblems(Map<String, String> fields, Language language) {
        List<String> problems = new ArrayList<>();
        if (blank(fields.get(MEETING))) {
            problems.add(text(language, "error.meeting"));
        }
        problems.addAll(FormChecks.minutesItem(fields, language).values());
        return problems;
    }

    static Form.MinutesItem item(Map<String, String> fields) {
        String outcome = Outcome.ofCode(fields.get("outcome")).orElseThrow().code();
        return new Form.MinutesItem(
                fields.get(MEETING).strip(),
                fields.get("item").strip(),
                blankToNull(fields.get("note")),
                outcome,
                blankToNull(fields.get("text")),
                Outcome.RAISED.code().equals(outcome) ? blankToNull(fields.get("raisedTo")) : null);
    }

    static List<String> attendanceProblems(Map<String, String> fields, Language language) {
        List<String> problems = new ArrayList<>();
        if (blank(fields.get(MEETING))) {
            problems.add(text(language, "error.meeting"));
        }
        problems.addAll(
                FormChecks.minutesAttendance(fields, seats(fields), language).values());
        return problems.stream().distinct().toList();
    }

    /** The seats given an attendance; a seat left empty stays as it was. */
    static Form.MinutesAttendance attendance(Map<String, String> fields) {
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
        return new Form.MinutesAttendance(fields.get(MEETING).strip(), seats, blankToNull(fields.get("adjuster")));
    }

    static List<String> answerProblems(Map<String, String> fields, Language language) {
        List<String> problems = new ArrayList<>();
        if (blank(fields.get(FOLLOW_UP))) {
            problems.add(text(language, "answer.no-such"));
        }
        problems.addAll(FormChecks.followUpAnswer(fields, language).values());
        return problems;
    }

    static Form.FollowUpAnswer answer(Map<String, String> fields) {
        String status = fields.get("status").strip();
        return new Form.FollowUpAnswer(
                fields.get(FOLLOW_UP).strip(),
                status,
                FormChecks.date(fields.get("date")).orElse(null),
                blankToNull(fields.get("body")),
                FollowUpStatus.DECIDED.code().equals(status) ? blankToNull(fields.get("decision")) : null,
                blankToNull(fields.get("link")),
                blankToNull(fields.get("note")));
    }

    // --- Blocks ------------------------------------------------------------------------------------------------

    private static List<String> seats(Map<String, String> fields) {
        return fields.keySet().stream()
                .filter(k -> k.startsWith(SEAT))
                .map(k -> k.substring(SEAT.length()))
                .toList();
    }

    private static List<Object> start(Language language, String title, List<String> problems) {
        List<Object> body = new ArrayList<>();
        body.add(textBlock(text(language, title), true));
        if (!problems.isEmpty()) {
            body.add(textBlock(text(language, "form.problems") + "\n- " + String.join("\n- ", problems), false));
        }
        return body;
    }

    private static Map<String, Object> card(List<Object> body, Language language, Map<String, String> data) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.put("body", body);
        card.put(
                "actions",
                List.of(Map.of("type", "Action.Submit", "title", text(language, "minutes.submit"), "data", data)));
        return card;
    }

    private static Map<String, Object> textBlock(String text, boolean heading) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", "TextBlock");
        block.put("text", AdaptiveCards.withoutHiddenLinks(text));
        block.put("wrap", true);
        if (heading) {
            block.put("size", "Medium");
            block.put("weight", "Bolder");
        }
        return block;
    }

    private static Map<String, Object> input(
            String id, String label, int maxLength, boolean multiline, Map<String, String> filledIn, boolean required) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("type", "Input.Text");
        input.put("id", id);
        input.put("label", label);
        input.put("maxLength", maxLength);
        input.put("isRequired", required);
        if (multiline) {
            input.put("isMultiline", true);
        }
        if (filledIn.get(id) != null) {
            input.put("value", filledIn.get(id));
        }
        return input;
    }

    private static Map<String, Object> choices(
            String id, String label, List<Map<String, String>> options, String value, boolean required) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("type", "Input.ChoiceSet");
        set.put("id", id);
        set.put("label", label);
        set.put("style", "compact");
        set.put("isRequired", required);
        set.put("choices", options);
        if (value != null) {
            set.put("value", value);
        }
        return set;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(Language language, String key, Object... arguments) {
        return TEXTS.text(language, key, arguments);
    }
}
