package se.samverkansbot.adapter.web;

import java.security.Principal;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Stands in for the application's sign-in in the web adapter's own tests: the person named in the
 * {@code X-Test-Person} header, or for a browser in the {@code test-person} cookie, is the request's principal (the
 * real app sets it from the session after OpenID Connect or the local sign-in, tested in the deployment module).
 */
final class TestSignIn {
    static final String HEADER = "X-Test-Person";
    static final String COOKIE = "test-person";

    private TestSignIn() {}

    static Filter fromHeaderOrCookie() {
        return (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            String person = http.getHeader(HEADER);
            if (person == null && http.getCookies() != null) {
                for (jakarta.servlet.http.Cookie cookie : http.getCookies()) {
                    if (COOKIE.equals(cookie.getName())) {
                        person = cookie.getValue();
                    }
                }
            }
            String signedIn = person;
            chain.doFilter(
                    signedIn == null
                            ? request
                            : new HttpServletRequestWrapper(http) {
                                @Override
                                public Principal getUserPrincipal() {
                                    return () -> signedIn;
                                }
                            },
                    response);
        };
    }
}
