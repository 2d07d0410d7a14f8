package org.takedown.shared.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Keeps the values of records out of the log when a request fails in the database. The messages of such a failure
 * and of its causes can quote what was being written (PostgreSQL puts a rejected value in the message of a data
 * error such as {@code invalid input syntax for type inet: "..."}), and Tomcat logs an exception that leaves the
 * application with every message of its chain. This filter, outside every other, replaces such an exception by a
 * copy that keeps what helps to find the fault and nothing written: the route, each exception's class and stack
 * frames, the SQLState and the constraint, table and column PostgreSQL names. Tomcat then logs the copy and answers
 * with the error page as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseFailureFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | IOException | RuntimeException ex) {
            if (!fromTheDatabase(ex)) {
                throw ex;
            }
            throw new DatabaseFailure(request.getMethod() + " " + route(request), ex);
        }
    }

    private static boolean fromTheDatabase(Throwable failure) {
        return chain(failure).stream()
            .anyMatch((cause) -> cause instanceof SQLException || cause instanceof DataAccessException);
    }

    /** The route's pattern ({@code /admin/users/{id}}) when Spring MVC chose a handler, otherwise the path. */
    private static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern.toString() : request.getRequestURI();
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = next(cause)) {
            chain.add(cause);
        }
        return chain;
    }

    /** The cause, or for an SQLException without one the next exception (a batch's failed statement). */
    private static Throwable next(Throwable failure) {
        if (failure.getCause() == null && failure instanceof SQLException sql) {
            return sql.getNextException();
        }
        return failure.getCause();
    }

    /** What is known about one exception of the chain without a word of its message. */
    static String describe(Throwable failure) {
        StringBuilder description = new StringBuilder(failure.getClass().getName());
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            description.append(" SQLState ").append(sql.getSQLState());
        }
        if (failure instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            append(description, "table", server.getTable());
            append(description, "column", server.getColumn());
            append(description, "constraint", server.getConstraint());
        }
        return description.toString();
    }

    private static void append(StringBuilder description, String name, String identifier) {
        if (identifier != null) {
            description.append(' ').append(name).append(' ').append(identifier);
        }
    }

    /** A failure in the database as it is logged: the original's classes, identifiers and stack frames only. */
    static final class DatabaseFailure extends ServletException {

        DatabaseFailure(String route, Throwable failure) {
            super("Database error on " + route + ": " + summary(failure), redacted(failure));
        }

        /** The chain from the outermost exception to its root cause: Tomcat prints the stack of the root only. */
        private static String summary(Throwable failure) {
            return String.join(", caused by ", chain(failure).stream().map(DatabaseFailureFilter::describe).toList());
        }

        private static Throwable redacted(Throwable failure) {
            Redacted first = null;
            Redacted last = null;
            for (Throwable cause : chain(failure)) {
                Redacted copy = new Redacted(describe(cause), cause.getStackTrace());
                if (last == null) {
                    first = copy;
                }
                else {
                    last.initCause(copy);
                }
                last = copy;
            }
            return first;
        }

    }

    /** One exception of the original chain, named by its class, with its stack frames. */
    static final class Redacted extends Exception {

        Redacted(String description, StackTraceElement[] stackTrace) {
            super(description);
            setStackTrace(stackTrace);
        }

    }

}
