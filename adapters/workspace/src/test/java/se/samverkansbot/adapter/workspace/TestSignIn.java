package se.samverkansbot.adapter.workspace;

import java.security.Principal;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Stands in for the application's sign-in in the workspace's own tests, as in the web adapter's: the person named in
 * the {@code X-Test-Person} header is the request's principal (the real sign-in and CSRF are tested in the
 * deployment module).
 */
final class TestSignIn {
    static final String HEADER = "X-Test-Person";

    private TestSignIn() {}

    static Filter fromHeader() {
        return (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            String person = http.getHeader(HEADER);
            chain.doFilter(
                    person == null
                            ? request
                            : new HttpServletRequestWrapper(http) {
                                @Override
                                public Principal getUserPrincipal() {
                                    return () -> person;
                                }
                            },
                    response);
        };
    }
}
