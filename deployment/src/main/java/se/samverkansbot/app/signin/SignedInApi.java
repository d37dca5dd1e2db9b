package se.samverkansbot.app.signin;

import java.security.Principal;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who is signed in, as the register knows them, and the CSRF token the web chat sends back
 * in a header with every request that changes something.
 */
@RestController
class SignedInApi {
    private final RegisterSignIn signIn;

    SignedInApi(RegisterSignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Me me(Principal principal, HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var person = signIn.byId(principal.getName());
        return new Me(
                principal.getName(),
                person.map(p -> p.person().name()).orElse(null),
                person.map(p -> p.structure().name()).orElse(null),
                csrf.getHeaderName(),
                csrf.getToken());
    }

    record Me(String id, String name, String structure, String csrfHeader, String csrfToken) {}
}
