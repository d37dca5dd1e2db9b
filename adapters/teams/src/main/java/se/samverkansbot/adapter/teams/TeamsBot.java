package se.samverkansbot.adapter.teams;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.answering.Conversation;
import se.samverkansbot.conversation.ConversationAddress;
import se.samverkansbot.conversation.ConversationReferences;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.Platform;
import se.samverkansbot.conversation.Reply;
import se.samverkansbot.conversation.SeenRequests;
import se.samverkansbot.conversation.Sender;

/**
 * The bot's Teams side: personal chat, group chat and channel messages that mention it (mention stripped), card
 * buttons (Action.Submit), all through the neutral {@link Conversation}. People are known by their AAD object id
 * or, failing that, by the email the roster gives. Every activity's conversation reference is kept, so
 * reminders can find their way back. A repeated activity id is answered once.
 */
final class TeamsBot extends ActivityHandler {
    private static final Logger log = LoggerFactory.getLogger(TeamsBot.class);

    private final Conversation conversation;
    private final ConversationReferences references;
    private final SeenRequests seen;
    private final TeamsIdentities identities;

    TeamsBot(
            Conversation conversation,
            ConversationReferences references,
            SeenRequests seen,
            TeamsIdentities identities) {
        this.conversation = conversation;
        this.references = references;
        this.seen = seen;
        this.identities = identities;
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

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        if (activity.getId() != null && !seen.firstTime(Platform.TEAMS, activity.getId())) {
            return CompletableFuture.completedFuture(null);
        }
        String action = submitted(activity.getValue());
        String text = action != null ? action : Activity.removeRecipientMentionImmutable(activity);
        Sender sender = sender(activity).withEmail(identities.email(turnContext, activity.getFrom()));
        Reply reply = conversation.handle(new InboundMessage(
                sender,
                address(activity),
                text == null ? "" : text.strip(),
                action,
                activity.getLocale(),
                activity.getId()));
        return turnContext.sendActivity(AdaptiveCards.message(reply)).thenApply(sent -> null);
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
        Reply hello = conversation.handle(
                new InboundMessage(sender(activity), address(activity), "hjälp", null, activity.getLocale(), null));
        return turnContext.sendActivity(AdaptiveCards.message(hello)).thenApply(sent -> null);
    }

    /** The value of an Action.Submit button: the message it carries. */
    @SuppressWarnings("unchecked")
    private static String submitted(Object value) {
        if (value instanceof Map<?, ?> map && map.get(AdaptiveCards.ACTION_KEY) instanceof String carried) {
            return carried;
        }
        if (value != null && !(value instanceof Map)) {
            Map<String, Object> converted = Serialization.getAs(value, Map.class);
            return converted != null && converted.get(AdaptiveCards.ACTION_KEY) instanceof String carried
                    ? carried
                    : null;
        }
        return null;
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

    private static Sender sender(Activity activity) {
        ChannelAccount from = activity.getFrom();
        String id = from == null ? null : from.getAadObjectId() != null ? from.getAadObjectId() : from.getId();
        return new Sender(Platform.TEAMS, id, null, from == null ? null : from.getName());
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
}
