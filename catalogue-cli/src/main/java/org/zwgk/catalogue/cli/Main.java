package org.zwgk.catalogue.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import picocli.CommandLine;

/** Entry point of the {@code zwgk-catalogue} command line: exit code 0 success, 1 findings, 2 bad input or usage. */
public final class Main {

    private Main() {
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        quietLibraries();
        // Chinese must reach the terminal whatever the platform's default charset is.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, stderrIsTerminal()));
    }

    /** Runs the command line with the given streams; returns the exit code. Used by tests in-process. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /**
     * True when the process's stderr is a terminal. Java 17 cannot ask about stderr alone: on Linux its file
     * descriptor is looked up, elsewhere a console (stdin and stdout on a terminal) stands in.
     */
    static boolean stderrIsTerminal() {
        try {
            java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
            if (java.nio.file.Files.exists(fd)) {
                String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the console test
        }
        return System.console() != null;
    }

    static int run(String[] args, PrintStream out, PrintStream err, boolean errIsTerminal) {
        Locale locale = CliMessages.localeFromArgs(args);
        CliMessages messages = new CliMessages(locale);
        CommandLine cl = new CommandLine(new RootCommand(messages, out, err, errIsTerminal));
        cl.setResourceBundle(messages.bundle());
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(messages.format("cli.usage.error", ex.getMessage()));
            err.println(messages.format("cli.usage.hint"));
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, command, parsed) -> {
            if (ex instanceof CliException cli) {
                err.println(cli.getMessage());
                return cli.exitCode();
            }
            err.println(messages.format("cli.internal.error", ex.getClass().getSimpleName(),
                    String.valueOf(ex.getMessage())));
            if (Boolean.getBoolean("zwgk.debug")) {
                ex.printStackTrace(err);
            }
            return ExitCodes.INTERNAL;
        });
        return cl.execute(args);
    }

    /** Libraries log through JUL, Log4j or JBoss Logging; a command line prints only its own output. */
    private static void quietLibraries() {
        System.setProperty("org.jboss.logging.provider", "jdk");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        java.util.logging.Logger.getLogger("org.hibernate").setLevel(java.util.logging.Level.WARNING);
    }
}
