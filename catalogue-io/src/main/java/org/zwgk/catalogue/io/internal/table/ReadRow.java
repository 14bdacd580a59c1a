package org.zwgk.catalogue.io.internal.table;

import java.util.Optional;

import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.io.internal.meta.RowExtras;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.NotApplicable;

/**
 * One row (or group of merged rows) of a catalogue table as read: a category, or a declared gap (不涉及).
 *
 * @param area     the 一级事项 it is under ("" when none was found)
 * @param category the category; for a gap, a category holding only the name
 * @param gap      the declared gap, when the row says 不涉及/不适用
 * @param sources  where the row and each field were read
 * @param seq      its 序号 as printed ("" when none)
 * @param extras   what the extra columns say
 */
public record ReadRow(String area, Category category, Optional<NotApplicable> gap, CategorySources sources,
        String seq, RowExtras extras) {
}
