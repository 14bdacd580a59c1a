package org.zwgk.catalogue.io.internal.meta;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.Provenance;

/**
 * What a row carries beyond the national layout, written by this library in extra columns (CSV) or on the
 * 目录信息 sheet (xlsx) so that round trips are lossless: the category and area codes, the row's provenance,
 * and the channels in their original order where the ■/□ list would reorder them.
 *
 * @param code         事项编码
 * @param areaCode     一级事项编码
 * @param provenance   出处, 可信度, 推定字段, 转录说明
 * @param channelOrder 渠道顺序; empty when the printed order is the original
 */
public record RowExtras(Optional<String> code, Optional<String> areaCode, Provenance provenance,
        List<Channel> channelOrder) {

    /** Column labels, in the order they are written. */
    public static final List<String> LABELS = List.of("事项编码", "一级事项编码", "出处", "可信度", "推定字段", "转录说明");

    /** Nothing beyond the layout. */
    public static final RowExtras NONE = new RowExtras(Optional.empty(), Optional.empty(), Provenance.none(), List.of());

    public RowExtras {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(provenance, "provenance");
        channelOrder = List.copyOf(channelOrder);
    }

    /** True when there is nothing to carry. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** These extras, each absent value taken from {@code other}. */
    public RowExtras orElse(RowExtras other) {
        return new RowExtras(code.or(other::code), areaCode.or(other::areaCode),
                provenance.equals(Provenance.none()) ? other.provenance : provenance,
                channelOrder.isEmpty() ? other.channelOrder : channelOrder);
    }

    /**
     * The category with these extras: code and provenance set, channels put back in their original order when
     * they are the same channels as read.
     */
    public Category applyTo(Category category) {
        Category.Builder b = category.toBuilder();
        code.ifPresent(b::code);
        if (!provenance.equals(Provenance.none())) {
            b.provenance(provenance);
        }
        if (!channelOrder.isEmpty() && sameChannels(channelOrder, category.channels())) {
            b.channels(channelOrder);
        }
        return b.build();
    }

    private static boolean sameChannels(List<Channel> a, List<Channel> b) {
        List<Channel> rest = new ArrayList<>(b);
        for (Channel c : a) {
            if (!rest.remove(c)) {
                return false;
            }
        }
        return rest.isEmpty();
    }

    /** The values written in the extra columns, in {@link #LABELS} order ("" for absent). */
    public List<String> cells() {
        return List.of(code.orElse(""), areaCode.orElse(""), String.join("\n", provenance.sources()),
                provenance.confidence().map(Confidence::key).orElse(""), inferredCell(provenance.inferred()),
                provenance.notes().orElse(""));
    }

    /** 推定字段 as written: JSON field names, comma-separated. */
    public static String inferredCell(Set<CategoryField> inferred) {
        return String.join(",", inferred.stream().map(CategoryField::jsonName).toList());
    }

    /** Reads 推定字段; unknown names are returned in {@code unknown}. */
    public static Set<CategoryField> parseInferred(String cell, List<String> unknown) {
        Set<CategoryField> out = EnumSet.noneOf(CategoryField.class);
        for (String name : cell.split("[,，、;；\\s]+")) {
            if (!name.isBlank()) {
                CategoryField.fromJsonName(name.strip()).ifPresentOrElse(out::add, () -> unknown.add(name.strip()));
            }
        }
        return out;
    }
}
