package org.zwgk.catalogue.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.model.Problem;

/** Reading input files, with one-line localized errors. */
final class Inputs {

    private Inputs() {
    }

    /** Reads a catalogue file or fails with exit code 2 and a one-line reason. */
    static ReadResult read(Path file, CliMessages m) {
        if (!Files.isRegularFile(file)) {
            throw new CliException(m.format("cli.input.missing", file), ExitCodes.BAD_INPUT);
        }
        try {
            return CatalogueReader.read(file);
        } catch (UnreadableInputException e) {
            throw new CliException(e.problem().describe(m.locale()), ExitCodes.BAD_INPUT);
        }
    }

    /** Prints each reading problem on one line. */
    static void reportProblems(List<Problem> problems, CliMessages m, PrintStream err) {
        for (Problem p : problems) {
            err.println(p.describe(m.locale()));
        }
    }
}
