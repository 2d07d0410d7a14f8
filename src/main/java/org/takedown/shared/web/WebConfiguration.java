package org.takedown.shared.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:webjars.properties")
class WebConfiguration implements WebMvcConfigurer {

    /** Moments are shown in UTC everywhere: the people reading them sit in many time zones. */
    private static final DateTimeFormatter UTC_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
        .withZone(ZoneOffset.UTC);

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(Instant.class, new Formatter<Instant>() {
            @Override
            public String print(Instant instant, java.util.Locale locale) {
                return UTC_MINUTES.format(instant);
            }

            @Override
            public Instant parse(String text, java.util.Locale locale) {
                return Instant.parse(text);
            }
        });
        // registered after Spring's own, so it is the one that parses @DateTimeFormat fields
        registry.addFormatterForFieldAnnotation(new StorableDateFormatterFactory());
        registry.addConverter(new TextInput());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new DirectErrorRequests()).addPathPatterns(DirectErrorRequests.PATH);
    }

}
