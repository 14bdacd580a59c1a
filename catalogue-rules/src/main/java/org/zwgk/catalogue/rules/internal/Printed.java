package org.zwgk.catalogue.rules.internal;

import java.util.Collection;
import java.util.stream.Collectors;

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
        return channels.stream().map(Channel::label).collect(Collectors.joining("、"));
    }

    public static String content(Collection<ContentElement> content) {
        return content.stream().map(ContentElement::printed).collect(Collectors.joining("；"));
    }

    public static String legal(Collection<LegalReference> refs) {
        return refs.stream().map(LegalReference::printed).collect(Collectors.joining("、"));
    }

    public static String audience(Collection<Audience> audience) {
        return audience.stream().map(Audience::label).collect(Collectors.joining("、"));
    }

    public static String mode(Collection<DisclosureMode> mode) {
        return mode.stream().map(DisclosureMode::label).collect(Collectors.joining("、"));
    }

    public static String deadline(Category category) {
        return category.deadline().map(d -> d.text()).orElse("");
    }
}
