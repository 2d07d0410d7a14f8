package org.takedown.audit;

import java.lang.reflect.Method;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps {@code GET /{kind:cases|defendants|raids|servers}/{id}/history} to {@link HistoryController#show}, the kinds
 * being those whose {@link HistorySubject} has a History tab. An annotation could only spell the kinds out, which
 * would make {@code audit} name the features again; any other kind finds no handler and is a 404, as before.
 */
@Component
class HistoryRoute implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping mappings;

    private final HistoryController controller;

    private final HistorySubjects subjects;

    HistoryRoute(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
            HistoryController controller, HistorySubjects subjects) {
        this.mappings = mappings;
        this.controller = controller;
        this.subjects = subjects;
    }

    /** The route pattern: a path variable that matches only the kinds with a History tab. */
    String pattern() {
        return "/{kind:" + String.join("|", this.subjects.kindsWithHistoryPage()) + "}/{id}/history";
    }

    @Override
    public void afterSingletonsInstantiated() {
        Method show = ReflectionUtils.findMethod(HistoryController.class, "show", String.class, Long.class,
                Pageable.class, Model.class);
        RequestMappingInfo route = RequestMappingInfo.paths(pattern())
            .methods(RequestMethod.GET)
            .options(this.mappings.getBuilderConfiguration())
            .build();
        this.mappings.registerMapping(route, this.controller, show);
    }

}
