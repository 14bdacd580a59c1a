package org.zwgk.catalogue.rules.internal.rules;

import java.util.Set;
import java.util.function.Function;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * The shape of the audience and mode rules: where the parent states {@code value} in a set field (全社会, 主动), a
 * child that states the field must keep it. Where the parent's value was inferred rather than read (the national
 * edition marks such fields in its provenance), the pair is still compared, but the finding is a WARNING that says
 * the parent's value was inferred: the child may be right.
 */
abstract class ValueKept<E extends Enum<E>> implements Rule.Check {

    private final CategoryField field;
    private final Function<Category, Set<E>> values;
    private final E value;
    private final Function<Set<E>, String> printed;
    private final String messageId;

    ValueKept(CategoryField field, Function<Category, Set<E>> values, E value, Function<Set<E>, String> printed,
            String messageId) {
        this.field = field;
        this.values = values;
        this.value = value;
        this.printed = printed;
        this.messageId = messageId;
    }

    @Override
    public final void check(CheckView check, Findings findings) {
        for (Match m : check.comparable(field, findings)) {
            Category p = m.parent().orElseThrow();
            Set<E> parent = values.apply(p);
            Category c = m.child().orElseThrow();
            Set<E> child = values.apply(c);
            if (parent.contains(value) && !child.contains(value)) {
                Findings.Builder finding = findings.at(c, field).parentValue(printed.apply(parent))
                        .childValue(printed.apply(child));
                if (p.provenance().isInferred(field)) {
                    finding.severity(Severity.WARNING).report(messageId + ".inferred", c.name(),
                            printed.apply(child), printed.apply(parent));
                } else {
                    finding.report(messageId, c.name(), printed.apply(child));
                }
            }
        }
    }
}
