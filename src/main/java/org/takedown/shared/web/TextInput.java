package org.takedown.shared.web;

import java.util.Set;

import org.takedown.shared.StorableText;
import org.takedown.shared.Untrimmed;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Every text a request carries passes here once, for every controller: form fields, {@code @RequestParam},
 * {@code @PathVariable} and the list filters ({@code ListRequest} reads its parameters through the same conversion).
 * <ul>
 * <li>Text holding a character that {@link StorableText} refuses (NUL, a lone surrogate, a control character) does
 * not convert: a form shows "typeMismatch" next to the field, a request parameter or path variable is a 400, and the
 * text never reaches SQL.
 * <li>Text is stripped of leading and trailing white space, and blank text becomes {@code null} ("none"), so that
 * forms, commands and services never strip again. {@link String#strip()} knows Unicode white space, so a name made
 * only of em or ideographic spaces is blank too (and fails {@code @NotBlank}); white space inside the text, such as
 * the line breaks of a summary, is kept. Fields marked {@link Untrimmed} (passwords) are bound exactly as typed,
 * though still only if storable.
 * </ul>
 * It is a converter of the MVC conversion service (see {@link WebConfiguration}) rather than a property editor
 * registered by an {@code @InitBinder}: a converter sees the annotations of the field it converts to, and registering
 * editors would fix a binder before a controller's own {@code @InitBinder} could still configure it (the raid form's
 * limit on server rows). It is public for tests that convert request text outside a request, as the MVC conversion
 * service does.
 */
public final class TextInput implements ConditionalGenericConverter {

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, String.class));
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return true;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        String text = StorableText.require((String) source);
        if (sourceType.hasAnnotation(Untrimmed.class) || targetType.hasAnnotation(Untrimmed.class)) {
            return text;
        }
        return (text == null || text.isBlank()) ? null : text.strip();
    }

}
