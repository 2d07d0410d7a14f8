package org.takedown.shared;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeConverter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The request of a list page or of its CSV export, as a handler argument. Its parameters are read leniently: a value
 * that does not convert (an unknown status, a malformed date or id) is left out and recorded as a field error of the
 * model's {@code filter}, next to which the filter forms show it, so a hand-edited URL does not give an error page.
 * The exception is text holding a character that cannot be stored (a NUL byte, see {@link StorableText}): no form
 * produces it, and it is a 400.
 * Values are converted by the same conversion service as form fields (dates: ISO, years 1 to 9999). Each list's query
 * record reads its own parameters from here ({@code CaseListQuery.bind(...)}).
 */
public final class ListRequest {

    /** The model attribute holding the list's query, which the filter form shows. */
    public static final String MODEL_ATTRIBUTE = "filter";

    static final String HX_REQUEST = "HX-Request";

    static final String HX_HISTORY_RESTORE_REQUEST = "HX-History-Restore-Request";

    /** What {@code @DateTimeFormat(iso = DATE)} says on a form field, for converting filter dates the same way. */
    private static final TypeDescriptor ISO_DATE = new TypeDescriptor(ResolvableType.forClass(LocalDate.class), null,
            new Annotation[] { AnnotationUtils.synthesizeAnnotation(Map.of("iso", DateTimeFormat.ISO.DATE),
                    DateTimeFormat.class, null) });

    private static final TypeDescriptor TEXT = TypeDescriptor.valueOf(String.class);

    private static final MessageCodesResolver MESSAGE_CODES = new DefaultMessageCodesResolver();

    private final HttpServletRequest request;

    private final HttpServletResponse response;

    private final ModelMap model;

    private final TypeConverter converter;

    private final BindingResult errors;

    ListRequest(HttpServletRequest request, HttpServletResponse response, ModelMap model, TypeConverter converter) {
        this.request = request;
        this.response = response;
        this.model = model;
        this.converter = converter;
        // the errors' target is the parameters as given, so a field with an error shows what was typed
        Map<String, String> given = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> given.put(name, values.length > 0 ? values[0] : null));
        this.errors = new MapBindingResult(given, MODEL_ATTRIBUTE);
    }

    /**
     * The parameter stripped of surrounding space, or {@code null} when it is missing or blank. It is converted like
     * every text of a request (see {@link StorableText}): one holding a character that cannot be stored is not a
     * filter that matches nothing but a bad request, a {@link TypeMismatchException} that Spring MVC answers with 400,
     * so that neither the list nor its CSV export runs without the filter that was asked for.
     */
    public String text(String name) {
        String value = this.request.getParameter(name);
        return (value == null) ? null : this.converter.convertIfNecessary(value, String.class, TEXT);
    }

    /** The same, cut to {@code maxLength} characters. */
    public String text(String name, int maxLength) {
        String text = text(name);
        return (text != null && text.length() > maxLength) ? text.substring(0, maxLength) : text;
    }

    /** One of the constants of {@code type}, in any case. */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            rejectMismatch(name, type);
            return null;
        }
    }

    /** A whole number, such as a record's id. */
    public Long id(String name) {
        return convert(name, Long.class, TypeDescriptor.valueOf(Long.class));
    }

    /** A date as {@code YYYY-MM-DD}. */
    public LocalDate date(String name) {
        return convert(name, LocalDate.class, ISO_DATE);
    }

    /**
     * Reports a date range that ends before it starts next to its end, the parameter {@code toName}; the query keeps
     * the dates as given (the form shows them) and applies no range ({@code DateRange.applied}).
     */
    public void checkRange(LocalDate from, LocalDate to, String toName) {
        if (DateRangeFilter.DateRange.isInverted(from, to)) {
            reject(toName, DateRangeFilter.DateRange.INVERTED);
        }
    }

    /**
     * A check box. Unticked, a box sends nothing, so its form adds the marker {@code _name}: the marker alone means
     * {@code false}, nothing at all means {@code whenAbsent}; a value that is no boolean counts as absent.
     */
    public boolean flag(String name, boolean whenAbsent) {
        if (text(name) == null) {
            return this.request.getParameter("_" + name) != null ? false : whenAbsent;
        }
        Boolean value = convert(name, Boolean.class, TypeDescriptor.valueOf(Boolean.class));
        return (value != null) ? value : whenAbsent;
    }

    /**
     * The orders of the {@code sort} parameters ({@code sort=status,desc&sort=reference}: a property list, then an
     * optional direction, ascending by default), restricted to what the list allows.
     */
    public Sort sort(ListSort allowed) {
        List<Sort.Order> orders = new ArrayList<>();
        String[] values = this.request.getParameterValues(ListSort.PARAMETER);
        for (String value : (values != null) ? values : new String[0]) {
            String[] parts = value.split(",");
            if (parts.length == 0) {
                continue;
            }
            Optional<Sort.Direction> direction = Sort.Direction.fromOptionalString(parts[parts.length - 1].strip());
            int properties = direction.isPresent() ? parts.length - 1 : parts.length;
            for (int i = 0; i < properties; i++) {
                if (!parts[i].isBlank()) {
                    orders.add(new Sort.Order(direction.orElse(Sort.DEFAULT_DIRECTION), parts[i].strip()));
                }
            }
        }
        return allowed.restrict(Sort.by(orders));
    }

    /** Records that a parameter, though it converted, cannot be used; {@code code} names the message. */
    public void reject(String name, String code) {
        this.errors.rejectValue(name, code);
    }

    /** Something the list says about its filter (an unknown country, the case it is narrowed to), for the model. */
    public void notice(String attribute, Object value) {
        this.model.addAttribute(attribute, value);
    }

    /**
     * Puts the bound query into the model as {@link #MODEL_ATTRIBUTE}, with the field errors of what could not be
     * read, and returns it.
     */
    public <Q extends ListQuery> Q bound(Q query) {
        // in this order: a model attribute replaced after its binding result would lose it
        this.model.addAttribute(MODEL_ATTRIBUTE, query);
        this.model.addAttribute(BindingResult.MODEL_KEY_PREFIX + MODEL_ATTRIBUTE, this.errors);
        return query;
    }

    /**
     * Whether to answer with the list's results fragment alone rather than the whole page: for an htmx request that
     * swaps the results in place, but not for htmx's history restore (after a miss in its history cache it needs the
     * whole page) nor for a plain request. The one URL having two answers, the response says that it varies by
     * {@code HX-Request}, so that no cache hands the fragment to the browser's back button or the page to htmx.
     */
    public boolean resultsOnly() {
        if (!this.response.getHeaders(HttpHeaders.VARY).contains(HX_REQUEST)) {
            this.response.addHeader(HttpHeaders.VARY, HX_REQUEST);
        }
        return "true".equals(this.request.getHeader(HX_REQUEST))
                && !"true".equals(this.request.getHeader(HX_HISTORY_RESTORE_REQUEST));
    }

    /**
     * Where the list's page starts: the size and typed page number of {@code pageable} (Spring Data's reading of
     * {@code size} and {@code page}), or the cursor of an {@code after} or {@code before} link.
     */
    public PagePosition position(Pageable pageable) {
        return new PagePosition(pageable.getPageSize(), pageable.getPageNumber(),
                this.request.getParameter(PageLinks.AFTER), this.request.getParameter(PagePosition.BEFORE),
                new PageLinks(this.request.getRequestURI(), this.request.getQueryString()));
    }

    private <T> T convert(String name, Class<T> type, TypeDescriptor descriptor) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return this.converter.convertIfNecessary(text, type, descriptor);
        }
        catch (TypeMismatchException ex) {
            rejectMismatch(name, type);
            return null;
        }
    }

    /** The error Spring's data binding records for a value that does not convert, with the same message codes. */
    private void rejectMismatch(String name, Class<?> type) {
        String[] codes = MESSAGE_CODES.resolveMessageCodes("typeMismatch", MODEL_ATTRIBUTE, name, type);
        Object[] arguments = { new DefaultMessageSourceResolvable(new String[] { MODEL_ATTRIBUTE + "." + name, name },
                name) };
        this.errors.addError(new FieldError(MODEL_ATTRIBUTE, name, this.request.getParameter(name), true, codes,
                arguments, null));
    }

    /** Makes {@link ListRequest} a handler argument, converting with the handler's data binder. */
    @Component
    static class Registration implements WebMvcConfigurer, HandlerMethodArgumentResolver {

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(this);
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == ListRequest.class;
        }

        @Override
        public ListRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
            return new ListRequest(webRequest.getNativeRequest(HttpServletRequest.class),
                    webRequest.getNativeResponse(HttpServletResponse.class), container.getModel(),
                    binderFactory.createBinder(webRequest, null, MODEL_ATTRIBUTE));
        }

    }

}
