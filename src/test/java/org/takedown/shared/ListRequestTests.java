package org.takedown.shared;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.takedown.shared.web.TextInput;

import org.springframework.beans.SimpleTypeConverter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.data.domain.Sort;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How a list reads its parameters: leniently, every problem a field error, except text that cannot be stored, which
 * is a bad request.
 */
class ListRequestTests {

    private static final ListSort SORTS = new ListSort(Sort.by(Sort.Direction.DESC, "date"), "date", "title");

    private final ExtendedModelMap model = new ExtendedModelMap();

    @Test
    void readsTextStrippedAndCutAndBlankAsNothing() {
        ListRequest request = request("/x?q=%20%20sparks%20group%20&blank=%20&long=abcdef");
        assertThat(request.text("q")).isEqualTo("sparks group");
        assertThat(request.text("blank")).isNull();
        assertThat(request.text("missing")).isNull();
        assertThat(request.text("long", 3)).isEqualTo("abc");
    }

    @Test
    void textThatCannotBeStoredIsABadRequestRatherThanAFilterLeftOut() {
        ListRequest request = request("/x?q=a%00b&provider=%1B%5B31m");
        assertThatExceptionOfType(TypeMismatchException.class).isThrownBy(() -> request.text("q"));
        assertThatExceptionOfType(TypeMismatchException.class).isThrownBy(() -> request.text("provider", 10));
    }

    @Test
    void valuesThatDoNotConvertAreLeftOutAndRecordedAsTypeMismatchesOfTheFilter() {
        ListRequest request = request("/x?status=closed&bogus=NOPE&id=abc&from=2020-02-31&to=2020-03-01");
        assertThat(request.choice("status", Sort.Direction.class)).isNull();
        assertThat(request.choice("bogus", Sort.Direction.class)).isNull();
        assertThat(request.id("id")).isNull();
        assertThat(request.date("from")).isNull();
        assertThat(request.date("to")).isEqualTo(LocalDate.of(2020, 3, 1));
        request.bound(new Query(Sort.unsorted()));
        BindingResult errors = errors();
        assertThat(errors.getFieldErrors()).extracting("field").containsExactly("status", "bogus", "id", "from");
        assertThat(errors.getFieldError("from").getRejectedValue()).isEqualTo("2020-02-31");
        assertThat(errors.getFieldError("from").getCodes()).contains("typeMismatch.java.time.LocalDate");
        assertThat(errors.getFieldError("id").getCodes()).contains("typeMismatch.java.lang.Long");
        assertThat(this.model.getAttribute(ListRequest.MODEL_ATTRIBUTE)).isInstanceOf(Query.class);
    }

    @Test
    void readsAChoiceInAnyCase() {
        assertThat(request("/x?d=desc").choice("d", Sort.Direction.class)).isEqualTo(Sort.Direction.DESC);
    }

    @Test
    void anInvertedDateRangeIsAnErrorNextToItsEnd() {
        ListRequest request = request("/x");
        request.checkRange(LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1), "to");
        request.checkRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), "to");
        request.bound(new Query(Sort.unsorted()));
        assertThat(errors().getFieldErrors()).extracting("field", "code").containsExactly(
                org.assertj.core.groups.Tuple.tuple("to", "filter.toBeforeFrom"));
    }

    @Test
    void anUntickedBoxSendsItsMarkerAlone() {
        assertThat(request("/x").flag("active", true)).isTrue();
        assertThat(request("/x?_active=on").flag("active", true)).isFalse();
        assertThat(request("/x?active=true&_active=on").flag("active", true)).isTrue();
        assertThat(request("/x?active=false").flag("active", true)).isFalse();
        assertThat(request("/x?active=maybe").flag("active", true)).isTrue();
    }

    @Test
    void sortsByTheAllowedPropertiesAsSpringDataSpellsThemOrByTheDefault() {
        assertThat(request("/x?sort=title").sort(SORTS)).isEqualTo(Sort.by("title"));
        assertThat(request("/x?sort=title,DESC&sort=date").sort(SORTS))
            .isEqualTo(Sort.by(Sort.Order.desc("title"), Sort.Order.asc("date")));
        assertThat(request("/x?sort=title,sideways").sort(SORTS)).isEqualTo(Sort.by("title"));
        for (String hostile : List.of("", "?sort=", "?sort=desc", "?sort=password", "?sort=title;drop", "?sort=,,")) {
            assertThat(request("/x" + hostile).sort(SORTS)).as(hostile).isEqualTo(SORTS.defaultOrder());
        }
    }

    @Test
    void htmxGetsTheFragmentButItsHistoryRestoreAndAPlainRequestTheWholePageAllVaryingByHxRequest() {
        assertThat(resultsOnly(false, false)).isFalse();
        assertThat(resultsOnly(true, false)).isTrue();
        assertThat(resultsOnly(true, true)).isFalse();
    }

    @Test
    void writesQueryStringsInOrderEncodedAndWithoutEmptyValuesOrTheDefaultOrder() {
        assertThat(QueryString.create()
            .add("q", "Bridi & co=x")
            .add("status", Sort.Direction.ASC)
            .add("country", " ")
            .add("case", null)
            .add("from", LocalDate.of(2020, 1, 2))
            .add(SORTS, Sort.by("title").and(Sort.by(Sort.Direction.DESC, "date")))
            .toString()).isEqualTo("q=Bridi%20%26%20co%3Dx&status=ASC&from=2020-01-02&sort=title%2Casc&sort=date%2Cdesc");
        assertThat(QueryString.create().add(SORTS, SORTS.defaultOrder()).toString()).isEmpty();
    }

    @Test
    void likePatternsMatchTheTextLiterally() {
        assertThat(Like.contains("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
        assertThat(Like.startsWithLowerCase("Baltic_")).isEqualTo("baltic\\_%");
    }

    private boolean resultsOnly(boolean htmx, boolean historyRestore) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
        if (htmx) {
            request.addHeader("HX-Request", "true");
        }
        if (historyRestore) {
            request.addHeader("HX-History-Restore-Request", "true");
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean resultsOnly = new ListRequest(request, response, this.model, new SimpleTypeConverter()).resultsOnly();
        assertThat(response.getHeaders("Vary")).containsExactly("HX-Request");
        return resultsOnly;
    }

    private ListRequest request(String uri) {
        SimpleTypeConverter converter = new SimpleTypeConverter();
        // the MVC conversion service's text rule, which reads, strips and refuses text for the lists too
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        conversions.addConverter(new TextInput());
        converter.setConversionService(conversions);
        return new ListRequest(MockMvcRequestBuilders.get(URI.create(uri)).buildRequest(new MockServletContext()),
                new MockHttpServletResponse(), this.model, converter);
    }

    private BindingResult errors() {
        return (BindingResult) this.model.getAttribute(BindingResult.MODEL_KEY_PREFIX + ListRequest.MODEL_ATTRIBUTE);
    }

    record Query(Sort sort) implements ListQuery {

        @Override
        public String path() {
            return "/x";
        }

        @Override
        public String toQueryString() {
            return "";
        }

    }

}
