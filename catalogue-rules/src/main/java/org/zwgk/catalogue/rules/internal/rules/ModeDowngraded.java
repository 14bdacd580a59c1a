package org.zwgk.catalogue.rules.internal.rules;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.rules.internal.Printed;

/** {@code mode.downgraded}: 主动 in the parent, only 依申请 in the child. */
public final class ModeDowngraded extends ValueKept<DisclosureMode> {

    public ModeDowngraded() {
        super(CategoryField.MODE, Category::mode, DisclosureMode.PROACTIVE, Printed::mode,
                "finding.mode.downgraded");
    }
}
