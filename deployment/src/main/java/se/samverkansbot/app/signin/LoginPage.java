package se.samverkansbot.app.signin;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.RegisteredPerson;

/**
 * The sign-in page, server-rendered, no JavaScript: the organisation's account (OpenID Connect) when configured,
 * and the local sign-in (pick a person, no password) when that is on. Swedish, with English beside it.
 */
@RestController
class LoginPage {
    private final SignInProperties properties;
    private final RegisterSignIn signIn;
    private final CurrentRegister register;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LoginPage(SignInProperties properties, RegisterSignIn signIn, CurrentRegister register) {
        this.properties = properties;
        this.signIn = signIn;
        this.register = register;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "out", required = false) String out,
            HttpServletRequest request) {
        StringBuilder body = new StringBuilder();
        if (out != null) {
            body.append("<p role=\"status\">Du är utloggad. <span lang=\"en\">You are signed out.</span></p>");
        }
        if ("unknown".equals(error)) {
            body.append("<p role=\"alert\">Du finns inte i registret, eller inte med det konto du loggade in med. "
                    + "Be sekretariatet lägga in din arbetsmejl. <span lang=\"en\">The register does not know you "
                    + "by this account: ask the secretariat to add your work email.</span></p>");
        } else if (error != null) {
            body.append("<p role=\"alert\">Inloggningen misslyckades; försök igen. "
                    + "<span lang=\"en\">Sign-in failed; please try again.</span></p>");
        }
        if (properties.oidc().configured()) {
            body.append("<p><a class=\"button\" href=\"/oauth2/authorization/")
                    .append(SignInConfiguration.REGISTRATION)
                    .append("\">Logga in med ditt organisationskonto</a> "
                            + "<span lang=\"en\">Sign in with your organisation's account</span></p>");
        }
        if (properties.local().enabled()) {
            CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            body.append("<h2>Lokal inloggning <span lang=\"en\">(local sign-in)</span></h2>"
                            + "<p>Bara för att prova på din egen dator: välj vem du vill vara, utan lösenord. "
                            + "<span lang=\"en\">For trying the app on your own machine: pick who to be.</span></p>"
                            + "<form method=\"post\" action=\"/login/local\">"
                            + "<input type=\"hidden\" name=\"")
                    .append(escape(csrf.getParameterName()))
                    .append("\" value=\"")
                    .append(escape(csrf.getToken()))
                    .append("\"><label for=\"person\">Jag är <span lang=\"en\">(I am)</span></label> "
                            + "<select id=\"person\" name=\"person\" required>");
            String group = null;
            for (RegisteredPerson person : people()) {
                if (!person.structure().name().equals(group)) {
                    body.append(group == null ? "" : "</optgroup>")
                            .append("<optgroup label=\"")
                            .append(escape(person.structure().name()))
                            .append("\">");
                    group = person.structure().name();
                }
                body.append("<option value=\"")
                        .append(escape(person.id()))
                        .append("\">")
                        .append(escape(person.person().name()))
                        .append(
                                person.person().title() == null
                                        ? ""
                                        : ", " + escape(person.person().title()))
                        .append("</option>");
            }
            body.append(group == null ? "" : "</optgroup>")
                    .append("</select> <button type=\"submit\">Logga in <span lang=\"en\">(sign in)</span>"
                            + "</button></form>");
        }
        if (!properties.oidc().configured() && !properties.local().enabled()) {
            body.append("<p>Inloggning är inte inställd: ange <code>samverkan.sign-in.oidc.issuer-uri</code>, "
                    + "<code>client-id</code> och <code>client-secret</code>. <span lang=\"en\">Sign-in is not "
                    + "configured.</span></p>");
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body("<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>Logga in – Samverkansbot</title><style>"
                        + "body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;"
                        + "color:#1b1b1b}"
                        + "a.button,button{display:inline-block;padding:.5rem 1rem;border-radius:.375rem;"
                        + "background:#005a8c;color:#fff;border:1px solid #005a8c;font:inherit;text-decoration:none}"
                        + "select{font:inherit;padding:.4rem;max-width:100%}"
                        + "a:focus-visible,button:focus-visible,select:focus-visible{outline:3px solid #f0b400;"
                        + "outline-offset:2px}"
                        + "[role=alert]{border-left:4px solid #b00020;padding-left:.75rem}</style></head><body>"
                        + "<main><h1>Logga in på Samverkansbot</h1>" + body + "</main></body></html>");
    }

    /** The local sign-in: the person picked becomes the session's, after the session id is changed. */
    @PostMapping("/login/local")
    ResponseEntity<Void> local(
            @RequestParam(name = "person", required = false) String personId,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!properties.local().enabled()) {
            return ResponseEntity.notFound().build();
        }
        if (personId == null || signIn.byId(personId).isEmpty()) {
            return redirect("/login?error=unknown");
        }
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                personId, null, List.of(new SimpleGrantedAuthority("ROLE_PERSON"))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return redirect("/");
    }

    private List<RegisteredPerson> people() {
        Collator swedish = Collator.getInstance(Language.SWEDISH.locale());
        return register.get().structures().stream()
                .flatMap(s -> s.people().stream().map(p -> new RegisteredPerson(s, p)))
                .sorted(Comparator.comparing(
                                (RegisteredPerson p) -> p.structure().name(), swedish)
                        .thenComparing(p -> p.person().name(), swedish))
                .toList();
    }

    private static ResponseEntity<Void> redirect(String to) {
        return ResponseEntity.status(303).header("Location", to).build();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
