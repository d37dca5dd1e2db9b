package se.samverkansbot.adapter.slack;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.answering.Conversation;
import se.samverkansbot.conversation.ConversationAddress;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.Platform;
import se.samverkansbot.conversation.Reply;
import se.samverkansbot.conversation.SeenRequests;
import se.samverkansbot.conversation.Sender;

/**
 * The bot's Slack side: every request is acknowledged at once and answered after the ack, through the
 * platform-neutral {@link Conversation}. Retried events are recognised by event id and answered once.
 */
final class SlackBot {
    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
    private static final Pattern MENTION = Pattern.compile("<@[UW][A-Z0-9]+(\\|[^>]*)?>");
    private static final Pattern OPEN_FORM =
            Pattern.compile("(?i)^(ärende|arende|nytt ärende|nytt arende|item|new item|agenda item)$");
    static final String SHORTCUT = "add_to_agenda";

    private final Conversation conversation;
    private final SeenRequests seen;
    private final ExecutorService work;
    private final AgendaForm form;
    private final String command;

    SlackBot(Conversation conversation, SeenRequests seen, ExecutorService work, AgendaForm form, String command) {
        this.conversation = conversation;
        this.seen = seen;
        this.work = work;
        this.form = form;
        this.command = command;
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
                form.open(context.client(), payload.getTriggerId(), payload.getUserId(), identities, null, null);
                return context.ack();
            }
            Sender sender = sender(payload.getUserId(), payload.getUserName(), identities);
            boolean direct =
                    payload.getChannelId() != null && payload.getChannelId().startsWith("D");
            later(() -> {
                Reply reply = conversation.handle(new InboundMessage(
                        sender.withEmail(identities.email(payload.getUserId())),
                        new ConversationAddress(Platform.SLACK, payload.getChannelId(), null, direct),
                        text.isEmpty() ? "hjälp" : text,
                        null,
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
                    context.client()
                            .viewsPublish(r -> r.userId(event.getUser())
                                    .view(AppHome.view(
                                            conversation,
                                            sender(event.getUser(), null, identities)
                                                    .withEmail(identities.email(event.getUser())))));
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
                    context.client(),
                    payload.getTriggerId(),
                    payload.getUser().getId(),
                    identities,
                    message,
                    payload.getChannel().getId());
            return context.ack();
        });

        app.viewSubmission(AgendaForm.CALLBACK, (request, context) -> {
            var payload = request.getPayload();
            Map<String, String> errors = form.errors(payload.getView());
            if (!errors.isEmpty()) {
                return context.ackWithErrors(errors);
            }
            String user = payload.getUser().getId();
            String text = form.command(payload.getView());
            String requestId = "view:" + payload.getView().getId();
            later(() -> {
                Reply reply = conversation.handle(new InboundMessage(
                        sender(user, null, identities).withEmail(identities.email(user)),
                        new ConversationAddress(Platform.SLACK, user, null, true),
                        text,
                        null,
                        null,
                        requestId));
                context.client()
                        .chatPostMessage(r ->
                                r.channel(user).text(BlockKit.fallback(reply)).blocks(BlockKit.blocks(reply)));
            });
            return context.ack();
        });

        app.blockAction(Pattern.compile(BlockKit.CHOICE_ACTION + "\\d+"), (request, context) -> {
            var payload = request.getPayload();
            String value = payload.getActions().getFirst().getValue();
            String user = payload.getUser().getId();
            String channel = payload.getChannel() != null ? payload.getChannel().getId() : user;
            later(() -> {
                Reply reply = conversation.handle(new InboundMessage(
                        sender(user, null, identities).withEmail(identities.email(user)),
                        new ConversationAddress(Platform.SLACK, channel, null, channel.startsWith("D")),
                        value,
                        value,
                        null,
                        null));
                context.respond(r -> r.responseType("ephemeral")
                        .replaceOriginal(false)
                        .text(BlockKit.fallback(reply))
                        .blocks(BlockKit.blocks(reply)));
            });
            return context.ack();
        });
        return app;
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
            Reply reply = conversation.handle(new InboundMessage(
                    sender(user, null, identities).withEmail(identities.email(user)),
                    new ConversationAddress(Platform.SLACK, channel, threadTs, direct),
                    text,
                    null,
                    null,
                    eventId));
            var response = client.chatPostMessage(r -> r.channel(channel)
                    .threadTs(threadTs)
                    .text(BlockKit.fallback(reply))
                    .blocks(BlockKit.blocks(reply)));
            if (!response.isOk()) {
                log.warn("Slack did not take the answer: {}", response.getError());
            }
        });
    }

    private static Sender sender(String userId, String name, SlackIdentities identities) {
        return new Sender(Platform.SLACK, userId, null, name);
    }
}
