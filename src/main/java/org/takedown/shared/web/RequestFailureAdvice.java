package org.takedown.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.takedown.shared.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

/**
 * Failures that are the request's, not the application's: a record named in the URL that does not exist (404 page
 * saying which), and a save based on a version someone else has replaced meanwhile (409 page, nothing overwritten;
 * {@link EditConflict} says what it shows).
 */
@ControllerAdvice
class RequestFailureAdvice {

    private static final UrlPathHelper URL_PATH_HELPER = new UrlPathHelper();

    private final EditConflict editConflict;

    RequestFailureAdvice(EditConflict editConflict) {
        this.editConflict = editConflict;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException exception) {
        ModelAndView page = new ModelAndView("error/404");
        page.addObject("messageKey", exception.getMessageKey());
        page.addObject("identifier", exception.getIdentifier());
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(OptimisticLockingFailureException exception, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error/409");
        if (exception instanceof ObjectOptimisticLockingFailureException conflict) {
            String path = URL_PATH_HELPER.getPathWithinApplication(request);
            page.addObject("conflict", this.editConflict.describe(conflict, path, request.getParameterMap()));
        }
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }

}
