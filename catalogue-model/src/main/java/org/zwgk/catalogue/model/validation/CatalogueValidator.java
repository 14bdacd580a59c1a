package org.zwgk.catalogue.model.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.internal.validation.BeanValidation;

/**
 * Checks a catalogue's structure with Bean Validation: a category needs a name, content, a deadline, a channel,
 * an audience and a mode; codes are unique. Thread-safe; one shared instance is enough.
 */
public final class CatalogueValidator {

    private static final CatalogueValidator INSTANCE = new CatalogueValidator();

    private CatalogueValidator() {
    }

    /** The shared validator. */
    public static CatalogueValidator get() {
        return INSTANCE;
    }

    /** The violations, in path order, with messages in {@code locale} (zh-CN or en; others fall back to zh-CN). */
    public List<Violation> validate(Catalogue catalogue, Locale locale) {
        return BeanValidation.validate(catalogue, locale).stream()
                .sorted(Comparator.comparing(Violation::path, BeanValidation.PATH_ORDER)
                        .thenComparing(Violation::messageId))
                .toList();
    }
}
