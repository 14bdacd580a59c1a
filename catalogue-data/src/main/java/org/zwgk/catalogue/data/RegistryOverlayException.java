package org.zwgk.catalogue.data;

import java.util.List;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.ProblemsException;

/**
 * A registry overlay that cannot be used, with every problem located by JSON pointer. Nothing of such an overlay is
 * applied: half a correction of the law is worse than none.
 */
public final class RegistryOverlayException extends ProblemsException {
    private static final long serialVersionUID = 1L;

    /** The exception for these problems (at least one). */
    public RegistryOverlayException(List<Problem> problems) {
        super(problems);
    }
}
