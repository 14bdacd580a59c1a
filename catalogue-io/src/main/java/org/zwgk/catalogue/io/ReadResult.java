package org.zwgk.catalogue.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * What a reader read: the catalogue, where each category and field came from, and the problems found in the
 * rest of the input. Problems never stop the other rows from being read.
 *
 * @param catalogue the catalogue
 * @param format    the format it was read as
 * @param sources   one entry per category, in {@link Catalogue#categories()} order
 * @param problems  located problems, in input order
 * @param missingColumns one {@code io.column.missing} problem for each field the standard requires of every
 *                  category (公开内容, 公开时限, 公开渠道和载体, 公开对象, 公开方式) whose column no table of the file
 *                  has, located at the first table's header. Kept apart from {@code problems}: a table of a few
 *                  columns is fine to convert, but a check's {@code structure.required-field} findings on such a
 *                  field all have this one cause.
 * @param titleSource where the catalogue's title was read, when it was the table's own: the title row's cell of a
 *                  sheet, or the paragraph of a Word document ({@code file.docx!paragraph2}); empty when the title
 *                  came from a 目录信息 block, from the file name, or from a PDF page
 */
public record ReadResult(Catalogue catalogue, Format format, List<CategorySources> sources, List<Problem> problems,
        List<Problem> missingColumns, Optional<SourceLocation> titleSource) {

    public ReadResult {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(format, "format");
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
        missingColumns = List.copyOf(missingColumns);
        Objects.requireNonNull(titleSource, "titleSource");
    }

    /** A result whose title's place is not known. */
    public ReadResult(Catalogue catalogue, Format format, List<CategorySources> sources, List<Problem> problems,
            List<Problem> missingColumns) {
        this(catalogue, format, sources, problems, missingColumns, Optional.empty());
    }

    /** A result with no missing columns (JSON, which has no columns). */
    public ReadResult(Catalogue catalogue, Format format, List<CategorySources> sources, List<Problem> problems) {
        this(catalogue, format, sources, problems, List.of(), Optional.empty());
    }

    /** The sources of a category of this catalogue, found by identity. */
    public Optional<CategorySources> sourcesOf(Category category) {
        List<Category> all = catalogue.categories();
        for (int i = 0; i < all.size() && i < sources.size(); i++) {
            if (all.get(i) == category) {
                return Optional.of(sources.get(i));
            }
        }
        return Optional.empty();
    }
}
