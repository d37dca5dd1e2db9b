package se.samverkansbot.adapter.teams;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;

/**
 * The SDK's adapter with our credentials for calls to the Bot Connector: the app's own (multi- or single-tenant)
 * in production, or whatever credentials the application supplies (tests use a fixed token, offline).
 */
final class TeamsAdapter extends BotFrameworkAdapter {
    /**
     * The SDK refuses to continue a conversation without an app id, even with authentication off (the Emulator);
     * our credentials do not depend on it, so any name does there.
     */
    private static final String NO_APP_ID = "local";

    private final AppCredentials credentials;
    private final String appId;

    TeamsAdapter(
            CredentialProvider inbound,
            AuthenticationConfiguration configuration,
            AppCredentials outbound,
            String appId) {
        super(inbound, configuration, null, null, null);
        this.credentials = outbound;
        this.appId = appId == null || appId.isBlank() ? NO_APP_ID : appId;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        return CompletableFuture.completedFuture(credentials);
    }

    /** A turn in a conversation the bot has a reference for: a reminder, or the answer to a stored request. */
    CompletableFuture<Void> continueConversation(ConversationReference reference, BotCallbackHandler callback) {
        return continueConversation(appId, reference, callback);
    }

    /** A conversation reference as it is kept (the SDK's JSON). */
    static ConversationReference reference(String json) throws IOException {
        return Serialization.getAs(Serialization.jsonToTree(json), ConversationReference.class);
    }
}
