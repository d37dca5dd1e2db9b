package se.samverkansbot.adapter.slack;

import java.time.Clock;
import java.time.LocalDate;
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
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.agenda.ItemForm;
import se.samverkansbot.agenda.ItemLimits;
import se.samverkansbot.chat.Form;
import se.samverkansbot.conversation.Askers;
import se.samverkansbot.minutes.FormChecks;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.wording.Catalogue;

/**
 * The agenda-item modal: forum (those the member sits in), title, description, kind, preferred meeting and link, in
 * the member's language. Opened from the slash command or the "Lägg på dagordningen" message shortcut, which fills
 * it from the message. A submission becomes the core's typed {@link Form.AgendaItemDraft}; the view id is the
 * request id, so a retried submission makes one item. The limits are the core's {@link ItemLimits}.
 */
final class AgendaForm {
    static final Catalogue TEXTS = Catalogue.of("se.samverkansbot.adapter.slack.texts");
    private static final Logger log = LoggerFactory.getLogger(AgendaForm.class);
    static final String CALLBACK = "agenda_item";
    static final String FORUM = "forum";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String KIND = "kind";
    static final String DAY = "day";
    static final String LINK = "link";

    private final ItemForm choices;
    private final Askers askers;
    private final Clock clock;

    AgendaForm(ItemForm choices, Askers askers, Clock clock) {
        this.choices = choices;
        this.askers = askers;
        this.clock = clock;
    }

    void open(MethodsClient client, String triggerId, String userId, SlackIdentities identities, String fromMessage) {
        View view = view(person(userId, identities), fromMessage);
        try {
            var response = client.viewsOpen(r -> r.triggerId(triggerId).view(view));
            if (!response.isOk()) {
                log.warn("Slack did not open the agenda form: {}", response.getError());
            }
        } catch (Exception e) {
            log.warn("Opening the agenda form failed: {}", e.toString());
        }
    }

    Optional<RegisteredPerson> person(String userId, SlackIdentities identities) {
        return askers.of(userId)
                .or(() -> Optional.ofNullable(identities.email(userId)).flatMap(askers::of));
    }

    /** The person as far as is known without asking Slack (the register's Slack id, or an email seen before). */
    Optional<RegisteredPerson> knownPerson(String userId, SlackIdentities identities) {
        return askers.of(userId)
                .or(() -> Optional.ofNullable(identities.knownEmail(userId)).flatMap(askers::of));
    }

    View view(Optional<RegisteredPerson> person, String fromMessage) {
        Language language = person.map(RegisteredPerson::language).orElse(Language.SWEDISH);
        LocalDate today = SwedishTime.today(clock);
        List<OptionObject> forums = person.map(p -> choices.forums(p, today)).orElse(List.of()).stream()
                .map(f -> option(f.value(), f.label()))
                .toList();
        ViewTitle title = ViewTitle.builder()
                .type("plain_text")
                .text(TEXTS.text(language, "form.title"))
                .build();
        ViewClose close = ViewClose.builder()
                .type("plain_text")
                .text(TEXTS.text(language, "form.close"))
                .build();
        if (forums.isEmpty()) {
            String why = TEXTS.text(language, person.isEmpty() ? "form.unknown-person" : "form.no-forums");
            return View.builder()
                    .type("modal")
                    .callbackId(CALLBACK + "_refused")
                    .title(title)
                    .close(close)
                    .blocks(List.of(SectionBlock.builder()
                            .text(MarkdownTextObject.builder()
                                    .text(BlockKit.escape(why))
                                    .build())
                            .build()))
                    .build();
        }
        String firstLine = fromMessage == null ? null : fromMessage.strip().split("\n", 2)[0];
        List<OptionObject> kinds = ItemForm.kinds(language).stream()
                .map(k -> option(k.code(), k.label()))
                .toList();
        List<LayoutBlock> blocks = List.of(
                input(
                        FORUM,
                        TEXTS.text(language, "form.forum"),
                        StaticSelectElement.builder()
                                .actionId(FORUM)
                                .options(forums)
                                .initialOption(forums.size() == 1 ? forums.getFirst() : null)
                                .build(),
                        false),
                input(
                        TITLE,
                        TEXTS.text(language, "form.item-title"),
                        PlainTextInputElement.builder()
                                .actionId(TITLE)
                                .maxLength(ItemLimits.TITLE)
                                .initialValue(firstLine == null ? null : limit(firstLine, ItemLimits.TITLE))
                                .build(),
                        false),
                input(
                        DESCRIPTION,
                        TEXTS.text(language, "form.description"),
                        PlainTextInputElement.builder()
                                .actionId(DESCRIPTION)
                                .multiline(true)
                                .maxLength(ItemLimits.DESCRIPTION)
                                .initialValue(fromMessage == null ? null : limit(fromMessage, ItemLimits.DESCRIPTION))
                                .build(),
                        true),
                input(
                        KIND,
                        TEXTS.text(language, "form.kind"),
                        StaticSelectElement.builder()
                                .actionId(KIND)
                                .options(kinds)
                                .initialOption(kinds.getFirst())
                                .build(),
                        false),
                input(
                        DAY,
                        TEXTS.text(language, "form.day"),
                        DatePickerElement.builder().actionId(DAY).build(),
                        true),
                input(
                        LINK,
                        TEXTS.text(language, "form.link"),
                        PlainTextInputElement.builder()
                                .actionId(LINK)
                                .maxLength(ItemLimits.LINK)
                                .build(),
                        true));
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK)
                .title(title)
                .close(close)
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text(TEXTS.text(language, "form.submit"))
                        .build())
                .blocks(blocks)
                .build();
    }

    /**
     * Field errors shown in the form, in the member's language; an empty map lets the submission through. A forum
     * the form never offered this person (an unknown value in a signed payload) is a field error like any other.
     */
    Map<String, String> errors(View view, Optional<RegisteredPerson> person, Language language) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String block : List.of(TITLE, DESCRIPTION, LINK)) {
            value(view, block).ifPresent(v -> typed.put(block, v));
        }
        // the core's rules; this modal's block ids are the core's field keys
        Map<String, String> errors = new LinkedHashMap<>(FormChecks.agendaItem(typed, language));
        String forum = value(view, FORUM).orElse("");
        LocalDate today = SwedishTime.today(clock);
        boolean offered = person.map(p -> choices.forums(p, today)).orElse(List.of()).stream()
                .anyMatch(option -> option.value().equals(forum));
        if (!offered) {
            errors.put(FORUM, TEXTS.text(language, "error.forum"));
        }
        return errors;
    }

    /** The submitted form as the core's typed draft: nothing is written into a sentence. */
    Form.AgendaItemDraft draft(View view) {
        String[] forum = ItemForm.forumOf(value(view, FORUM).orElseThrow());
        return new Form.AgendaItemDraft(
                forum[0],
                forum[1],
                value(view, DAY).flatMap(AgendaForm::day).orElse(null),
                value(view, TITLE).orElse("").strip(),
                value(view, KIND).orElse(null),
                value(view, DESCRIPTION)
                        .map(String::strip)
                        .filter(d -> !d.isEmpty())
                        .orElse(null),
                value(view, LINK).map(String::strip).filter(l -> !l.isEmpty()).orElse(null));
    }

    /** Slack's date picker sends ISO dates; anything else (a forged payload) is no preferred meeting. */
    private static Optional<LocalDate> day(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    static Optional<String> value(View view, String block) {
        if (view.getState() == null || view.getState().getValues() == null) {
            return Optional.empty();
        }
        Map<String, ViewState.Value> values = view.getState().getValues().get(block);
        if (values == null || values.get(block) == null) {
            return Optional.empty();
        }
        ViewState.Value value = values.get(block);
        if (value.getSelectedOption() != null) {
            return Optional.ofNullable(value.getSelectedOption().getValue());
        }
        if (value.getSelectedDate() != null) {
            return Optional.of(value.getSelectedDate());
        }
        return Optional.ofNullable(value.getValue());
    }

    private static InputBlock input(String id, String label, BlockElement element, boolean optional) {
        return InputBlock.builder()
                .blockId(id)
                .optional(optional)
                .label(PlainTextObject.builder().text(label).build())
                .element(element)
                .build();
    }

    private static OptionObject option(String value, String text) {
        return OptionObject.builder()
                .value(value)
                .text(PlainTextObject.builder().text(limit(text, 75)).build())
                .build();
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
