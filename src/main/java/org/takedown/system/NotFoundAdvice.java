package org.takedown.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** A record named in the URL that does not exist is a 404 page that says which, not an error. */
@ControllerAdvice
class NotFoundAdvice {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException exception) {
        ModelAndView page = new ModelAndView("error/404");
        page.addObject("messageKey", exception.getMessageKey());
        page.addObject("identifier", exception.getIdentifier());
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

}
