package se.samverkansbot.app.signin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import se.samverkansbot.register.CurrentRegister;

/**
 * Who may use what over HTTP. Everything that acts for a person (the web chat page and its API, the inbox, the
 * agenda export, the list of people) needs a signed-in person, found in the register: by OpenID Connect, or — on
 * your own machine only — by picking a person. The person is the session's, never a parameter. Everything else
 * (public pages, calendar feeds, the email opt-out, Slack's and Teams' endpoints, which check their own
 * signatures, health) is as it was: open, without sessions or CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import({LoginPage.class, SignedInApi.class})
public class SignInConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SignInConfiguration.class);
    static final String REGISTRATION = "oidc";

    /** The paths that act for a person, and those of signing in and out. */
    static final String[] PERSONAL = {
        "/",
        "/chat",
        "/api/chat",
        "/api/inbox",
        "/api/people",
        "/api/me",
        "/api/agenda/**",
        "/api/forms/**",
        "/workspace",
        "/workspace/**",
        "/login",
        "/login/**",
        "/logout",
        "/oauth2/**"
    };

    @Bean
    RegisterSignIn registerSignIn(CurrentRegister register) {
        return new RegisterSignIn(register);
    }

    @Bean
    LocalSignInGuard localSignInGuard(SignInProperties properties, @Value("${server.address:}") String address) {
        return new LocalSignInGuard(properties.local(), address);
    }

    /**
     * Slack's and Teams' endpoints: the platform's signature or token is checked by the adapter, on every request,
     * and nothing here applies to them (no session, no CSRF, no sign-in, headers off). An empty chain skips Spring
     * Security's dozen filters and their observations, which were a fifth of a Slack acknowledgement's CPU; the
     * firewall still looks at every request first.
     */
    @Bean
    @Order(0)
    SecurityFilterChain platformEndpoints() {
        return new DefaultSecurityFilterChain(new OrRequestMatcher(
                PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/slack/events"),
                PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/messages")));
    }

    /**
     * Spring Security does not observe requests filter by filter (sign-ins and authorizations are still observed):
     * the server observes each request once already (http.server.requests), and the chains' observations wrapped
     * every filter of every request, even the empty chain of the platforms' endpoints (7 % of a Slack
     * acknowledgement's CPU samples on their own).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain personal(HttpSecurity http, SignInProperties properties, RegisterSignIn signIn)
            throws Exception {
        http.securityMatcher(PERSONAL)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/login/**", "/oauth2/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                apiSaysSignInFirst(), PathPatternRequestMatcher.pathPattern("/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"),
                                PathPatternRequestMatcher.pathPattern("/**"))
                        .accessDeniedHandler(signInFirstUnlessSignedIn()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?out"));
        if (properties.oidc().configured()) {
            InMemoryClientRegistrationRepository registrations =
                    new InMemoryClientRegistrationRepository(registration(properties.oidc()));
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new RegisterOidcUserService(signIn)))
                    .failureHandler((request, response, exception) ->
                            response.sendRedirect(request.getContextPath() + "/login?error=" + reason(exception))));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain open(HttpSecurity http) throws Exception {
        return http.securityMatcher("/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    private static ClientRegistration registration(SignInProperties.Oidc oidc) {
        log.info("Sign-in with OpenID Connect through {}", oidc.issuerUri());
        return ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                .registrationId(REGISTRATION)
                .clientName("Organisationskonto")
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope(oidc.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
    }

    private static String reason(Exception exception) {
        return exception instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth
                        && RegisterOidcUserService.NOT_IN_REGISTER.equals(
                                oauth.getError().getErrorCode())
                ? "unknown"
                : "failed";
    }

    /**
     * A refused request (a missing or stale CSRF token) from someone not signed in is told to sign in (401), as if it
     * had a token; a signed-in person gets 403.
     */
    private static AccessDeniedHandler signInFirstUnlessSignedIn() {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        AuthenticationEntryPoint api = apiSaysSignInFirst();
        AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, denied) -> {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
                forbidden.handle(request, response, denied);
            } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                api.commence(request, response, null);
            } else {
                page.commence(request, response, null);
            }
        };
    }

    /** An API answers 401 with a sentence, in both languages, rather than a redirect to a page. */
    private static AuthenticationEntryPoint apiSaysSignInFirst() {
        return (request, response, exception) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"text\": \"Logga in först: /login. / Please sign in first: /login.\", "
                            + "\"language\": \"sv\", \"parts\": []}");
        };
    }

    /** Refuses the password-less local sign-in unless the app listens on loopback only, or a setting says so loudly. */
    static final class LocalSignInGuard {
        LocalSignInGuard(SignInProperties.Local local, String address) {
            if (!local.enabled()) {
                return;
            }
            if (isLoopback(address)) {
                log.warn("Local sign-in is on: anyone on this machine can sign in as anyone in the register. "
                        + "For trying the app only.");
                return;
            }
            if (!local.onAnyAddress()) {
                throw new IllegalStateException("samverkan.sign-in.local.enabled=true lets anyone who reaches the app "
                        + "sign in as anyone in the register, without a password. Bind the app to loopback "
                        + "(server.address=127.0.0.1), or set samverkan.sign-in.local.on-any-address=true on a "
                        + "closed test network; in production use samverkan.sign-in.oidc.issuer-uri.");
            }
            log.warn("!!! LOCAL SIGN-IN ON ANY ADDRESS: anyone who reaches this app can sign in as anyone in the "
                    + "register, without a password (samverkan.sign-in.local.on-any-address=true). "
                    + "Never in production. !!!");
        }

        private static boolean isLoopback(String address) {
            if (address == null || address.isBlank()) {
                return false; // every interface
            }
            try {
                return InetAddress.getByName(address.strip()).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }
}
