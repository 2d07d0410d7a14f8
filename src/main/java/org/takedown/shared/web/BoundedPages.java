package org.takedown.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every {@link Pageable} a handler receives is a page the database can be asked for. Spring Data already reads a
 * {@code page} or {@code size} that is negative, zero or no number (or too large for an {@code int}) as the first
 * page or the default size, and caps the size ({@code spring.data.web.pageable.max-page-size}); but it accepts any
 * page number up to 2147483647, whose offset (page × size) JPA cannot pass to the database, a 500 on every list. Here
 * the page number is clamped so that its offset fits: such a page is past the last row and shows an empty list, like
 * any page past the end. The lists restrict the {@code sort} themselves (their {@code ListSort}); a sort that Spring
 * Data cannot even read (it decodes each property once more, so {@code %_} is malformed) is a 400.
 * <p>
 * Spring Data's resolver is a bean of its own configuration, used by name, with no setting for this; the bean is
 * wrapped rather than replaced so that Boot's settings (the maximum size) still apply.
 */
@Component
class BoundedPages implements BeanPostProcessor {

    /** The largest page number whose offset, {@code (page + 1) × size}, fits in an {@code int}. */
    static int lastPageNumber(int size) {
        return Integer.MAX_VALUE / size - 1;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof PageableHandlerMethodArgumentResolver resolver && !(bean instanceof Resolver)) {
            return new Resolver(resolver);
        }
        return bean;
    }

    private static final class Resolver extends PageableHandlerMethodArgumentResolver {

        private final PageableHandlerMethodArgumentResolver resolver;

        Resolver(PageableHandlerMethodArgumentResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return this.resolver.supportsParameter(parameter);
        }

        @Override
        public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                NativeWebRequest request, WebDataBinderFactory binderFactory) {
            Pageable pageable;
            try {
                pageable = this.resolver.resolveArgument(parameter, container, request, binderFactory);
            }
            catch (IllegalArgumentException ex) {
                // Spring Data percent-decodes each sort property once more: "%_" (sent as %25_) is no encoding
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The sort parameter is malformed", ex);
            }
            if (pageable.isUnpaged() || pageable.getPageNumber() <= lastPageNumber(pageable.getPageSize())) {
                return pageable;
            }
            return PageRequest.of(lastPageNumber(pageable.getPageSize()), pageable.getPageSize(), pageable.getSort());
        }

    }

}
