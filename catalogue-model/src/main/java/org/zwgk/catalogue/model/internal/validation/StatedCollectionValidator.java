package org.zwgk.catalogue.model.internal.validation;

import java.util.Collection;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.zwgk.catalogue.model.validation.Stated;

/** {@link Stated} for collections: not empty. */
public final class StatedCollectionValidator implements ConstraintValidator<Stated, Collection<?>> {
    @Override
    public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
        return value != null && !value.isEmpty();
    }
}
