package org.zwgk.catalogue.io.internal.table;

import java.util.List;

/**
 * Whether the 公开内容 of a category split into 三级事项 belongs to each item or to the category: to the items
 * when two or more item rows have content of their own, or the only one that has is not the first. Readers and
 * writers share this rule, so a written file reads back the same way.
 */
public final class ItemContent {

    private ItemContent() {
    }

    /** The rule, given for each item row (in order) whether it has content of its own. */
    public static boolean perItem(List<Boolean> hasContent) {
        long with = hasContent.stream().filter(b -> b).count();
        return hasContent.size() >= 2 && (with >= 2 || with == 1 && !hasContent.get(0));
    }
}
