package org.zwgk.catalogue.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.json.CatalogueJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code convert}: reads any supported catalogue file and writes it as canonical JSON (with each category's
 * source location), CSV or xlsx. Rows that could not be read are reported on stderr and make the exit code 2,
 * but everything readable is still written.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class ConvertCommand implements Callable<Integer> {

    /** The forms {@code convert} can write. */
    enum Target { json, csv, xlsx }

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.file")
    private Path file;

    @Option(names = "--to", paramLabel = "json|csv|xlsx", descriptionKey = "option.to", defaultValue = "json")
    private Target to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "option.output")
    private Path output;

    @Override
    public Integer call() throws IOException {
        CliMessages m = root.messages();
        ReadResult result = Inputs.read(file, m);
        if (to == Target.xlsx) {
            Outputs.refuseBinaryOnTerminal(output, m);
        }
        try (OutputStream out = Outputs.open(output, root.out(), m)) {
            switch (to) {
                case json -> {
                    List<Optional<SourceLocation>> sources = result.sources().stream()
                            .map(CategorySources::row).map(Optional::of).toList();
                    out.write(CatalogueJson.write(result.catalogue(), sources).getBytes(StandardCharsets.UTF_8));
                }
                case csv -> CatalogueWriter.write(result.catalogue(), Format.CSV, out);
                case xlsx -> CatalogueWriter.write(result.catalogue(), Format.XLSX, out);
                default -> throw new IllegalStateException(to.name());
            }
        }
        Inputs.reportProblems(result.problems(), m, root.err());
        return result.problems().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
