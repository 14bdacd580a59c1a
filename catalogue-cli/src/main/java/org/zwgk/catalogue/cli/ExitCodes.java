package org.zwgk.catalogue.cli;

/** The command line's exit codes, a contract with build pipelines. */
final class ExitCodes {
    /** Success; nothing reached the failure threshold. */
    static final int OK = 0;
    /** A check found something at or above {@code --fail-on}. */
    static final int FINDINGS = 1;
    /** Unreadable input or a usage error. */
    static final int BAD_INPUT = 2;
    /** A bug in this tool: an unexpected error. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
