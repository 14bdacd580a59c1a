package org.zwgk.catalogue.rules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * A table that lists every domain of a township together, its 一级事项 column naming the domain (生态环境, 教育,
 * 卫生健康 …) rather than the parent's areas, as township catalogues in several provinces are published. Only the
 * rows of the guideline's own domain ({@link LegalBases#domainNames}: 生态环境, 环境保护) are checked; the others are
 * set aside and counted, not reported one by one as local additions. No list of other domains is kept: a table is
 * taken for one only when none of its areas is one of the parent's, one is this domain's name, and one is not.
 *
 * @param checked       the catalogue with only this domain's areas, as the check sees it
 * @param sources       the sources of {@code checked}'s categories, in order
 * @param domain        the names of the areas kept (生态环境)
 * @param checkedRows   the rows kept
 * @param otherDomains  the names of the areas set aside, in order
 * @param setAsideRows  the rows set aside
 * @param firstSetAside where the first row set aside was read, where it was read from a file
 */
public record OtherDomains(Catalogue checked, List<CategorySources> sources, List<String> domain, int checkedRows,
        List<String> otherDomains, int setAsideRows, Optional<SourceLocation> firstSetAside) {

    public OtherDomains {
        sources = List.copyOf(sources);
        domain = List.copyOf(domain);
        otherDomains = List.copyOf(otherDomains);
    }

    /** The split of {@code child} when it is a table of several domains; empty for any other catalogue. */
    static Optional<OtherDomains> of(Catalogue parent, Catalogue child, List<CategorySources> sources) {
        Set<String> parentAreas = new HashSet<>();
        for (Area a : parent.areas()) {
            parentAreas.add(Names.key(a.name()));
        }
        Set<String> domainNames = new HashSet<>();
        for (String name : LegalBases.domainNames()) {
            domainNames.add(Names.key(name));
            domainNames.add(Names.key(name + "领域"));
        }
        boolean ownDomain = false;
        boolean otherDomain = false;
        for (Area a : child.areas()) {
            String key = Names.key(a.name());
            if (parentAreas.contains(key)) {
                return Optional.empty();
            }
            ownDomain |= domainNames.contains(key);
            otherDomain |= !domainNames.contains(key);
        }
        if (!ownDomain || !otherDomain) {
            return Optional.empty();
        }
        List<Area> kept = new ArrayList<>();
        List<CategorySources> keptSources = new ArrayList<>();
        List<String> domain = new ArrayList<>();
        List<String> others = new ArrayList<>();
        int checkedRows = 0;
        int setAside = 0;
        Optional<SourceLocation> first = Optional.empty();
        int index = 0;
        for (Area a : child.areas()) {
            boolean own = domainNames.contains(Names.key(a.name()));
            if (own) {
                kept.add(a);
                addOnce(domain, a.name());
                checkedRows += a.categories().size();
            } else {
                addOnce(others, a.name());
                setAside += a.categories().size();
            }
            for (int i = 0; i < a.categories().size(); i++, index++) {
                CategorySources source = index < sources.size() ? sources.get(index) : null;
                if (own && source != null) {
                    keptSources.add(source);
                } else if (!own && first.isEmpty() && source != null) {
                    first = Optional.of(source.row());
                }
            }
        }
        return Optional.of(new OtherDomains(child.toBuilder().areas(kept).build(), keptSources, domain,
                checkedRows, others, setAside, first));
    }

    private static void addOnce(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }
}
