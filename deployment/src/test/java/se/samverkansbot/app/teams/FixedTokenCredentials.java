package se.samverkansbot.app.teams;

import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Outbound credentials with a fixed token, so the bot can reply to the local connector without Azure. */
@Configuration(proxyBeanMethods = false)
class FixedTokenCredentials {

    @Bean
    AppCredentials teamsOutboundCredentials() {
        AppCredentials credentials = new AppCredentials(null) {
            @Override
            public CompletableFuture<String> getToken() {
                return CompletableFuture.completedFuture("local-test-token");
            }

            @Override
            protected Authenticator buildAuthenticator() {
                return null;
            }
        };
        credentials.setAppId(TeamsIntegrationTest.APP_ID);
        return credentials;
    }
}
