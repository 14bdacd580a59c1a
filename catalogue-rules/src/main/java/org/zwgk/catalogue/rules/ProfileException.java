package org.zwgk.catalogue.rules;

import java.util.List;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.ProblemsException;

/** A profile file that cannot be used, with every problem located by JSON pointer. */
public final class ProfileException extends ProblemsException {
    private static final long serialVersionUID = 1L;

    /** The exception for these problems (at least one). */
    public ProfileException(List<Problem> problems) {
        super(problems);
    }
}
