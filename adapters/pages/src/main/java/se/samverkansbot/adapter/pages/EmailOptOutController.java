package se.samverkansbot.adapter.pages;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.samverkansbot.email.EmailPreferences;
import se.samverkansbot.register.Language;

/**
 * The address in every email's List-Unsubscribe header. A POST stops that kind of email at once: that is what
 * a mail program's one-click "unsubscribe" sends (RFC 8058, body {@code List-Unsubscribe=One-Click}) and what
 * the page's button sends. A GET only asks, because link checkers and previews open links without anyone
 * choosing to. The page is in both languages; the token says which address and kind, nothing else.
 */
@Controller
class EmailOptOutController {
    private final EmailPreferences preferences;

    EmailOptOutController(EmailPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/epost/avsluta/{token}")
    String ask(@PathVariable String token, Model model) {
        return page(preferences.byToken(token), token, false, model);
    }

    @PostMapping("/epost/avsluta/{token}")
    String stop(
            @PathVariable String token,
            @RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
            @RequestParam(name = "undo", required = false) String undo,
            Model model) {
        Optional<EmailPreferences.OptOut> done =
                "1".equals(undo) ? preferences.optIn(token) : preferences.optOut(token);
        return page(done, token, !"1".equals(undo), model);
    }

    private static String page(Optional<EmailPreferences.OptOut> optOut, String token, boolean stopped, Model model) {
        EmailPreferences.OptOut found = optOut.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("t", PageTexts.of(Language.SWEDISH));
        model.addAttribute("lang", "sv");
        model.addAttribute("otherPath", "/en");
        model.addAttribute("title", stopped ? "E-post avslutad – Email stopped" : "Sluta få e-post – Stop email");
        model.addAttribute("token", token);
        model.addAttribute("kindSv", found.kind().label(Language.SWEDISH));
        model.addAttribute("kindEn", found.kind().label(Language.ENGLISH));
        model.addAttribute("stopped", stopped);
        return "pages/unsubscribe";
    }
}
