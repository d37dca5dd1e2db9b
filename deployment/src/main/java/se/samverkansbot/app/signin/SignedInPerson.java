package se.samverkansbot.app.signin;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in through OpenID Connect and found in the register. Its name, which every controller reads
 * through {@link java.security.Principal#getName()}, is the register's person id, never a claim from the token.
 */
final class SignedInPerson extends DefaultOidcUser {
    private final String personId;

    SignedInPerson(String personId, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(List.of(new SimpleGrantedAuthority("ROLE_PERSON")), idToken, userInfo);
        this.personId = personId;
    }

    @Override
    public String getName() {
        return personId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInPerson that && that.personId.equals(personId) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return personId.hashCode();
    }
}
