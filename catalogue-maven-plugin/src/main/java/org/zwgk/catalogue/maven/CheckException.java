package org.zwgk.catalogue.maven;

/**
 * A bad parameter or an unreadable input, with its already localized, located message. The Mojo turns it into a
 * {@code MojoExecutionException}; it carries no stack trace because the message says all a user can act on.
 */
public final class CheckException extends Exception {

    private static final long serialVersionUID = 1L;

    public CheckException(String message) {
        super(message, null, false, false);
    }
}
