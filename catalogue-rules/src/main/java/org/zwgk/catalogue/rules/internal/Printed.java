package org.zwgk.catalogue.rules.internal;

import java.util.Collection;
import java.util.function.Function;

import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.LegalReference;

/** Field values as the catalogue prints them, for the parent/child values of a finding. */
public final class Printed {

    private Printed() {
    }

    public static String channels(Collection<Channel> channels) {
        return join(channels, Channel::label, "、");
    }

    public static String content(Collection<ContentElement> content) {
        return join(content, ContentElement::printed, "；");
    }

    public static String legal(Collection<LegalReference> refs) {
        return join(refs, LegalReference::printed, "、");
    }

    public static String audience(Collection<Audience> audience) {
        return join(audience, Audience::label, "、");
    }

    public static String mode(Collection<DisclosureMode> mode) {
        return join(mode, DisclosureMode::label, "、");
    }

    /** The values printed and joined; a loop, as findings print their values for every shortfall of a check. */
    private static <T> String join(Collection<T> values, Function<T, String> print, String separator) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (T value : values) {
            if (!first) {
                out.append(separator);
            }
            out.append(print.apply(value));
            first = false;
        }
        return out.toString();
    }

    public static String deadline(Category category) {
        return category.deadline().map(d -> d.text()).orElse("");
    }
}
