package org.zwgk.catalogue.spring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user asks to have checked, as it arrives (from a form or the API), before it is understood.
 *
 * @param files    the catalogues; a .zip among them stands for the catalogues it holds
 * @param edition  the bundled parent edition's id (default: {@code zwgk.catalogue.edition})
 * @param parent   the parent's own file, instead of an edition
 * @param level    the children's level, e.g. 县级 or county
 * @param asOf     the check date, ISO (default: today in China)
 * @param profile  a profile file
 * @param baseline a baseline file
 * @param waivers  a waivers file
 * @param format   the report format asked for (counted in the metrics: checks by outcome and format)
 */
public record CheckOrder(List<Upload> files, Optional<String> edition, Optional<Upload> parent,
        Optional<String> level, Optional<String> asOf, Optional<Upload> profile, Optional<Upload> baseline,
        Optional<Upload> waivers, String format) {

    public CheckOrder {
        files = List.copyOf(files);
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(waivers, "waivers");
        Objects.requireNonNull(format, "format");
    }

    /** Only files, everything else by default, for a JSON report. */
    public static CheckOrder of(List<Upload> files) {
        return new CheckOrder(files, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "json");
    }
}
