package org.takedown.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.takedown.shared.StorableText;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in form is read by Spring Security's filter, not bound by a controller, so its two fields do not pass
 * through {@link TextInput}: the same rule is applied here, before the user name reaches the account query. A name or
 * password that no account can have (a NUL byte, say) is a 400, like any other request text that cannot be stored.
 */
final class SignInInput extends OncePerRequestFilter {

    static final String PATH = "/login";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !HttpMethod.POST.matches(request.getMethod()) || !PATH.equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!StorableText.isStorable(request.getParameter("username"))
                || !StorableText.isStorable(request.getParameter("password"))) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

}
