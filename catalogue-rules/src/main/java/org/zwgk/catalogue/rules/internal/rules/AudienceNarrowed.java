package org.zwgk.catalogue.rules.internal.rules;

import java.util.Optional;

import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Printed;

/** {@code audience.narrowed}: 全社会 in the parent, only 特定群体 in the child. */
public final class AudienceNarrowed extends ValueKept<Audience> {

    static final RuleInfo INFO = new RuleInfo("audience.narrowed", "0.1.0", Severity.ERROR,
            Optional.of(LegalBases.GUIDELINE));

    public AudienceNarrowed() {
        super(CategoryField.AUDIENCE, Category::audience, Audience.PUBLIC, Printed::audience);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
