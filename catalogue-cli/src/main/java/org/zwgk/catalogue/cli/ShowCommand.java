package org.zwgk.catalogue.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.zwgk.catalogue.data.EditionInfo;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.rules.CatalogueHtml;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code show}: prints a bundled catalogue, the national edition by default; {@code --format html} gives the standard
 * table as a page (or, with {@code --fragment}, a fragment) to publish on a 政务公开 column.
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class ShowCommand implements Callable<Integer> {

    /** The forms {@code show} can print. */
    enum ShowFormat { text, json, csv, xlsx, html }

    @ParentCommand
    private RootCommand root;

    @Option(names = "--edition", paramLabel = "ID", descriptionKey = "option.edition", defaultValue = Editions.NATIONAL_ID)
    private String edition;

    @Option(names = "--format", paramLabel = "text|json|csv|xlsx|html", descriptionKey = "option.show.format",
            defaultValue = "text")
    private ShowFormat format;

    @Option(names = "--fragment", descriptionKey = "option.show.fragment")
    private boolean fragment;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "option.output")
    private Path output;

    @Override
    public Integer call() throws IOException {
        CliMessages m = root.messages();
        Catalogue catalogue = Editions.byId(edition).orElseThrow(() -> new CliException(
                m.format("cli.edition.unknown", edition,
                        Editions.list().stream().map(EditionInfo::id).collect(Collectors.joining(", "))),
                ExitCodes.BAD_INPUT));
        if (format == ShowFormat.xlsx) {
            Outputs.refuseBinaryOnTerminal(output, m);
        }
        try (OutputStream out = Outputs.open(output, root.out(), m)) {
            switch (format) {
                case text -> out.write(CatalogueTable.render(catalogue, m).getBytes(StandardCharsets.UTF_8));
                case json -> CatalogueWriter.write(catalogue, Format.JSON, out);
                case csv -> CatalogueWriter.write(catalogue, Format.CSV, out);
                case xlsx -> CatalogueWriter.write(catalogue, Format.XLSX, out);
                case html -> {
                    if (fragment) {
                        CatalogueHtml.fragment(catalogue, m.locale(), out);
                    } else {
                        CatalogueHtml.page(catalogue, m.locale(), out);
                    }
                }
                default -> throw new IllegalStateException(format.name());
            }
        }
        return ExitCodes.OK;
    }
}
