package org.zwgk.catalogue.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.zwgk.catalogue.model.internal.validation.UniqueCategoryCodesValidator;

/** Category codes are unique within a catalogue. */
@Documented
@Constraint(validatedBy = UniqueCategoryCodesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface UniqueCategoryCodes {
    /** The message template; {@code {code}} is the repeated code. */
    String message() default "{zwgk.catalogue.code.duplicate}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
