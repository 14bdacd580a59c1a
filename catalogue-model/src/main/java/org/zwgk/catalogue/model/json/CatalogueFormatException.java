package org.zwgk.catalogue.model.json;

import java.util.List;
import java.util.Locale;

import org.zwgk.catalogue.model.Problem;

/** The input is not a readable catalogue; carries every located problem found. */
public final class CatalogueFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception for these problems (at least one). */
    public CatalogueFormatException(List<Problem> problems) {
        super(problems.isEmpty() ? "unreadable catalogue" : problems.get(0).describe(Locale.ENGLISH));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in input order. */
    public List<Problem> problems() {
        return problems;
    }

    /** The first problem in the given language, one line. */
    public String describe(Locale locale) {
        return problems.get(0).describe(locale);
    }
}
