package org.zwgk.catalogue.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.zwgk.catalogue.data.EditionInfo;
import org.zwgk.catalogue.data.Editions;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code editions}: lists the bundled editions with their transcription status. */
@Command(name = "editions", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class EditionsCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Override
    public Integer call() {
        CliMessages m = root.messages();
        TextTable table = new TextTable(List.of(m.format("col.edition"), m.format("col.kind"), m.format("col.title"),
                m.format("col.transcribed"), m.format("col.status")), 0, 0, 30, 0, 48);
        for (EditionInfo info : Editions.list()) {
            String transcribed = info.declaredShape()
                    .map(s -> info.transcribedCategories() + "/" + s.categories())
                    .orElse(Integer.toString(info.transcribedCategories()));
            table.add(List.of(info.id(), m.format("kind." + info.kind().name()), info.title(), transcribed,
                    info.transcriptionStatus()));
        }
        root.out().print(table.render());
        return ExitCodes.OK;
    }
}
