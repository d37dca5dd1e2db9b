package se.samverkansbot.app.signin;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code samverkan.sign-in.*}: how a person signs in to the pages and APIs that act for them.
 *
 * @param oidc  OpenID Connect: Microsoft Entra ID or any issuer, by its issuer URL
 * @param local picking a person from the register, for trying the app on your own machine only
 */
@ConfigurationProperties("samverkan.sign-in")
public record SignInProperties(
        @DefaultValue Oidc oidc, @DefaultValue Local local) {

    /**
     * @param issuerUri    e.g. {@code https://login.microsoftonline.com/<tenant id>/v2.0}; blank: no OIDC sign-in
     * @param clientId     the app registration's client id
     * @param clientSecret its client secret
     * @param scopes       asked for; {@code openid} is needed, {@code profile} and {@code email} give the claims the
     *                     register is searched by
     */
    public record Oidc(
            String issuerUri,
            String clientId,
            String clientSecret,
            @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {
        public boolean configured() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }

    /**
     * @param enabled      sign in by picking a person from the register, with no password: anyone who reaches the
     *                     app can be anyone. Refused at start unless the app listens on loopback only
     *                     ({@code server.address=127.0.0.1}) or {@code onAnyAddress} is set.
     * @param onAnyAddress allow the local sign-in on any address (a closed test network); logs a loud warning
     */
    public record Local(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("false") boolean onAnyAddress) {}
}
