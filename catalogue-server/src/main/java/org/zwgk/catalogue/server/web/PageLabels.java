package org.zwgk.catalogue.server.web;

import java.util.Optional;

import org.zwgk.catalogue.data.EditionInfo;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.AdministrativeLevel;

/**
 * What a page prints for a stored value: a level by its name in the page's language (县级, not {@code county}), an
 * edition by its title as well as its id. Given to every page as {@code labels}.
 */
public final class PageLabels {

    /** The level in the page's language ({@code lang} is {@code zh-CN} or {@code en}); "—" when there is none. */
    public String level(Optional<String> value, String lang) {
        if (value.isEmpty() || value.get().isBlank()) {
            return "—";
        }
        return AdministrativeLevel.parse(value.get())
                .map(l -> "en".equals(lang) ? l.englishName() : l.label()).orElse(value.get());
    }

    /** A bundled edition as its title and id; the id alone when no bundled edition has it. */
    public String edition(String id) {
        return Editions.list().stream().filter(e -> e.id().equals(id)).findFirst().map(this::edition).orElse(id);
    }

    /** A bundled edition as its title and id, as the edition choices list it. */
    public String edition(EditionInfo edition) {
        return edition.title() + " (" + edition.id() + ")";
    }
}
