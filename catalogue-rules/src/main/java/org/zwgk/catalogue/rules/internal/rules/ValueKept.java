package org.zwgk.catalogue.rules.internal.rules;

import java.util.Set;
import java.util.function.Function;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * The shape of the audience and mode rules: where the parent states {@code value} in a set field (全社会, 主动), a
 * child that states the field must keep it.
 */
abstract class ValueKept<E extends Enum<E>> implements Rule {

    private final CategoryField field;
    private final Function<Category, Set<E>> values;
    private final E value;
    private final Function<Set<E>, String> printed;

    ValueKept(CategoryField field, Function<Category, Set<E>> values, E value, Function<Set<E>, String> printed) {
        this.field = field;
        this.values = values;
        this.value = value;
        this.printed = printed;
    }

    @Override
    public final void check(CheckContext context) {
        for (Match m : context.comparable(field)) {
            Set<E> parent = values.apply(m.parent().orElseThrow());
            Category c = m.child().orElseThrow();
            Set<E> child = values.apply(c);
            if (parent.contains(value) && !child.contains(value)) {
                context.at(c, field).parentValue(printed.apply(parent)).childValue(printed.apply(child))
                        .report("finding." + info().id(), c.name(), printed.apply(child));
            }
        }
    }
}
