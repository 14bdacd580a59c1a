package org.zwgk.catalogue.model.internal.validation;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.zwgk.catalogue.model.validation.Stated;

/** {@link Stated} for {@code Optional}: present. */
public final class StatedOptionalValidator implements ConstraintValidator<Stated, Optional<?>> {
    @Override
    public boolean isValid(Optional<?> value, ConstraintValidatorContext context) {
        return value != null && value.isPresent();
    }
}
