package org.zwgk.catalogue.model.json;

import java.util.List;
import java.util.Objects;

import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * A catalogue read from JSON leniently: what could be read, where each category came from, and the problems
 * found in the rest.
 *
 * @param catalogue        the catalogue read (bad categories left out, each reported)
 * @param categorySources  the JSON pointer of each category, in {@link Catalogue#categories()} order
 * @param problems         every problem found, in input order
 */
public record ParsedCatalogue(Catalogue catalogue, List<SourceLocation> categorySources, List<Problem> problems) {
    public ParsedCatalogue {
        Objects.requireNonNull(catalogue, "catalogue");
        categorySources = List.copyOf(categorySources);
        problems = List.copyOf(problems);
    }
}
