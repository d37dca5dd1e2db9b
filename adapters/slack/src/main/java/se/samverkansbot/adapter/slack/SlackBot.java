package se.samverkansbot.adapter.slack;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.chat.ActionCodec;
import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.ConversationAddress;
import se.samverkansbot.chat.Form;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.SeenRequests;
import se.samverkansbot.chat.Sender;
import se.samverkansbot.chat.UserAction;
import se.samverkansbot.conversation.Conversation;
import se.samverkansbot.core.Core;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.RegisteredPerson;

/**
 * The bot's Slack side: every request is acknowledged at once and answered after the ack, through the
 * platform-neutral {@link Conversation}: messages as what was said, buttons as their commands, the agenda form as
 * its typed draft, the Home tab as the person's overview. Retried events are recognised by event id and answered once.
 */
final class SlackBot {
    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
    private static final Pattern MENTION = Pattern.compile("<@[UW][A-Z0-9]+(\\|[^>]*)?>");
    /** "/samverkan ärende" opens the form: the adapter's own command, never sent to the core as text. */
    private static final Pattern OPEN_FORM =
            Pattern.compile("(?i)^(ärende|arende|nytt ärende|nytt arende|item|new item|agenda item)$");
    /** "/samverkan anteckna MÖTE", "närvaro MÖTE", "svara UPPFÖLJNING": the minutes and follow-up forms. */
    private static final Pattern OPEN_MINUTES_FORM =
            Pattern.compile("(?i)^(anteckna|record|närvaro|narvaro|attendance|svara|answer)\\s+(\\S+)$");

    static final String SHORTCUT = "add_to_agenda";

    private final Conversation conversation;
    private final SeenRequests seen;
    private final ExecutorService work;
    private final AgendaForm form;
    private final MinutesForms minutesForms;
    private final String command;

    SlackBot(
            Conversation conversation,
            SeenRequests seen,
            ExecutorService work,
            AgendaForm form,
            MinutesForms minutesForms,
            String command) {
        this.conversation = conversation;
        this.seen = seen;
        this.work = work;
        this.form = form;
        this.minutesForms = minutesForms;
        this.command = command;
    }

    /** Bolt's app with the bot's handlers: what the servlet or Socket Mode runs, and what tests drive in-process. */
    static App app(
            AppConfig config,
            Core core,
            SeenRequests seen,
            ExecutorService work,
            SlackIdentities identities,
            String command,
            java.time.Clock clock) {
        AgendaForm form = new AgendaForm(core.itemForm(), core.askers(), clock);
        MinutesForms minutesForms = new MinutesForms(core.recordMinutes(), core.followUps());
        return new SlackBot(core.conversation(), seen, work, form, minutesForms, command)
                .install(new App(config), identities);
    }

    private interface Work {
        void run() throws Exception;
    }

    /** After the ack: the answer, with failures logged (never the request body or tokens). */
    private void later(Work task) {
        work.execute(() -> {
            try {
                task.run();
            } catch (Exception e) {
                log.warn("Answering a Slack request failed: {}", e.toString());
            }
        });
    }

    App install(App app, SlackIdentities identities) {
        app.command(command, (request, context) -> {
            var payload = request.getPayload();
            String text = SlackText.plain(payload.getText()).strip();
            if (OPEN_FORM.matcher(text).matches()) {
                // trigger_id lives about three seconds: open the form before acknowledging.
                form.open(context.client(), payload.getTriggerId(), payload.getUserId(), identities, null);
                return context.ack();
            }
            var minutesForm = OPEN_MINUTES_FORM.matcher(text);
            if (minutesForm.matches()) {
                var person = form.person(payload.getUserId(), identities);
                String id = minutesForm.group(2);
                View view = switch (minutesForm.group(1).toLowerCase(java.util.Locale.ROOT)) {
                    case "anteckna", "record" -> minutesForms.itemView(person, id);
                    case "svara", "answer" -> minutesForms.answerView(person, id);
                    default -> minutesForms.attendanceView(person, id);
                };
                minutesForms.open(context.client(), payload.getTriggerId(), view);
                return context.ack();
            }
            boolean direct =
                    payload.getChannelId() != null && payload.getChannelId().startsWith("D");
            // The bare command asks for help: a typed command, not the word "hjälp" for the core to parse.
            UserAction action =
                    text.isEmpty() ? new UserAction.Pressed(new Command.ShowHelp()) : new UserAction.Said(text);
            later(() -> {
                Reply reply = conversation.handle(new InboundMessage(
                        sender(payload.getUserId(), payload.getUserName(), identities),
                        new ConversationAddress(Platform.SLACK, payload.getChannelId(), null, direct),
                        action,
                        null,
                        payload.getTriggerId()));
                context.respond(r -> r.responseType("ephemeral")
                        .text(BlockKit.fallback(reply))
                        .blocks(BlockKit.blocks(reply)));
            });
            return context.ack();
        });

        app.event(AppMentionEvent.class, (payload, context) -> {
            AppMentionEvent event = payload.getEvent();
            if (seen.firstTime(Platform.SLACK, payload.getEventId())) {
                answer(
                        context,
                        event.getUser(),
                        event.getChannel(),
                        false,
                        event.getThreadTs() != null ? event.getThreadTs() : event.getTs(),
                        SlackText.plain(MENTION.matcher(event.getText() == null ? "" : event.getText())
                                        .replaceAll(" "))
                                .strip(),
                        payload.getEventId(),
                        identities);
            }
            return context.ack();
        });

        app.event(MessageEvent.class, (payload, context) -> {
            MessageEvent event = payload.getEvent();
            boolean fromPerson = event.getSubtype() == null && event.getBotId() == null && event.getUser() != null;
            if ("im".equals(event.getChannelType())
                    && fromPerson
                    && seen.firstTime(Platform.SLACK, payload.getEventId())) {
                answer(
                        context,
                        event.getUser(),
                        event.getChannel(),
                        true,
                        null,
                        SlackText.plain(event.getText()),
                        payload.getEventId(),
                        identities);
            }
            return context.ack();
        });

        app.event(AppHomeOpenedEvent.class, (payload, context) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab())) {
                later(() -> {
                    Sender sender = sender(event.getUser(), null, identities);
                    var overview = conversation.overview(new InboundMessage(
                            sender,
                            new ConversationAddress(Platform.SLACK, event.getUser(), null, true),
                            new UserAction.OpenedHome(),
                            null,
                            null));
                    context.client().viewsPublish(r -> r.userId(event.getUser()).view(AppHome.view(overview)));
                });
            }
            return context.ack();
        });

        app.messageShortcut(SHORTCUT, (request, context) -> {
            var payload = request.getPayload();
            String message = payload.getMessage() == null
                    ? ""
                    : SlackText.plain(payload.getMessage().getText());
            form.open(
                    context.client(), payload.getTriggerId(), payload.getUser().getId(), identities, message);
            return context.ack();
        });

        app.viewSubmission(AgendaForm.CALLBACK, (request, context) -> {
            var payload = request.getPayload();
            String user = payload.getUser().getId();
            // Within Slack's three seconds: the language from what is already known, never a call to Slack.
            Language language = form.knownPerson(user, identities)
                    .map(RegisteredPerson::language)
                    .orElse(Language.SWEDISH);
            Map<String, String> errors = form.errors(payload.getView(), language);
            if (!errors.isEmpty()) {
                return context.ackWithErrors(errors);
            }
            var draft = form.draft(payload.getView());
            String requestId = "view:" + payload.getView().getId();
            later(() -> {
                Reply reply = conversation.handle(new InboundMessage(
                        sender(user, null, identities),
                        new ConversationAddress(Platform.SLACK, user, null, true),
                        new UserAction.Submitted(draft),
                        null,
                        requestId));
                context.client()
                        .chatPostMessage(r ->
                                r.channel(user).text(BlockKit.fallback(reply)).blocks(BlockKit.blocks(reply)));
            });
            return context.ack();
        });

        app.viewSubmission(
                MinutesForms.ITEM_CALLBACK,
                (request, context) -> submitted(
                        request.getPayload(), context, identities, minutesForms::itemErrors, minutesForms::item));
        app.viewSubmission(
                MinutesForms.ATTENDANCE_CALLBACK,
                (request, context) -> submitted(
                        request.getPayload(),
                        context,
                        identities,
                        minutesForms::attendanceErrors,
                        minutesForms::attendance));
        app.viewSubmission(
                MinutesForms.ANSWER_CALLBACK,
                (request, context) -> submitted(
                        request.getPayload(), context, identities, minutesForms::answerErrors, minutesForms::answer));

        app.blockAction(Pattern.compile(BlockKit.CHOICE_ACTION + "\\d+"), (request, context) -> {
            var payload = request.getPayload();
            String value = payload.getActions().getFirst().getValue();
            String user = payload.getUser().getId();
            String channel = payload.getChannel() != null ? payload.getChannel().getId() : user;
            later(() -> {
                Reply reply = ActionCodec.decode(value)
                        .map(pressed -> conversation.handle(new InboundMessage(
                                sender(user, null, identities),
                                new ConversationAddress(Platform.SLACK, channel, null, channel.startsWith("D")),
                                new UserAction.Pressed(pressed.command()),
                                pressed.language() == Language.ENGLISH ? "en" : "sv",
                                null)))
                        .orElseGet(SlackBot::unknownButton);
                context.respond(r -> r.responseType("ephemeral")
                        .replaceOriginal(false)
                        .text(BlockKit.fallback(reply))
                        .blocks(BlockKit.blocks(reply)));
            });
            return context.ack();
        });
        return app;
    }

    /**
     * A minutes or follow-up modal: field problems go back into the modal in the person's language (known without
     * asking Slack, within its three seconds); otherwise the typed form goes to the core after the ack, keyed by the
     * view id so a retried submission records nothing twice, and the answer comes as a direct message.
     */
    private Response submitted(
            ViewSubmissionPayload payload,
            ViewSubmissionContext context,
            SlackIdentities identities,
            BiFunction<View, Language, Map<String, String>> errorsOf,
            Function<View, Form> formOf) {
        String user = payload.getUser().getId();
        Language language = form.knownPerson(user, identities)
                .map(RegisteredPerson::language)
                .orElse(Language.SWEDISH);
        Map<String, String> errors = errorsOf.apply(payload.getView(), language);
        if (!errors.isEmpty()) {
            return context.ackWithErrors(errors);
        }
        Form submitted = formOf.apply(payload.getView());
        String requestId = "view:" + payload.getView().getId();
        later(() -> {
            Reply reply = conversation.handle(new InboundMessage(
                    sender(user, null, identities),
                    new ConversationAddress(Platform.SLACK, user, null, true),
                    new UserAction.Submitted(submitted),
                    null,
                    requestId));
            context.client()
                    .chatPostMessage(
                            r -> r.channel(user).text(BlockKit.fallback(reply)).blocks(BlockKit.blocks(reply)));
        });
        return context.ack();
    }

    /** A button whose value the bot never gave (an old message, a forged payload): nothing is done. */
    private static Reply unknownButton() {
        return Reply.plain(
                "Den knappen känner jag inte igen längre; skriv gärna vad du vill göra. / "
                        + "I no longer recognise that button; please write what you want to do.",
                Language.SWEDISH);
    }

    private void answer(
            EventContext context,
            String user,
            String channel,
            boolean direct,
            String threadTs,
            String text,
            String eventId,
            SlackIdentities identities) {
        MethodsClient client = context.client();
        later(() -> {
            Reply reply = conversation.handle(InboundMessage.said(
                            sender(user, null, identities),
                            new ConversationAddress(Platform.SLACK, channel, threadTs, direct),
                            text,
                            null)
                    .withRequestId(eventId));
            var response = client.chatPostMessage(r -> r.channel(channel)
                    .threadTs(threadTs)
                    .text(BlockKit.fallback(reply))
                    .blocks(BlockKit.blocks(reply)));
            if (!response.isOk()) {
                log.warn("Slack did not take the answer: {}", response.getError());
            }
        });
    }

    /** The Slack user, with the email Slack tells (asked once), so the register can match either. */
    private static Sender sender(String userId, String name, SlackIdentities identities) {
        return new Sender(Platform.SLACK, userId, null, name).withEmail(identities.email(userId));
    }
}
