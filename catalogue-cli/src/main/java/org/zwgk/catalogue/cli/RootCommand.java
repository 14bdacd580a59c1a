package org.zwgk.catalogue.cli;

import java.io.PrintStream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: lists the subcommands. */
@Command(name = "zwgk-catalogue", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true, exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        exitCodeOnExecutionException = ExitCodes.INTERNAL,
        subcommands = {ShowCommand.class, EditionsCommand.class, ConvertCommand.class, CheckCommand.class,
                CommandLine.HelpCommand.class})
final class RootCommand implements Runnable {

    private final CliMessages messages;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean errIsTerminal;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "option.lang", scope = CommandLine.ScopeType.INHERIT)
    private String lang = "zh";

    RootCommand(CliMessages messages, PrintStream out, PrintStream err, boolean errIsTerminal) {
        this.messages = messages;
        this.out = out;
        this.err = err;
        this.errIsTerminal = errIsTerminal;
    }

    /** True when stderr is an interactive terminal: only then is progress shown. */
    boolean errIsTerminal() {
        return errIsTerminal;
    }

    CliMessages messages() {
        return messages;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }

    /** {@code --version}: the tool version and the data editions it carries. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"zwgk-catalogue " + CliMessages.version(),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
