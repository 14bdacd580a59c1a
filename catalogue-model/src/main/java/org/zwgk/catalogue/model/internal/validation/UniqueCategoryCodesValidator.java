package org.zwgk.catalogue.model.internal.validation;

import java.util.HashSet;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.validation.UniqueCategoryCodes;

/** {@link UniqueCategoryCodes}: one violation per repeated code, on the repeating category. */
public final class UniqueCategoryCodesValidator implements ConstraintValidator<UniqueCategoryCodes, Catalogue> {
    @Override
    public boolean isValid(Catalogue catalogue, ConstraintValidatorContext context) {
        if (catalogue == null) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (int a = 0; a < catalogue.areas().size(); a++) {
            Area area = catalogue.areas().get(a);
            for (int c = 0; c < area.categories().size(); c++) {
                Category category = area.categories().get(c);
                if (category.code().isPresent() && !seen.add(category.code().get())) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                    }
                    valid = false;
                    context.unwrap(HibernateConstraintValidatorContext.class)
                            .addMessageParameter("code", category.code().get())
                            .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode("areas").addPropertyNode("categories").inIterable().atIndex(a)
                            .addPropertyNode("code").inIterable().atIndex(c)
                            .addConstraintViolation();
                }
            }
        }
        return valid;
    }
}
