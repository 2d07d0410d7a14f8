package org.takedown.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a form that is bound exactly as typed. Every other text a controller binds is stripped of leading
 * and trailing white space, and blank text becomes {@code null}; a password is the one kind of input where a space at
 * either end belongs to the value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Untrimmed {

}
