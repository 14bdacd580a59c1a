package org.zwgk.catalogue.io.internal.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 目录信息 sheet this library writes beside the national-layout sheet: the catalogue's information as
 * key-value lines, then a table of what each row carries beyond the layout, keyed by 序号.
 *
 * @param info   the catalogue's information
 * @param extras the rows' extras by 序号
 */
public record InfoSheet(CatalogueMetadata info, Map<String, RowExtras> extras) {

    /** The sheet's name. */
    public static final String NAME = "目录信息";

    /** The label of the 序号 column of the extras table. */
    public static final String SEQ = "序号";

    public InfoSheet {
        extras = Map.copyOf(new LinkedHashMap<>(extras));
    }

    /** Nothing. */
    public static InfoSheet none() {
        return new InfoSheet(CatalogueMetadata.NONE, Map.of());
    }

    /** The header of the extras table: 序号, the extras' labels, 渠道顺序. */
    public static List<String> extrasHeader() {
        List<String> header = new ArrayList<>();
        header.add(SEQ);
        header.addAll(RowExtras.LABELS);
        header.add("渠道顺序");
        return header;
    }

    /** The info, unless it is empty. */
    public Optional<CatalogueMetadata> infoIfAny() {
        return info.equals(CatalogueMetadata.NONE) ? Optional.empty() : Optional.of(info);
    }
}
