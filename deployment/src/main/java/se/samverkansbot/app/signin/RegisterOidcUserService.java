package se.samverkansbot.app.signin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the issuer's token is checked (signature, issuer, audience, expiry, nonce: Spring Security), the person is
 * looked up in the register. Someone the register does not know is not signed in: they are told to ask the
 * secretariat to add their work email.
 */
final class RegisterOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {
    static final String NOT_IN_REGISTER = "not_in_register";
    private static final Logger log = LoggerFactory.getLogger(RegisterOidcUserService.class);

    private final OidcUserService delegate = new OidcUserService();
    private final RegisterSignIn signIn;

    RegisterOidcUserService(RegisterSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        return signIn.byObjectIdOrEmail(
                        user.getClaimAsString("oid"),
                        user.getEmail(),
                        user.getPreferredUsername(),
                        user.getClaimAsString("upn"))
                .map(person -> (OidcUser) new SignedInPerson(person.id(), user.getIdToken(), user.getUserInfo()))
                .orElseThrow(() -> {
                    log.info(
                            "A sign-in by someone the register does not know was refused (subject {})",
                            user.getSubject());
                    return new OAuth2AuthenticationException(new OAuth2Error(
                            NOT_IN_REGISTER, "The register has no person with this object id or email", null));
                });
    }
}
