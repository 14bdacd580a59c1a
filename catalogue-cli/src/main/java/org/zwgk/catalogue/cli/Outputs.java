package org.zwgk.catalogue.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes: the {@code --output} file, or standard output (never closed). */
final class Outputs {

    private Outputs() {
    }

    /** Opens {@code file}, creating parent folders, or wraps {@code stdout} so that closing leaves it open. */
    static OutputStream open(Path file, PrintStream stdout, CliMessages messages) {
        if (file == null) {
            return new FilterOutputStream(stdout) {
                @Override
                public void write(byte[] b, int off, int len) {
                    stdout.write(b, off, len);
                }

                @Override
                public void close() {
                    stdout.flush();
                }
            };
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new CliException(messages.format("cli.output.unwritable", file, e.getMessage()), ExitCodes.BAD_INPUT);
        }
    }

    /** Binary output (xlsx) is refused on an interactive terminal, where it would only print garbage. */
    static void refuseBinaryOnTerminal(Path file, CliMessages messages) {
        if (file == null && System.console() != null) {
            throw new CliException(messages.format("cli.output.binary.needs.file"), ExitCodes.BAD_INPUT);
        }
    }
}
