package org.takedown.shared;

import java.net.URI;

import org.springframework.beans.SimpleTypeConverter;
import org.springframework.core.convert.ConversionService;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.ui.ExtendedModelMap;

/** {@link ListRequest}s outside a request, for testing a list's query record directly. */
public final class ListRequests {

    private ListRequests() {
    }

    /** The list request of {@code uri} ({@code /servers?country=LV}), converting with {@code conversions}. */
    public static ListRequest get(String uri, ConversionService conversions) {
        return get(uri, conversions, new ExtendedModelMap());
    }

    /** The same, its model attributes going to {@code model}. */
    public static ListRequest get(String uri, ConversionService conversions, ExtendedModelMap model) {
        SimpleTypeConverter converter = new SimpleTypeConverter();
        converter.setConversionService(conversions);
        return new ListRequest(MockMvcRequestBuilders.get(URI.create(uri)).buildRequest(new MockServletContext()),
                new MockHttpServletResponse(), model, converter);
    }

}
