package se.samverkansbot.adapter.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.publication.PublicPages;
import se.samverkansbot.register.Language;

/**
 * The public pages: /sv/… in Swedish and /en/… in English, the same paths otherwise, each page linking to
 * itself in the other language. Everything is rendered on the server; there is no script.
 */
@Controller
class PublicPagesController {
    private final PublicPages pages;
    private final Clock clock;
    private final String contact;

    /** @param contact where to report accessibility problems: an email address or a web address (optional) */
    PublicPagesController(
            PublicPages pages,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${samverkan.public.contact:}") String contact) {
        this.pages = pages;
        this.clock = clock;
        this.contact = contact == null || contact.isBlank() ? null : contact.strip();
    }

    @GetMapping({"/{lang:sv|en}", "/{lang:sv|en}/"})
    String home(@PathVariable String lang, Model model) {
        Language language = language(lang, model, "");
        model.addAttribute("structures", pages.structures());
        model.addAttribute("title", PageTexts.of(language).get("site"));
        return "pages/home";
    }

    @GetMapping("/{lang:sv|en}/tillganglighet")
    String accessibility(@PathVariable String lang, Model model) {
        Language language = language(lang, model, "/tillganglighet");
        model.addAttribute("title", PageTexts.of(language).get("accessibility"));
        model.addAttribute("contact", contact);
        model.addAttribute(
                "contactHref", contact == null ? null : contact.contains("://") ? contact : "mailto:" + contact);
        return language == Language.SWEDISH ? "pages/accessibility-sv" : "pages/accessibility-en";
    }

    @GetMapping("/{lang:sv|en}/{structure}")
    String structure(@PathVariable String lang, @PathVariable String structure, Model model) {
        Language language = language(lang, model, "/" + structure);
        PublicPages.StructurePage page = found(pages.structure(structure, language));
        model.addAttribute("page", page);
        model.addAttribute("title", page.name());
        return "pages/structure";
    }

    @GetMapping("/{lang:sv|en}/{structure}/{forum}")
    String forum(@PathVariable String lang, @PathVariable String structure, @PathVariable String forum, Model model) {
        Language language = language(lang, model, "/" + structure + "/" + forum);
        PublicPages.ForumPage page = found(pages.forum(structure, forum, language));
        model.addAttribute("page", page);
        model.addAttribute("webcal", PublicLinks.webcal(page.feed()));
        model.addAttribute("title", page.name() + " – " + page.structure().name());
        return "pages/forum";
    }

    @GetMapping("/{lang:sv|en}/{structure}/arshjul")
    String thisYear(@PathVariable String lang, @PathVariable String structure) {
        return "redirect:/" + lang + "/" + structure + "/arshjul/"
                + LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm"))).getYear();
    }

    @GetMapping("/{lang:sv|en}/{structure}/arshjul/{year:\\d{4}}")
    String year(@PathVariable String lang, @PathVariable String structure, @PathVariable int year, Model model) {
        Language language = language(lang, model, "/" + structure + "/arshjul/" + year);
        PublicPages.YearPage page = found(pages.year(structure, year, language));
        model.addAttribute("page", page);
        model.addAttribute(
                "title",
                PageTexts.of(language).get("year") + " " + year + " – "
                        + page.structure().name());
        return "pages/year";
    }

    private static Language language(String tag, Model model, String path) {
        Language language = Language.fromTag(tag);
        Map<String, String> texts = PageTexts.of(language);
        model.addAttribute("t", texts);
        model.addAttribute("lang", texts.get("lang"));
        model.addAttribute("otherPath", "/" + texts.get("otherLang") + path);
        return language;
    }

    private static <T> T found(Optional<T> page) {
        return page.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
