package se.samverkansbot.adapter.slack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
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

import se.samverkansbot.agenda.AgendaRules;
import se.samverkansbot.answering.QuestionAnswering;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;

/**
 * The agenda-item modal: forum (those the member sits in), title, description, kind, preferred meeting and
 * link. Opened from the slash command or the "Lägg till på dagordningen" message shortcut, which fills it from
 * the message. A submission becomes the same chat command every platform uses, with the view id as request id.
 */
final class AgendaForm {
    private static final Logger log = LoggerFactory.getLogger(AgendaForm.class);
    static final String CALLBACK = "agenda_item";
    static final String FORUM = "forum";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String KIND = "kind";
    static final String DAY = "day";
    static final String LINK = "link";
    private static final Map<String, String> KINDS = Map.of(
            "information",
            "Information",
            "samråd",
            "Samråd",
            "beredning",
            "Beredning inför huvudmännens beslut",
            "uppföljning",
            "Uppföljning");

    private final QuestionAnswering answering;
    private final AgendaRules rules;
    private final Supplier<Register> register;

    AgendaForm(QuestionAnswering answering, AgendaRules rules, Supplier<Register> register) {
        this.answering = answering;
        this.rules = rules;
        this.register = register;
    }

    void open(
            MethodsClient client,
            String triggerId,
            String userId,
            SlackIdentities identities,
            String fromMessage,
            String channel) {
        View view = view(userId, identities, fromMessage);
        try {
            var response = client.viewsOpen(r -> r.triggerId(triggerId).view(view));
            if (!response.isOk()) {
                log.warn("Slack did not open the agenda form: {}", response.getError());
            }
        } catch (Exception e) {
            log.warn("Opening the agenda form failed: {}", e.toString());
        }
    }

    View view(String userId, SlackIdentities identities, String fromMessage) {
        Optional<String> person = answering
                .personIdOf(userId)
                .or(() -> Optional.ofNullable(identities.email(userId)).flatMap(answering::personIdOf));
        List<OptionObject> forums = new ArrayList<>();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
        person.ifPresent(id -> {
            for (Structure structure : register.get().structures()) {
                for (Forum forum : structure.forums()) {
                    if (forums.size() < 100 && rules.isMember(structure.id(), forum.id(), id, today)) {
                        forums.add(option(
                                structure.id() + "/" + forum.id(), forum.name() + " (" + structure.name() + ")"));
                    }
                }
            }
        });
        ViewTitle title =
                ViewTitle.builder().type("plain_text").text("Nytt ärende").build();
        ViewClose close = ViewClose.builder().type("plain_text").text("Avbryt").build();
        if (forums.isEmpty()) {
            String why = person.isEmpty()
                    ? "Jag vet inte vem du är. Be forumets sekreterare lägga in dig i registret (med din e-postadress)."
                    : "Du sitter inte i något forum i registret, så du kan inte lämna ärenden.";
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
        List<LayoutBlock> blocks = List.of(
                input(
                        FORUM,
                        "Forum",
                        StaticSelectElement.builder()
                                .actionId(FORUM)
                                .options(forums)
                                .initialOption(forums.size() == 1 ? forums.getFirst() : null)
                                .build(),
                        false),
                input(
                        TITLE,
                        "Rubrik",
                        PlainTextInputElement.builder()
                                .actionId(TITLE)
                                .maxLength(200)
                                .initialValue(firstLine == null ? null : limit(firstLine, 200))
                                .build(),
                        false),
                input(
                        DESCRIPTION,
                        "Beskrivning",
                        PlainTextInputElement.builder()
                                .actionId(DESCRIPTION)
                                .multiline(true)
                                .maxLength(3000)
                                .initialValue(fromMessage == null ? null : limit(fromMessage, 3000))
                                .build(),
                        true),
                input(
                        KIND,
                        "Typ",
                        StaticSelectElement.builder()
                                .actionId(KIND)
                                .options(KINDS.entrySet().stream()
                                        .map(e -> option(e.getKey(), e.getValue()))
                                        .toList())
                                .initialOption(option("information", "Information"))
                                .build(),
                        false),
                input(
                        DAY,
                        "Önskat möte (valfritt)",
                        DatePickerElement.builder().actionId(DAY).build(),
                        true),
                input(
                        LINK,
                        "Länk (valfritt)",
                        PlainTextInputElement.builder().actionId(LINK).build(),
                        true));
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK)
                .title(title)
                .close(close)
                .submit(ViewSubmit.builder().type("plain_text").text("Skicka").build())
                .blocks(blocks)
                .build();
    }

    /** Field errors shown in the form, in Swedish; an empty map lets the submission through. */
    Map<String, String> errors(View view) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = value(view, TITLE).map(String::strip).orElse("");
        String description = value(view, DESCRIPTION).orElse("");
        if (title.isEmpty()) {
            errors.put(TITLE, "Ärendet behöver en rubrik.");
        } else if (title.codePointCount(0, title.length()) > 200) {
            errors.put(TITLE, "Högst 200 tecken.");
        }
        if (description.codePointCount(0, description.length()) > 3000) {
            errors.put(DESCRIPTION, "Högst 3000 tecken; länka gärna till ett dokument i stället.");
        }
        if (value(view, FORUM).isEmpty()) {
            errors.put(FORUM, "Välj forum.");
        }
        return errors;
    }

    /** The submitted form as the chat command every platform understands. */
    String command(View view) {
        String[] forum = value(view, FORUM).orElseThrow().split("/", 2);
        Structure structure = register.get().structure(forum[0]).orElseThrow();
        String forumName = structure.forum(forum[1]).map(Forum::name).orElseThrow() + " (" + structure.name() + ")";
        // The command separates title and description at a dash: keep dashes in the title from splitting it.
        String title = value(view, TITLE).orElse("").strip().replaceAll("\\s+[–—-]\\s+", ", ");
        StringBuilder command = new StringBuilder("nytt ärende till ").append(forumName);
        value(view, DAY).ifPresent(day -> command.append(' ').append(day));
        command.append(": ")
                .append(title)
                .append(" (")
                .append(value(view, KIND).orElse("information"))
                .append(')');
        value(view, DESCRIPTION)
                .filter(d -> !d.isBlank())
                .ifPresent(d -> command.append('\n').append(d.strip()));
        value(view, LINK)
                .filter(l -> l.strip().matches("https?://\\S+"))
                .ifPresent(l -> command.append(' ').append(l.strip()));
        return command.toString();
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

    private static InputBlock input(
            String id, String label, com.slack.api.model.block.element.BlockElement element, boolean optional) {
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
