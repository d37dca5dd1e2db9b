package se.samverkansbot.adapter.teams;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.MessagingExtensionAction;
import com.microsoft.bot.schema.teams.MessagingExtensionActionResponse;
import com.microsoft.bot.schema.teams.TaskModuleContinueResponse;
import com.microsoft.bot.schema.teams.TaskModuleMessageResponse;
import com.microsoft.bot.schema.teams.TaskModuleTaskInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.agenda.ItemForm;
import se.samverkansbot.chat.ActionCodec;
import se.samverkansbot.chat.ConversationAddress;
import se.samverkansbot.chat.ConversationReferences;
import se.samverkansbot.chat.Form;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.Sender;
import se.samverkansbot.chat.UserAction;
import se.samverkansbot.conversation.Askers;
import se.samverkansbot.conversation.Conversation;
import se.samverkansbot.core.Core;
import se.samverkansbot.followup.FollowUp;
import se.samverkansbot.followup.FollowUpRecommendations;
import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.minutes.MinutesRefused;
import se.samverkansbot.minutes.RecordMinutes;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.register.Structure;
import se.samverkansbot.time.SwedishTime;

/**
 * The bot's Teams side, on a par with Slack: personal, group-chat and channel messages that mention it (mention
 * stripped) as what was said; card buttons as their commands; the agenda form as an Adaptive Card, opened by
 * "ärende" or by the "Lägg på dagordningen" message action, whose submission goes to the core as a typed draft; the
 * welcome and "översikt" as the person's overview card. People are known by their AAD object id or the roster's
 * email. Every activity's conversation reference is kept for reminders. Nothing acknowledged is lost: a message is
 * stored in the durable inbox ({@link TeamsInbox}) before the Bot Connector gets its answer and answered from the
 * stored record after it; a resend of a message already answered is not answered again.
 */
final class TeamsBot extends TeamsActivityHandler {
    private static final Logger log = LoggerFactory.getLogger(TeamsBot.class);
    /** The adapter's own commands: open the form, show the overview. Never sent to the core as text. */
    private static final Pattern OPEN_FORM =
            Pattern.compile("(?i)^(ärende|arende|nytt ärende|nytt arende|item|new item|agenda item)$");

    /** "anteckna MÖTE", "närvaro MÖTE", "svara UPPFÖLJNING": the cards after the meeting. */
    private static final Pattern OPEN_MINUTES_FORM =
            Pattern.compile("(?i)^(anteckna|record|närvaro|narvaro|attendance|svara|answer)\\s+(\\S+)$");

    private static final Pattern OVERVIEW = Pattern.compile("(?i)^(översikt|oversikt|hem|home|overview|start)$");
    /** The message action in the app manifest. */
    static final String MESSAGE_ACTION = "add_to_agenda";

    private final Conversation conversation;
    private final Askers askers;
    private final ItemForm itemForm;
    private final RecordMinutes minutes;
    private final FollowUpRecommendations followUps;
    private final ConversationReferences references;
    private final TeamsInbox inbox;
    private final TeamsIdentities identities;
    private final Clock clock;

    TeamsBot(Core core, ConversationReferences references, TeamsInbox inbox, TeamsIdentities identities, Clock clock) {
        this.conversation = core.conversation();
        this.askers = core.askers();
        this.itemForm = core.itemForm();
        this.minutes = core.recordMinutes();
        this.followUps = core.followUps();
        this.references = references;
        this.inbox = inbox;
        this.identities = identities;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        if (ActivityTypes.MESSAGE.equals(activity.getType())
                || ActivityTypes.CONVERSATION_UPDATE.equals(activity.getType())
                || ActivityTypes.INSTALLATION_UPDATE.equals(activity.getType())) {
            remember(activity);
        }
        return super.onTurn(turnContext);
    }

    /**
     * A message, a card button or a card form: what the person did, typed, is stored in the inbox before the Bot
     * Connector gets its answer and answered after it ({@link #answer}). Only what has no effect and nothing to lose
     * is answered at once, before the ack: a form with fields to correct (the card again) and a button the bot never
     * gave.
     */
    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        Object value = activity.getValue();
        Optional<String> minutesForm = MinutesCards.formOf(value);
        if (minutesForm.isPresent()) {
            String form = minutesForm.get();
            Map<String, String> fields = AgendaCard.fields(value);
            // Whether a field must be corrected does not depend on the language; only its wording does.
            if (!minutesProblems(form, fields, Language.SWEDISH).isEmpty()) {
                Sender sender = sender(turnContext, activity);
                String id = fields.get(
                        MinutesCards.ANSWER_FORM.equals(form) ? MinutesCards.FOLLOW_UP : MinutesCards.MEETING);
                return send(
                        turnContext,
                        minutesCard(sender, form, id, fields, minutesProblems(form, fields, languageOf(sender))));
            }
            return receive(turnContext, new UserAction.Submitted(minutesForm(form, fields)), null);
        }
        if (AgendaCard.isSubmission(value)) {
            Map<String, String> fields = AgendaCard.fields(value);
            if (!AgendaCard.problems(fields, Language.SWEDISH).isEmpty()) {
                return send(turnContext, formCard(sender(turnContext, activity), fields, true));
            }
            return receive(turnContext, new UserAction.Submitted(AgendaCard.draft(fields)), null);
        }
        Optional<String> button = button(value);
        if (button.isPresent()) {
            Optional<ActionCodec.Decoded> pressed = ActionCodec.decode(button.get());
            if (pressed.isEmpty()) {
                return send(turnContext, AdaptiveCards.message(unknownButton()));
            }
            return receive(
                    turnContext,
                    new UserAction.Pressed(pressed.get().command()),
                    pressed.get().language() == Language.ENGLISH ? "en" : "sv");
        }
        String text = Optional.ofNullable(Activity.removeRecipientMentionImmutable(activity))
                .orElse("")
                .strip();
        UserAction action = OVERVIEW.matcher(text).matches() ? new UserAction.OpenedHome() : new UserAction.Said(text);
        return receive(turnContext, action, activity.getLocale());
    }

    /** Answers the stored messages whose workers died (their lease passed). */
    int recover() {
        return inbox.recover(this::answer);
    }

    /** Stores what the person did, as the core will be told it, before the ack; the answer comes after it. */
    private CompletableFuture<Void> receive(TurnContext turnContext, UserAction action, String languageHint) {
        Activity activity = turnContext.getActivity();
        ChannelAccount from = activity.getFrom();
        // The email is asked of the roster when the message is answered, never before the ack.
        Sender sender = new Sender(Platform.TEAMS, userId(activity), null, from == null ? null : from.getName());
        return inbox.receive(
                turnContext,
                new InboundMessage(sender, address(activity), action, languageHint, requestId(activity)),
                this::answer);
    }

    /**
     * The answer to a stored message, in a turn of its conversation: the card a command opens, the overview, or the
     * core's answer (which records a form or an item once per request id, however often it is answered).
     */
    private CompletableFuture<Void> answer(TurnContext turnContext, InboundMessage stored) {
        Sender sender = stored.sender()
                .withEmail(
                        identities.email(turnContext, turnContext.getActivity().getFrom()));
        InboundMessage message = new InboundMessage(
                sender, stored.address(), stored.action(), stored.languageHint(), stored.requestId());
        if (message.action() instanceof UserAction.OpenedHome) {
            return send(turnContext, AdaptiveCards.overview(conversation.overview(message)));
        }
        String text = message.text();
        if (OPEN_FORM.matcher(text).matches()) {
            return send(turnContext, formCard(sender, Map.of(), false));
        }
        var opened = OPEN_MINUTES_FORM.matcher(text);
        if (opened.matches()) {
            String form = switch (opened.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "anteckna", "record" -> MinutesCards.ITEM_FORM;
                case "svara", "answer" -> MinutesCards.ANSWER_FORM;
                default -> MinutesCards.ATTENDANCE_FORM;
            };
            return send(turnContext, minutesCard(sender, form, opened.group(2), Map.of(), List.of()));
        }
        return send(turnContext, AdaptiveCards.message(conversation.handle(message)));
    }

    /**
     * Teams' own handler looks every added member up in the roster before anything else, and one failed look-up
     * (a member who left again, a slow service) fails the whole update. Only the bot's own arrival matters here,
     * and the activity already says who was added.
     */
    @Override
    protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turnContext) {
        List<ChannelAccount> added = turnContext.getActivity().getMembersAdded();
        if (added != null && !added.isEmpty()) {
            return onMembersAdded(added, turnContext);
        }
        return super.onConversationUpdateActivity(turnContext);
    }

    @Override
    protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> membersAdded, TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        boolean botAdded = membersAdded.stream()
                .anyMatch(m -> activity.getRecipient() != null
                        && m.getId().equals(activity.getRecipient().getId()));
        if (!botAdded) {
            return CompletableFuture.completedFuture(null);
        }
        // The welcome is the overview: for someone the register knows, their forums, meetings and items.
        return send(turnContext, overview(new Sender(Platform.TEAMS, userId(activity), null, null), activity));
    }

    /** The "Lägg på dagordningen" message action: the form in a dialog, filled from the message. */
    @Override
    protected CompletableFuture<MessagingExtensionActionResponse> onTeamsMessagingExtensionFetchTask(
            TurnContext turnContext, MessagingExtensionAction action) {
        Sender sender = sender(turnContext, turnContext.getActivity());
        String message =
                action.getMessagePayload() == null || action.getMessagePayload().getBody() == null
                        ? ""
                        : TeamsText.plain(action.getMessagePayload().getBody().getContent());
        String firstLine = message.strip().lines().findFirst().orElse("");
        Map<String, String> filledIn = Map.of(
                "title", limit(firstLine, se.samverkansbot.agenda.ItemLimits.TITLE),
                "description", limit(message.strip(), se.samverkansbot.agenda.ItemLimits.DESCRIPTION));
        return CompletableFuture.completedFuture(dialog(sender, filledIn, List.of()));
    }

    /**
     * The dialog's submission: the item, or the form again with what to correct. This stays synchronous, unlike a
     * message: Teams shows what the invoke's HTTP answer carries (the receipt, or the dialog again), and it is
     * within that answer or nowhere. Nothing is lost by it: until Teams has the answer it has no ack either, and a
     * resend of the same invoke makes no second item, because the item is keyed by the request id, which the
     * resend carries again.
     */
    @Override
    protected CompletableFuture<MessagingExtensionActionResponse> onTeamsMessagingExtensionSubmitAction(
            TurnContext turnContext, MessagingExtensionAction action) {
        Activity activity = turnContext.getActivity();
        Sender sender = sender(turnContext, activity);
        Map<String, String> fields = AgendaCard.fields(action.getData());
        Language language = languageOf(sender);
        List<String> problems = AgendaCard.problems(fields, language);
        if (!problems.isEmpty()) {
            return CompletableFuture.completedFuture(dialog(sender, fields, problems));
        }
        Reply receipt = conversation.handle(new InboundMessage(
                sender,
                address(activity),
                new UserAction.Submitted(AgendaCard.draft(fields)),
                null,
                requestId(activity)));
        MessagingExtensionActionResponse response = new MessagingExtensionActionResponse();
        TaskModuleMessageResponse message = new TaskModuleMessageResponse();
        message.setValue(receipt.text());
        response.setTask(message);
        return CompletableFuture.completedFuture(response);
    }

    /** A minutes, attendance or follow-up card's field problems, in the given language. */
    private static List<String> minutesProblems(String form, Map<String, String> fields, Language language) {
        return switch (form) {
            case MinutesCards.ITEM_FORM -> MinutesCards.itemProblems(fields, language);
            case MinutesCards.ATTENDANCE_FORM -> MinutesCards.attendanceProblems(fields, language);
            default -> MinutesCards.answerProblems(fields, language);
        };
    }

    /** A minutes, attendance or follow-up card's fields as the core's typed form (when they have no problems). */
    private static Form minutesForm(String form, Map<String, String> fields) {
        return switch (form) {
            case MinutesCards.ITEM_FORM -> MinutesCards.item(fields);
            case MinutesCards.ATTENDANCE_FORM -> MinutesCards.attendance(fields);
            default -> MinutesCards.answer(fields);
        };
    }

    /**
     * The platform's id for an activity, the same in the Bot Connector's resends: the activity id, which Teams makes
     * unique only within a conversation (a message's id is its time in milliseconds), so with the conversation.
     */
    private static String requestId(Activity activity) {
        String conversationId = activity.getConversation() == null
                ? null
                : activity.getConversation().getId();
        String id = activity.getId() != null
                ? activity.getId()
                : java.util.UUID.randomUUID().toString();
        return "teams:" + conversationId + "|" + id;
    }

    /** The card for one meeting or follow-up; for someone who may not fill it in, why not, in their language. */
    private Activity minutesCard(
            Sender sender, String form, String id, Map<String, String> filledIn, List<String> problems) {
        Optional<RegisteredPerson> person = askers.of(sender);
        Language language = languageOf(sender);
        if (person.isEmpty()) {
            return AdaptiveCards.message(Reply.plain(AgendaCard.TEXTS.text(language, "form.unknown-person"), language));
        }
        if (id == null || id.isBlank()) {
            return AdaptiveCards.message(Reply.plain(AgendaCard.TEXTS.text(language, "error.meeting"), language));
        }
        Map<String, Object> card;
        String title;
        if (MinutesCards.ANSWER_FORM.equals(form)) {
            Optional<FollowUp> followUp = followUps
                    .ofStructure(person.get().structure().id())
                    .stream()
                    .filter(f -> f.id().equals(id))
                    .findFirst();
            if (followUp.isEmpty()) {
                return AdaptiveCards.message(Reply.plain(AgendaCard.TEXTS.text(language, "answer.no-such"), language));
            }
            FollowUp f = followUp.get();
            String about = followUps.principalName(f) + " – " + f.title() + ": " + f.recommendation();
            card = MinutesCards.answerCard(id, about, language, filledIn, problems);
            title = AgendaCard.TEXTS.text(language, "answer.title");
        } else {
            Minutes draft;
            try {
                draft = minutes.open(id, person.get().id());
            } catch (MinutesRefused refused) {
                return AdaptiveCards.message(Reply.plain(refused.say(language), language));
            }
            Structure structure = person.get().structure();
            boolean item = MinutesCards.ITEM_FORM.equals(form);
            card = item
                    ? MinutesCards.itemCard(draft, structure.forums(), language, filledIn, problems)
                    : MinutesCards.attendanceCard(draft, structure, language, filledIn, problems);
            title = AgendaCard.TEXTS.text(language, item ? "minutes.item-title" : "minutes.attendance-title");
        }
        return AdaptiveCards.activity(card, title, language);
    }

    private MessagingExtensionActionResponse dialog(
            Sender sender, Map<String, String> filledIn, List<String> problems) {
        Language language = languageOf(sender);
        TaskModuleTaskInfo info = new TaskModuleTaskInfo();
        info.setTitle(AgendaCard.TEXTS.text(language, "form.title"));
        info.setCard(AdaptiveCards.attachment(cardFor(sender, filledIn, problems)));
        info.setHeight("large");
        info.setWidth("medium");
        TaskModuleContinueResponse next = new TaskModuleContinueResponse();
        next.setValue(info);
        MessagingExtensionActionResponse response = new MessagingExtensionActionResponse();
        response.setTask(next);
        return response;
    }

    /** The form as a card in chat; {@code again}: after a refused submission, with what to correct. */
    private Activity formCard(Sender sender, Map<String, String> filledIn, boolean again) {
        Language language = languageOf(sender);
        List<String> problems = again ? AgendaCard.problems(filledIn, language) : List.of();
        return AdaptiveCards.activity(
                cardFor(sender, filledIn, problems), AgendaCard.TEXTS.text(language, "form.title"), language);
    }

    /** The form for a member; for anyone else the reason they cannot submit. */
    private Map<String, Object> cardFor(Sender sender, Map<String, String> filledIn, List<String> problems) {
        Optional<RegisteredPerson> person = askers.of(sender);
        Language language = languageOf(sender);
        List<ItemForm.ForumOption> forums =
                person.map(p -> itemForm.forums(p, SwedishTime.today(clock))).orElse(List.of());
        if (forums.isEmpty()) {
            return AdaptiveCards.card(Reply.plain(
                    AgendaCard.TEXTS.text(language, person.isEmpty() ? "form.unknown-person" : "form.no-forums"),
                    language));
        }
        return AgendaCard.card(forums, language, filledIn, problems);
    }

    private Activity overview(Sender sender, Activity activity) {
        return AdaptiveCards.overview(conversation.overview(new InboundMessage(
                sender, address(activity), new UserAction.OpenedHome(), activity.getLocale(), null)));
    }

    private Language languageOf(Sender sender) {
        return askers.of(sender).map(RegisteredPerson::language).orElse(Language.SWEDISH);
    }

    /** A button the bot offered carries its command under the ACTION_KEY; anything else is no button of ours. */
    @SuppressWarnings("unchecked")
    private static Optional<String> button(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        Map<String, Object> map =
                value instanceof Map<?, ?> m ? (Map<String, Object>) m : Serialization.getAs(value, Map.class);
        return map != null && map.get(AdaptiveCards.ACTION_KEY) instanceof String carried
                ? Optional.of(carried)
                : Optional.empty();
    }

    private static Reply unknownButton() {
        return Reply.plain(
                "Den knappen känner jag inte igen längre; skriv gärna vad du vill göra. / "
                        + "I no longer recognise that button; please write what you want to do.",
                Language.SWEDISH);
    }

    private static CompletableFuture<Void> send(TurnContext turnContext, Activity reply) {
        return turnContext.sendActivity(reply).thenApply(sent -> null);
    }

    private void remember(Activity activity) {
        try {
            ConversationReference reference = activity.getConversationReference();
            boolean personal = activity.getConversation() != null
                    && "personal".equals(activity.getConversation().getConversationType());
            String user = activity.getFrom() != null ? activity.getFrom().getAadObjectId() : null;
            references.save(new ConversationReferences.Stored(
                    Platform.TEAMS,
                    activity.getConversation().getId(),
                    user,
                    personal,
                    Serialization.toString(reference)));
        } catch (Exception e) {
            log.warn("Could not keep a Teams conversation reference: {}", e.toString());
        }
    }

    /** The writer, with the email or UPN the roster gives (asked once), so the register can match either. */
    private Sender sender(TurnContext turnContext, Activity activity) {
        ChannelAccount from = activity.getFrom();
        return new Sender(Platform.TEAMS, userId(activity), null, from == null ? null : from.getName())
                .withEmail(identities.email(turnContext, from));
    }

    private static String userId(Activity activity) {
        ChannelAccount from = activity.getFrom();
        return from == null ? null : from.getAadObjectId() != null ? from.getAadObjectId() : from.getId();
    }

    private static ConversationAddress address(Activity activity) {
        boolean personal = activity.getConversation() != null
                && "personal".equals(activity.getConversation().getConversationType());
        return new ConversationAddress(
                Platform.TEAMS,
                activity.getConversation() == null
                        ? null
                        : activity.getConversation().getId(),
                activity.getReplyToId(),
                personal);
    }

    private static String limit(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }
}
