package se.samverkansbot.adapter.pages;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** A missing page (or a forum that is not public) is an accessible 404 page in the pages' own look. */
@ControllerAdvice(assignableTypes = {PublicPagesController.class, EmailOptOutController.class})
class PageErrors {

    @ExceptionHandler(ResponseStatusException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(jakarta.servlet.http.HttpServletRequest request) {
        String lang = request.getRequestURI().startsWith("/en") ? "en" : "sv";
        ModelAndView page = new ModelAndView("pages/notfound");
        var texts = PageTexts.of(se.samverkansbot.register.Language.fromTag(lang));
        page.addObject("t", texts);
        page.addObject("lang", lang);
        page.addObject("otherPath", "/" + texts.get("otherLang"));
        page.addObject("title", texts.get("notFound"));
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
