package org.zwgk.catalogue.rules.internal.rules;

import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.rules.internal.Printed;

/** {@code audience.narrowed}: 全社会 in the parent, only 特定群体 in the child. */
public final class AudienceNarrowed extends ValueKept<Audience> {

    public AudienceNarrowed() {
        super(CategoryField.AUDIENCE, Category::audience, Audience.PUBLIC, Printed::audience,
                "finding.audience.narrowed");
    }
}
