package se.samverkansbot.adapter.slack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.agenda.ItemLimits;
import se.samverkansbot.chat.Form;
import se.samverkansbot.followup.DecisionOutcome;
import se.samverkansbot.followup.FollowUp;
import se.samverkansbot.followup.FollowUpRecommendations;
import se.samverkansbot.followup.FollowUpStatus;
import se.samverkansbot.minutes.Attendance;
import se.samverkansbot.minutes.FormChecks;
import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.minutes.MinutesRefused;
import se.samverkansbot.minutes.Outcome;
import se.samverkansbot.minutes.RecordMinutes;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.register.Structure;

/**
 * The modals after the meeting, in the person's language: one agenda item's minutes (item, note, outcome, the views
 * or recommended text, the forum it is raised to), the attendance seat by seat with the adjuster, and a principal's
 * answer to a follow-up. Opened with "/samverkan anteckna|närvaro MÖTE" and "/samverkan svara UPPFÖLJNING" (the ids
 * the core shows under "För formulären" and in "mina uppföljningar"). The meeting or follow-up rides in the view's
 * private metadata; a submission becomes the core's typed {@link Form}, never a sentence, and the core checks who
 * may. Field problems are sent back into the modal; the limits are the core's {@link ItemLimits}.
 */
final class MinutesForms {
    private static final Logger log = LoggerFactory.getLogger(MinutesForms.class);
    static final String ITEM_CALLBACK = "minutes_item";
    static final String ATTENDANCE_CALLBACK = "minutes_attendance";
    static final String ANSWER_CALLBACK = "follow_up_answer";
    static final String ITEM = "item";
    static final String NOTE = "note";
    static final String OUTCOME = "outcome";
    static final String TEXT = "text";
    static final String RAISED_TO = "raised_to";
    static final String SEAT = "seat:";
    static final String DEPUTY = "deputy:";
    static final String ADJUSTER = "adjuster";
    static final String STATUS = "status";
    static final String DATE = "date";
    static final String BODY = "body";
    static final String DECISION = "decision";
    static final String LINK = "link";
    /** A deputy's name, a body's name. */
    static final int NAME = FormChecks.NAME;
    /** Slack allows 100 blocks in a modal: two a seat and the adjuster. */
    static final int MAX_SEATS = 45;

    private final RecordMinutes minutes;
    private final FollowUpRecommendations followUps;

    MinutesForms(RecordMinutes minutes, FollowUpRecommendations followUps) {
        this.minutes = minutes;
        this.followUps = followUps;
    }

    void open(MethodsClient client, String triggerId, View view) {
        try {
            var response = client.viewsOpen(r -> r.triggerId(triggerId).view(view));
            if (!response.isOk()) {
                log.warn("Slack did not open a minutes form: {}", response.getError());
            }
        } catch (Exception e) {
            log.warn("Opening a minutes form failed: {}", e.toString());
        }
    }

    // --- The views ---------------------------------------------------------------------------------------------

    View itemView(Optional<RegisteredPerson> person, String meetingId) {
        Language language = language(person);
        return draft(person, meetingId, "minutes.item-title").orElseGet(() -> {
            Minutes draft = minutes.open(meetingId, person.orElseThrow().id());
            List<OptionObject> items = draft.items().stream()
                    .map(i -> option(i.itemId(), i.title()))
                    .toList();
            if (items.isEmpty()) {
                return refused(language, "minutes.item-title", text(language, "minutes.no-items"));
            }
            List<OptionObject> outcomes = Arrays.stream(Outcome.values())
                    .map(o -> option(o.code(), o.label(language)))
                    .toList();
            List<OptionObject> forums = person.orElseThrow().structure().forums().stream()
                    .filter(f -> !f.id().equals(draft.forumId()))
                    .map(f -> option(f.id(), f.name()))
                    .toList();
            List<LayoutBlock> blocks = new ArrayList<>();
            blocks.add(input(
                    ITEM,
                    text(language, "minutes.item"),
                    StaticSelectElement.builder()
                            .actionId(ITEM)
                            .options(items)
                            .initialOption(items.size() == 1 ? items.getFirst() : null)
                            .build(),
                    false));
            blocks.add(
                    input(NOTE, text(language, "minutes.note"), textInput(NOTE, ItemLimits.DESCRIPTION, true), true));
            blocks.add(input(
                    OUTCOME,
                    text(language, "minutes.outcome"),
                    StaticSelectElement.builder()
                            .actionId(OUTCOME)
                            .options(outcomes)
                            .initialOption(outcomes.getFirst())
                            .build(),
                    false));
            blocks.add(
                    input(TEXT, text(language, "minutes.text"), textInput(TEXT, ItemLimits.DESCRIPTION, true), true));
            if (!forums.isEmpty()) {
                blocks.add(input(
                        RAISED_TO,
                        text(language, "minutes.raised-to"),
                        StaticSelectElement.builder()
                                .actionId(RAISED_TO)
                                .options(forums)
                                .build(),
                        true));
            }
            return modal(ITEM_CALLBACK, meetingId, language, "minutes.item-title", blocks);
        });
    }

    View attendanceView(Optional<RegisteredPerson> person, String meetingId) {
        Language language = language(person);
        return draft(person, meetingId, "minutes.attendance-title").orElseGet(() -> {
            Minutes draft = minutes.open(meetingId, person.orElseThrow().id());
            Structure structure = person.orElseThrow().structure();
            List<OptionObject> choices = List.of(
                    option(Attendance.PRESENT.code(), Attendance.PRESENT.label(language)),
                    option(Attendance.DEPUTY_PRESENT.code(), Attendance.DEPUTY_PRESENT.label(language)),
                    option(Attendance.ABSENT.code(), Attendance.ABSENT.label(language)));
            List<LayoutBlock> blocks = new ArrayList<>();
            List<OptionObject> people = new ArrayList<>();
            for (Minutes.Presence seat :
                    draft.attendance().stream().limit(MAX_SEATS).toList()) {
                String name =
                        structure.person(seat.personId()).map(p -> p.name()).orElse(seat.personId());
                String label = seat.party() == null ? name : name + " (" + partyName(structure, seat.party()) + ")";
                people.add(option(seat.personId(), name));
                blocks.add(input(
                        SEAT + seat.seatId(),
                        label,
                        StaticSelectElement.builder()
                                .actionId(SEAT + seat.seatId())
                                .options(choices)
                                .initialOption(choices.stream()
                                        .filter(c -> c.getValue()
                                                .equals(seat.attendance().code()))
                                        .findFirst()
                                        .orElse(null))
                                .build(),
                        true));
                blocks.add(input(
                        DEPUTY + seat.seatId(),
                        text(language, "minutes.deputy", name),
                        PlainTextInputElement.builder()
                                .actionId(DEPUTY + seat.seatId())
                                .maxLength(NAME)
                                .initialValue(seat.deputy())
                                .build(),
                        true));
            }
            if (!people.isEmpty()) {
                blocks.add(input(
                        ADJUSTER,
                        text(language, "minutes.adjuster"),
                        StaticSelectElement.builder()
                                .actionId(ADJUSTER)
                                .options(people)
                                .initialOption(people.stream()
                                        .filter(p -> p.getValue().equals(draft.adjusterId()))
                                        .findFirst()
                                        .orElse(null))
                                .build(),
                        true));
            }
            return modal(ATTENDANCE_CALLBACK, meetingId, language, "minutes.attendance-title", blocks);
        });
    }

    View answerView(Optional<RegisteredPerson> person, String followUpId) {
        Language language = language(person);
        if (person.isEmpty()) {
            return refused(language, "answer.title", text(language, "form.unknown-person"));
        }
        Optional<FollowUp> followUp = followUps
                .ofStructure(person.get().structure().id())
                .stream()
                .filter(f -> f.id().equals(followUpId))
                .findFirst();
        if (followUp.isEmpty()) {
            return refused(language, "answer.title", text(language, "answer.no-such"));
        }
        FollowUp f = followUp.get();
        List<OptionObject> statuses = List.of(
                option(FollowUpStatus.DECIDED.code(), FollowUpStatus.DECIDED.label(language)),
                option(FollowUpStatus.ON_AGENDA.code(), FollowUpStatus.ON_AGENDA.label(language)),
                option(FollowUpStatus.NOT_TO_BE_DECIDED.code(), FollowUpStatus.NOT_TO_BE_DECIDED.label(language)));
        List<OptionObject> outcomes = Arrays.stream(DecisionOutcome.values())
                .map(o -> option(o.code(), o.label(language)))
                .toList();
        List<LayoutBlock> blocks = List.of(
                SectionBlock.builder()
                        .text(MarkdownTextObject.builder()
                                .text(BlockKit.escape(limit(
                                        followUps.principalName(f) + " – " + f.title() + ": " + f.recommendation(),
                                        2900)))
                                .build())
                        .build(),
                input(
                        STATUS,
                        text(language, "answer.status"),
                        StaticSelectElement.builder()
                                .actionId(STATUS)
                                .options(statuses)
                                .build(),
                        false),
                input(
                        DATE,
                        text(language, "answer.date"),
                        DatePickerElement.builder().actionId(DATE).build(),
                        true),
                input(BODY, text(language, "answer.body"), textInput(BODY, NAME, false), true),
                input(
                        DECISION,
                        text(language, "answer.outcome"),
                        StaticSelectElement.builder()
                                .actionId(DECISION)
                                .options(outcomes)
                                .build(),
                        true),
                input(LINK, text(language, "form.link"), textInput(LINK, ItemLimits.LINK, false), true),
                input(NOTE, text(language, "answer.note"), textInput(NOTE, ItemLimits.DESCRIPTION, true), true));
        return modal(ANSWER_CALLBACK, followUpId, language, "answer.title", blocks);
    }

    /** Why the person cannot record this meeting's minutes (in their language), or nothing if they can. */
    private Optional<View> draft(Optional<RegisteredPerson> person, String meetingId, String title) {
        Language language = language(person);
        if (person.isEmpty()) {
            return Optional.of(refused(language, title, text(language, "form.unknown-person")));
        }
        try {
            minutes.open(meetingId, person.get().id());
            return Optional.empty();
        } catch (MinutesRefused refused) {
            return Optional.of(refused(language, title, refused.say(language)));
        }
    }

    // --- Submissions -------------------------------------------------------------------------------------------

    /** The core's rules; only the forum select's block id differs from the core's key. */
    Map<String, String> itemErrors(View view, Language language) {
        Map<String, String> errors = new LinkedHashMap<>();
        FormChecks.minutesItem(typed(view), language)
                .forEach((field, problem) ->
                        errors.put(FormChecks.RAISED_TO.equals(field) ? outcomeFieldForRaise(view) : field, problem));
        return errors;
    }

    /** What the modal holds, keyed by the core's field keys (the block ids, but for the forum raised to). */
    private static Map<String, String> typed(View view) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (view.getState() == null || view.getState().getValues() == null) {
            return fields;
        }
        for (String block : view.getState().getValues().keySet()) {
            AgendaForm.value(view, block)
                    .ifPresent(value -> fields.put(RAISED_TO.equals(block) ? FormChecks.RAISED_TO : block, value));
        }
        return fields;
    }

    /** The forum select is missing when the structure has one forum only: the error then goes on the outcome. */
    private static String outcomeFieldForRaise(View view) {
        boolean hasForums = view.getState() != null
                && view.getState().getValues() != null
                && view.getState().getValues().containsKey(RAISED_TO);
        return hasForums ? RAISED_TO : OUTCOME;
    }

    Form.MinutesItem item(View view) {
        Outcome outcome =
                AgendaForm.value(view, OUTCOME).flatMap(Outcome::ofCode).orElseThrow();
        return new Form.MinutesItem(
                view.getPrivateMetadata(),
                AgendaForm.value(view, ITEM).orElseThrow(),
                optional(view, NOTE),
                outcome.code(),
                optional(view, TEXT),
                outcome == Outcome.RAISED ? optional(view, RAISED_TO) : null);
    }

    Map<String, String> attendanceErrors(View view, Language language) {
        return FormChecks.minutesAttendance(typed(view), seats(view), language);
    }

    /** The seats given an attendance; a seat left empty stays as it was. */
    Form.MinutesAttendance attendance(View view) {
        List<Form.SeatAttendance> seats = new ArrayList<>();
        for (String seat : seats(view)) {
            AgendaForm.value(view, SEAT + seat)
                    .filter(code -> !code.isEmpty())
                    .ifPresent(code -> seats.add(new Form.SeatAttendance(
                            seat,
                            code,
                            Attendance.DEPUTY_PRESENT.code().equals(code) ? optional(view, DEPUTY + seat) : null)));
        }
        return new Form.MinutesAttendance(view.getPrivateMetadata(), seats, optional(view, ADJUSTER));
    }

    /** The seat ids the submitted state carries, in the order of the form. */
    private static List<String> seats(View view) {
        if (view.getState() == null || view.getState().getValues() == null) {
            return List.of();
        }
        return view.getState().getValues().keySet().stream()
                .filter(block -> block.startsWith(SEAT))
                .map(block -> block.substring(SEAT.length()))
                .toList();
    }

    Map<String, String> answerErrors(View view, Language language) {
        return FormChecks.followUpAnswer(typed(view), language);
    }

    Form.FollowUpAnswer answer(View view) {
        String status = AgendaForm.value(view, STATUS).orElseThrow();
        boolean decided = FollowUpStatus.DECIDED.code().equals(status);
        return new Form.FollowUpAnswer(
                view.getPrivateMetadata(),
                status,
                AgendaForm.value(view, DATE).flatMap(FormChecks::date).orElse(null),
                optional(view, BODY),
                decided ? optional(view, DECISION) : null,
                optional(view, LINK),
                optional(view, NOTE));
    }

    // --- Blocks ------------------------------------------------------------------------------------------------

    private View modal(String callback, String metadata, Language language, String title, List<LayoutBlock> blocks) {
        return View.builder()
                .type("modal")
                .callbackId(callback)
                .privateMetadata(metadata)
                .title(title(language, title))
                .close(close(language))
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text(text(language, "minutes.submit"))
                        .build())
                .blocks(blocks)
                .build();
    }

    private View refused(Language language, String title, String why) {
        return View.builder()
                .type("modal")
                .callbackId("minutes_refused")
                .title(title(language, title))
                .close(close(language))
                .blocks(List.of(SectionBlock.builder()
                        .text(MarkdownTextObject.builder()
                                .text(BlockKit.escape(why))
                                .build())
                        .build()))
                .build();
    }

    private static ViewTitle title(Language language, String key) {
        return ViewTitle.builder().type("plain_text").text(text(language, key)).build();
    }

    private static ViewClose close(Language language) {
        return ViewClose.builder()
                .type("plain_text")
                .text(text(language, "form.close"))
                .build();
    }

    private static PlainTextInputElement textInput(String id, int max, boolean multiline) {
        return PlainTextInputElement.builder()
                .actionId(id)
                .multiline(multiline)
                .maxLength(max)
                .build();
    }

    private static InputBlock input(String id, String label, BlockElement element, boolean optional) {
        return InputBlock.builder()
                .blockId(id)
                .optional(optional)
                .label(PlainTextObject.builder().text(limit(label, 2000)).build())
                .element(element)
                .build();
    }

    private static OptionObject option(String value, String text) {
        return OptionObject.builder()
                .value(value)
                .text(PlainTextObject.builder().text(limit(text, 75)).build())
                .build();
    }

    private static String partyName(Structure structure, String partyId) {
        return structure.parties().stream()
                .filter(p -> p.id().equals(partyId))
                .map(p -> p.name())
                .findFirst()
                .orElse(partyId);
    }

    private static String optional(View view, String block) {
        return AgendaForm.value(view, block)
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .orElse(null);
    }

    private static Language language(Optional<RegisteredPerson> person) {
        return person.map(RegisteredPerson::language).orElse(Language.SWEDISH);
    }

    private static String text(Language language, String key, Object... arguments) {
        return AgendaForm.TEXTS.text(language, key, arguments);
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
