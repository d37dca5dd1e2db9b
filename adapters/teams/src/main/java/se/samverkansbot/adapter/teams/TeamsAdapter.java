package se.samverkansbot.adapter.teams;

import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.CredentialProvider;

/**
 * The SDK's adapter with our credentials for calls to the Bot Connector: the app's own (multi- or single-tenant)
 * in production, or whatever credentials the application supplies (tests use a fixed token, offline).
 */
final class TeamsAdapter extends BotFrameworkAdapter {
    private final AppCredentials credentials;

    TeamsAdapter(CredentialProvider inbound, AuthenticationConfiguration configuration, AppCredentials outbound) {
        super(inbound, configuration, null, null, null);
        this.credentials = outbound;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        return CompletableFuture.completedFuture(credentials);
    }
}
