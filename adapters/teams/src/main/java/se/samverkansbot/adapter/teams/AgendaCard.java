package se.samverkansbot.adapter.teams;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samverkansbot.agenda.ItemForm;
import se.samverkansbot.agenda.ItemLimits;
import se.samverkansbot.chat.Form;
import se.samverkansbot.minutes.FormChecks;
import se.samverkansbot.register.Language;
import se.samverkansbot.wording.Catalogue;

/**
 * The agenda-item form as an Adaptive Card (1.5): forum and kind as choice sets, title, description, preferred
 * meeting and link, in the member's language, with the core's {@link ItemLimits}. Sent in chat (the "ärende"
 * command) or shown in a dialog (the "Lägg på dagordningen" message action, filled from the message). Its submit
 * data comes back as typed fields and becomes the core's {@link Form.AgendaItemDraft}.
 */
final class AgendaCard {
    static final Catalogue TEXTS = Catalogue.of("se.samverkansbot.adapter.teams.texts");
    /** Marks the submit data of this card among other Action.Submit data. */
    static final String FORM_KEY = "samverkanForm";

    static final String FORM = "agenda-item";

    private AgendaCard() {}

    /** The card; {@code problems} (field errors from a refused submission) are shown at its top. */
    static Map<String, Object> card(
            List<ItemForm.ForumOption> forums, Language language, Map<String, String> filledIn, List<String> problems) {
        List<Object> body = new ArrayList<>();
        body.add(text(TEXTS.text(language, "form.title"), true));
        if (!problems.isEmpty()) {
            body.add(text(TEXTS.text(language, "form.problems") + "\n- " + String.join("\n- ", problems), false));
        }
        body.add(choices(
                "forum",
                TEXTS.text(language, "form.forum"),
                forums.stream()
                        .map(f -> Map.of("title", f.label(), "value", f.value()))
                        .toList(),
                filledIn.getOrDefault(
                        "forum", forums.size() == 1 ? forums.getFirst().value() : null),
                true));
        body.add(input("title", TEXTS.text(language, "form.item-title"), ItemLimits.TITLE, false, filledIn, true));
        body.add(input(
                "description",
                TEXTS.text(language, "form.description"),
                ItemLimits.DESCRIPTION,
                true,
                filledIn,
                false));
        body.add(choices(
                "kind",
                TEXTS.text(language, "form.kind"),
                ItemForm.kinds(language).stream()
                        .map(k -> Map.of("title", k.label(), "value", k.code()))
                        .toList(),
                filledIn.getOrDefault("kind", "information"),
                true));
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("type", "Input.Date");
        day.put("id", "day");
        day.put("label", TEXTS.text(language, "form.day"));
        if (filledIn.get("day") != null) {
            day.put("value", filledIn.get("day"));
        }
        body.add(day);
        Map<String, Object> link =
                input("link", TEXTS.text(language, "form.link"), ItemLimits.LINK, false, filledIn, false);
        link.put("style", "Url");
        body.add(link);
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.put("body", body);
        card.put(
                "actions",
                List.of(Map.of(
                        "type",
                        "Action.Submit",
                        "title",
                        TEXTS.text(language, "form.submit"),
                        "data",
                        Map.of(FORM_KEY, FORM))));
        return card;
    }

    /** Whether an Action.Submit value is this card's. */
    static boolean isSubmission(Object value) {
        return value instanceof Map<?, ?> map && FORM.equals(map.get(FORM_KEY));
    }

    /** Field problems, in the member's language; empty when the submission may go to the core. */
    static List<String> problems(Map<String, String> fields, Language language) {
        List<String> problems = new ArrayList<>();
        if (ItemForm.forumOf(fields.get("forum")).length != 2) {
            problems.add(TEXTS.text(language, "error.forum"));
        }
        problems.addAll(FormChecks.agendaItem(fields, language).values()); // the card's ids are the core's keys
        return problems;
    }

    /** The submitted fields as the core's typed draft (call after {@link #problems} found none). */
    static Form.AgendaItemDraft draft(Map<String, String> fields) {
        String[] forum = ItemForm.forumOf(fields.get("forum"));
        return new Form.AgendaItemDraft(
                forum[0],
                forum[1],
                day(fields.get("day")).orElse(null),
                fields.getOrDefault("title", "").strip(),
                fields.get("kind"),
                blankToNull(fields.get("description")),
                blankToNull(fields.get("link")));
    }

    /** Action.Submit data as text fields (Teams sends every input as a string). */
    static Map<String, String> fields(Object value) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, field) -> {
                if (key instanceof String name && field != null) {
                    fields.put(name, String.valueOf(field));
                }
            });
        }
        return fields;
    }

    private static Optional<LocalDate> day(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> text(String text, boolean heading) {
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
}
