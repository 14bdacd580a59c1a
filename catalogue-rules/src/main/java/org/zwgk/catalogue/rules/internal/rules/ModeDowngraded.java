package org.zwgk.catalogue.rules.internal.rules;

import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Printed;

/** {@code mode.downgraded}: 主动 in the parent, only 依申请 in the child. */
public final class ModeDowngraded extends ValueKept<DisclosureMode> {

    static final RuleInfo INFO = new RuleInfo("mode.downgraded", "0.1.0", Severity.ERROR,
            Optional.of(LegalBases.GUIDELINE));

    public ModeDowngraded() {
        super(CategoryField.MODE, Category::mode, DisclosureMode.PROACTIVE, Printed::mode);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
