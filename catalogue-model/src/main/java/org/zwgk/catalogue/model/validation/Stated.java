package org.zwgk.catalogue.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.zwgk.catalogue.model.internal.validation.StatedCollectionValidator;
import org.zwgk.catalogue.model.internal.validation.StatedOptionalValidator;

/** The annotated field must be stated: an {@code Optional} present, a collection not empty. */
@Documented
@Constraint(validatedBy = {StatedOptionalValidator.class, StatedCollectionValidator.class})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Stated {
    /** The message template. */
    String message() default "{zwgk.field.required}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
