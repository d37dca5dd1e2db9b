package se.samverkansbot.adapter.slack;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
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
import se.samverkansbot.chat.DurableInbox;
import se.samverkansbot.chat.Form;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.Sender;
import se.samverkansbot.chat.UnknownOutcome;
import se.samverkansbot.chat.UserAction;
import se.samverkansbot.conversation.Conversation;
import se.samverkansbot.core.Core;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.wording.Wording;

/**
 * The bot's Slack side, through the platform-neutral {@link Conversation}: messages as what was said, buttons as
 * their commands, the agenda form as its typed draft, the Home tab as the person's overview. Nothing acknowledged is
 * lost: every request is stored in the {@link DurableInbox} (keyed by Slack's id for it) before it is acknowledged,
 * answered from the stored record after the ack, and marked done once answered; a request whose worker died is
 * taken over by any instance after its lease ({@link #recover}), or when Slack sends it again. A retried request
 * that was done is not answered twice. When the request cannot even be stored (the database is away), the person
 * is told at once that nothing was saved.
 */
final class SlackBot {
    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
    /** The metadata event type of the bot's answers to requests, carrying the request key. */
    static final String ANSWER_METADATA = "samverkan_answer";

    private static final Pattern MENTION = Pattern.compile("<@[UW][A-Z0-9]+(\\|[^>]*)?>");
    /** "/samverkan ärende" opens the form: the adapter's own command, never sent to the core as text. */
    private static final Pattern OPEN_FORM =
            Pattern.compile("(?i)^(ärende|arende|nytt ärende|nytt arende|item|new item|agenda item)$");
    /** "/samverkan anteckna MÖTE", "närvaro MÖTE", "svara UPPFÖLJNING": the minutes and follow-up forms. */
    private static final Pattern OPEN_MINUTES_FORM =
            Pattern.compile("(?i)^(anteckna|record|närvaro|narvaro|attendance|svara|answer)\\s+(\\S+)$");

    static final String SHORTCUT = "add_to_agenda";

    /** How the answer goes back, kept with the request: a response URL, a message to a channel, or the Home tab. */
    static final String ROUTE = "route";

    static final String RESPOND = "respond";
    static final String POST = "post";
    static final String HOME = "home";

    private final Conversation conversation;
    private final DurableInbox inbox;
    private final ExecutorService work;
    private final AgendaForm form;
    private final MinutesForms minutesForms;
    private final String command;
    private final AppConfig config;
    private final SlackIdentities identities;
    private final ResponseUrl responseUrl;

    SlackBot(
            Conversation conversation,
            DurableInbox inbox,
            ExecutorService work,
            AgendaForm form,
            MinutesForms minutesForms,
            String command,
            AppConfig config,
            SlackIdentities identities) {
        this.conversation = conversation;
        this.inbox = inbox;
        this.work = work;
        this.form = form;
        this.minutesForms = minutesForms;
        this.command = command;
        this.config = config;
        this.identities = identities;
        this.responseUrl = new ResponseUrl(config.getSlack());
    }

    /** The bot; {@link #app()} is what the servlet or Socket Mode runs, and what tests drive in-process. */
    static SlackBot create(
            AppConfig config,
            Core core,
            DurableInbox inbox,
            ExecutorService work,
            SlackIdentities identities,
            String command,
            java.time.Clock clock) {
        AgendaForm form = new AgendaForm(core.itemForm(), core.askers(), clock);
        MinutesForms minutesForms = new MinutesForms(core.recordMinutes(), core.followUps());
        return new SlackBot(core.conversation(), inbox, work, form, minutesForms, command, config, identities);
    }

    /** Bolt's app with the bot's handlers. */
    App app() {
        return install(new App(config));
    }

    /** Answers the requests whose workers died (their lease passed), from their stored records. */
    int recover() {
        return inbox.recover(this::answer, this::tellGivenUp);
    }

    private interface Work {
        void run() throws Exception;
    }

    /** After the ack, with failures logged (never the request body or tokens). */
    private void later(Work task) {
        AfterAck.start(work, () -> {
            try {
                task.run();
            } catch (Exception e) {
                log.warn("Answering a Slack request failed: {}", e.toString());
            }
        });
    }

    /**
     * Before the ack: the request is stored, and answered after the ack. A retry of one that is done or being
     * answered is only acknowledged. When it was not stored, the person hears that nothing was saved; when it may
     * have been and could not be looked up, that it is not known (if it was, it is answered after the lease).
     */
    private void receive(InboundMessage message, Map<String, String> replyTo) {
        Optional<InboundRequest> claimed;
        try {
            claimed = inbox.accept(message, replyTo);
        } catch (UnknownOutcome.StillUnknown e) {
            log.warn("A Slack request may have been stored and could not be looked up: {}", e.toString());
            later(() -> deliver(replyTo, outcomeUnknown()));
            return;
        } catch (RuntimeException e) {
            log.warn("A Slack request could not be stored, nothing was done: {}", e.toString());
            later(() -> deliver(replyTo, nothingSaved()));
            return;
        }
        claimed.ifPresent(request -> later(() -> inbox.process(request, this::answer, this::tellGivenUp)));
    }

    App install(App app) {
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
            receive(
                    new InboundMessage(
                            sender(payload.getUserId(), payload.getUserName()),
                            new ConversationAddress(Platform.SLACK, payload.getChannelId(), null, direct),
                            action,
                            null,
                            "command:" + payload.getTriggerId()),
                    respond(payload.getResponseUrl()));
            return context.ack();
        });

        app.event(AppMentionEvent.class, (payload, context) -> {
            AppMentionEvent event = payload.getEvent();
            String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            receive(
                    new InboundMessage(
                            sender(event.getUser(), null),
                            new ConversationAddress(Platform.SLACK, event.getChannel(), threadTs, false),
                            new UserAction.Said(
                                    SlackText.plain(MENTION.matcher(event.getText() == null ? "" : event.getText())
                                                    .replaceAll(" "))
                                            .strip()),
                            null,
                            payload.getEventId()),
                    post(event.getChannel(), threadTs));
            return context.ack();
        });

        app.event(MessageEvent.class, (payload, context) -> {
            MessageEvent event = payload.getEvent();
            boolean fromPerson = event.getSubtype() == null && event.getBotId() == null && event.getUser() != null;
            if ("im".equals(event.getChannelType()) && fromPerson) {
                receive(
                        new InboundMessage(
                                sender(event.getUser(), null),
                                new ConversationAddress(Platform.SLACK, event.getChannel(), null, true),
                                new UserAction.Said(SlackText.plain(event.getText())),
                                null,
                                payload.getEventId()),
                        post(event.getChannel(), null));
            }
            return context.ack();
        });

        app.event(AppHomeOpenedEvent.class, (payload, context) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab())) {
                receive(
                        new InboundMessage(
                                sender(event.getUser(), null),
                                new ConversationAddress(Platform.SLACK, event.getUser(), null, true),
                                new UserAction.OpenedHome(),
                                null,
                                payload.getEventId()),
                        Map.of(ROUTE, HOME, "user", event.getUser()));
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
            Optional<RegisteredPerson> person = form.knownPerson(user, identities);
            Language language = person.map(RegisteredPerson::language).orElse(Language.SWEDISH);
            Map<String, String> errors = form.errors(payload.getView(), person, language);
            if (!errors.isEmpty()) {
                return context.ackWithErrors(errors);
            }
            receive(
                    new InboundMessage(
                            sender(user, null),
                            new ConversationAddress(Platform.SLACK, user, null, true),
                            new UserAction.Submitted(form.draft(payload.getView())),
                            null,
                            "view:" + payload.getView().getId()),
                    post(user, null));
            return context.ack();
        });

        app.viewSubmission(
                MinutesForms.ITEM_CALLBACK,
                (request, context) ->
                        submitted(request.getPayload(), context, minutesForms::itemErrors, minutesForms::item));
        app.viewSubmission(
                MinutesForms.ATTENDANCE_CALLBACK,
                (request, context) -> submitted(
                        request.getPayload(), context, minutesForms::attendanceErrors, minutesForms::attendance));
        app.viewSubmission(
                MinutesForms.ANSWER_CALLBACK,
                (request, context) ->
                        submitted(request.getPayload(), context, minutesForms::answerErrors, minutesForms::answer));

        app.blockAction(Pattern.compile(BlockKit.CHOICE_ACTION + "\\d+"), (request, context) -> {
            var payload = request.getPayload();
            var pressedAction = payload.getActions().getFirst();
            String user = payload.getUser().getId();
            String channel = payload.getChannel() != null ? payload.getChannel().getId() : user;
            Map<String, String> replyTo = respond(payload.getResponseUrl());
            var decoded = ActionCodec.decode(pressedAction.getValue());
            if (decoded.isEmpty()) {
                // A value the bot never gave: nothing to store or do, only to say so.
                later(() -> deliver(replyTo, unknownButton()));
                return context.ack();
            }
            receive(
                    new InboundMessage(
                            sender(user, null),
                            new ConversationAddress(Platform.SLACK, channel, null, channel.startsWith("D")),
                            new UserAction.Pressed(decoded.get().command()),
                            decoded.get().language() == Language.ENGLISH ? "en" : "sv",
                            "action:" + user + ":" + pressedAction.getActionTs()),
                    replyTo);
            return context.ack();
        });
        return app;
    }

    /**
     * A minutes or follow-up modal: field problems go back into the modal in the person's language (known without
     * asking Slack, within its three seconds); otherwise the typed form is stored in the inbox like every request,
     * keyed by the view id so a retried submission records nothing twice, and the answer comes as a direct message.
     */
    private Response submitted(
            ViewSubmissionPayload payload,
            ViewSubmissionContext context,
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
        receive(
                new InboundMessage(
                        sender(user, null),
                        new ConversationAddress(Platform.SLACK, user, null, true),
                        new UserAction.Submitted(formOf.apply(payload.getView())),
                        null,
                        "view:" + payload.getView().getId()),
                post(user, null));
        return context.ack();
    }

    /** The work for one stored request: the core's answer, sent the way the request came. */
    private void answer(InboundRequest request) throws IOException, com.slack.api.methods.SlackApiException {
        InboundMessage stored = request.message();
        // The email is asked of Slack here, after the ack, never before it.
        InboundMessage message = new InboundMessage(
                sender(stored.sender().userId(), stored.sender().displayName())
                        .withEmail(identities.email(stored.sender().userId())),
                stored.address(),
                stored.action(),
                stored.languageHint(),
                stored.requestId());
        if (message.action() instanceof UserAction.OpenedHome) {
            var overview = conversation.overview(message);
            client().viewsPublish(r -> r.userId(request.replyTo().get("user")).view(AppHome.view(overview)));
            return;
        }
        if (request.attempts() > 1 && answerPosted(request)) {
            // Its first worker answered and died before marking it done: the answer is there, the work was done.
            log.info("Request {} was answered before its worker died; not answered again", request.key());
            return;
        }
        deliver(request.replyTo(), conversation.handle(message), request.key());
    }

    /**
     * Whether an answer to this request is already in its conversation (found by the request key in the message
     * metadata, in the thread or the channel's recent history). Only posted answers can be found: an answer through a
     * response URL cannot, so a slash command taken over after its worker died may be answered twice.
     */
    private boolean answerPosted(InboundRequest request) {
        Map<String, String> replyTo = request.replyTo();
        if (!POST.equals(replyTo.get(ROUTE)) || replyTo.get("channel") == null) {
            return false;
        }
        try {
            String channel = replyTo.get("channel");
            String thread = replyTo.get("thread");
            List<com.slack.api.model.Message> messages = thread != null
                    ? client().conversationsReplies(r ->
                                    r.channel(channel).ts(thread).limit(200).includeAllMetadata(true))
                            .getMessages()
                    : client().conversationsHistory(
                                    r -> r.channel(channel).limit(100).includeAllMetadata(true))
                            .getMessages();
            return messages != null
                    && messages.stream()
                            .anyMatch(m -> m.getMetadata() != null
                                    && ANSWER_METADATA.equals(m.getMetadata().getEventType())
                                    && m.getMetadata().getEventPayload() != null
                                    && request.key()
                                            .equals(m.getMetadata()
                                                    .getEventPayload()
                                                    .get("key")));
        } catch (Exception e) {
            log.warn("Could not look for an earlier answer to request {}: {}", request.key(), e.toString());
            return false;
        }
    }

    /** Sends a reply the way the request came: to its response URL, or as a message to its channel and thread. */
    private void deliver(Map<String, String> replyTo, Reply reply)
            throws IOException, com.slack.api.methods.SlackApiException {
        deliver(replyTo, reply, null);
    }

    /** As above; a posted answer carries the request's key in its metadata, so a takeover can find it. */
    private void deliver(Map<String, String> replyTo, Reply reply, String requestKey)
            throws IOException, com.slack.api.methods.SlackApiException {
        switch (replyTo.getOrDefault(ROUTE, "")) {
            case RESPOND -> {
                if (!replyTo.containsKey("url")) {
                    log.info("A Slack request without a response URL; nothing is sent");
                    return;
                }
                int status = responseUrl.send(
                        replyTo.get("url"),
                        ActionResponse.builder()
                                .responseType("ephemeral")
                                .replaceOriginal(false)
                                .text(BlockKit.fallback(reply))
                                .blocks(BlockKit.blocks(reply))
                                .build());
                if (status >= 500) {
                    throw new IOException("Slack's response URL answered " + status);
                }
            }
            case POST -> {
                var response = client().chatPostMessage(r -> {
                    r.channel(replyTo.get("channel"))
                            .threadTs(replyTo.get("thread"))
                            .text(BlockKit.fallback(reply))
                            .blocks(BlockKit.blocks(reply));
                    if (requestKey != null) {
                        r.metadata(com.slack.api.model.Message.Metadata.builder()
                                .eventType(ANSWER_METADATA)
                                .eventPayload(Map.of("key", requestKey))
                                .build());
                    }
                    return r;
                });
                if (!response.isOk()) {
                    log.warn("Slack did not take the answer: {}", response.getError());
                }
            }
            default -> log.info("No way to answer this Slack request; nothing is sent");
        }
    }

    private void tellGivenUp(InboundRequest request) throws Exception {
        deliver(
                request.replyTo(),
                Reply.plain(Wording.toUnknownReader(Language.SWEDISH, "inbox.given-up"), Language.SWEDISH));
    }

    private MethodsClient client() {
        return config.getSlack().methods(config.getSingleTeamBotToken());
    }

    private static Map<String, String> respond(String responseUrl) {
        Map<String, String> route = new LinkedHashMap<>();
        route.put(ROUTE, RESPOND);
        if (responseUrl != null) {
            route.put("url", responseUrl);
        }
        return route;
    }

    private static Map<String, String> post(String channel, String threadTs) {
        Map<String, String> route = new LinkedHashMap<>();
        route.put(ROUTE, POST);
        route.put("channel", channel);
        if (threadTs != null) {
            route.put("thread", threadTs);
        }
        return route;
    }

    /** The database could not take the request: said at once, so the person knows to try again. */
    static Reply nothingSaved() {
        return Reply.plain(Wording.toUnknownReader(Language.SWEDISH, "inbox.nothing-saved"), Language.SWEDISH);
    }

    /**
     * The request may have been stored: said at once, pointing to «mina ärenden», since a new Slack message is a new
     * request and sending it again could make a second item.
     */
    static Reply outcomeUnknown() {
        return Reply.plain(Wording.toUnknownReader(Language.SWEDISH, "inbox.outcome-unknown"), Language.SWEDISH);
    }

    /** A button whose value the bot never gave (an old message, a forged payload): nothing is done. */
    private static Reply unknownButton() {
        return Reply.plain(
                "Den knappen känner jag inte igen längre; skriv gärna vad du vill göra. / "
                        + "I no longer recognise that button; please write what you want to do.",
                Language.SWEDISH);
    }

    /** The Slack user as stored; the email Slack tells is added when the request is answered. */
    private static Sender sender(String userId, String name) {
        return new Sender(Platform.SLACK, userId, null, name);
    }
}
