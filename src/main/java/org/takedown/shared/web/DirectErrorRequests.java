package org.takedown.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * {@code /error} is where the servlet container forwards a failed request to render its error page. Requested
 * directly it has no error to describe (Boot's error controller would answer 500, "Something went wrong"), so it is
 * a page that does not exist: 404, whose error page the container then renders as for any other address.
 */
final class DirectErrorRequests implements HandlerInterceptor {

    static final String PATH = "/error";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return false;
        }
        return true;
    }

}
