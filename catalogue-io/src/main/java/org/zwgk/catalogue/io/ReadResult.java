package org.zwgk.catalogue.io;

import java.util.List;
import java.util.Objects;

import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.Problem;

/**
 * What a reader read: the catalogue, where each category and field came from, and the problems found in the
 * rest of the input. Problems never stop the other rows from being read.
 *
 * @param catalogue the catalogue
 * @param format    the format it was read as
 * @param sources   one entry per category, in {@link Catalogue#categories()} order
 * @param problems  located problems, in input order
 */
public record ReadResult(Catalogue catalogue, Format format, List<CategorySources> sources, List<Problem> problems) {

    public ReadResult {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(format, "format");
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    /** The sources of a category of this catalogue, found by identity. */
    public java.util.Optional<CategorySources> sourcesOf(Category category) {
        List<Category> all = catalogue.categories();
        for (int i = 0; i < all.size() && i < sources.size(); i++) {
            if (all.get(i) == category) {
                return java.util.Optional.of(sources.get(i));
            }
        }
        return java.util.Optional.empty();
    }
}
