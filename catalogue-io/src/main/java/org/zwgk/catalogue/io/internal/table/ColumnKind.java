package org.zwgk.catalogue.io.internal.table;

/** What a column of a catalogue table holds, as its header says. */
public enum ColumnKind {
    /** 序号. */
    SEQ,
    /** 一级事项. */
    AREA,
    /** 二级事项. */
    NAME,
    /** 三级事项. */
    ITEMS,
    /** 公开内容(要素). */
    CONTENT,
    /** 公开依据. */
    LEGAL_BASIS,
    /** 公开时限. */
    DEADLINE,
    /** 公开主体. */
    OWNER,
    /** 公开渠道和载体, as one cell. */
    CHANNELS,
    /** One channel option under a 公开渠道和载体 group, marked √. */
    CHANNEL_MARK,
    /** 公开对象, as text in one cell. */
    AUDIENCE_TEXT,
    /** 全社会 or 特定群体 under a 公开对象 group, marked √. */
    AUDIENCE_MARK,
    /** 公开方式, as text in one cell. */
    MODE_TEXT,
    /** 主动 or 依申请 under a 公开方式 group, marked √. */
    MODE_MARK,
    /** 公开层级, as text in one cell. */
    LEVELS_TEXT,
    /** One level column (市级, 县级, 乡、村级 …), marked √. */
    LEVEL_MARK,
    /** 备注. */
    REMARK,
    /** 事项编码 (this library's extra column). */
    CODE,
    /** 一级事项编码 (extra). */
    AREA_CODE,
    /** 出处: provenance sources (extra). */
    SOURCES,
    /** 可信度 (extra). */
    CONFIDENCE,
    /** 推定字段 (extra). */
    INFERRED,
    /** 转录说明: provenance notes (extra). */
    NOTES,
    /** 渠道顺序: the channels in their original order (extra). */
    CHANNEL_ORDER,
    /** 公开事项 over 一级/二级事项; a single 公开事项 column is the category name. */
    GROUP_MATTER,
    /** 公开渠道和载体 over channel columns. */
    GROUP_CHANNELS,
    /** 公开对象 over 全社会/特定群体. */
    GROUP_AUDIENCE,
    /** 公开方式 over 主动/依申请. */
    GROUP_MODE,
    /** 公开层级 over level columns. */
    GROUP_LEVELS;

    /** True for the labels that make a row a header row. */
    boolean isHeading() {
        return switch (this) {
            case SEQ, AREA, NAME, ITEMS, CONTENT, LEGAL_BASIS, DEADLINE, OWNER, CHANNELS, REMARK, GROUP_MATTER,
                    GROUP_CHANNELS, GROUP_AUDIENCE, GROUP_MODE, GROUP_LEVELS -> true;
            default -> false;
        };
    }

    /** True for group headers whose sub-columns carry marks or names. */
    boolean isGroup() {
        return name().startsWith("GROUP_");
    }

    /** True for a column whose cells are marks (√) rather than text. */
    boolean isMark() {
        return this == CHANNEL_MARK || this == AUDIENCE_MARK || this == MODE_MARK || this == LEVEL_MARK;
    }

    /** The group with text form this group becomes when it has no sub-columns. */
    ColumnKind alone() {
        return switch (this) {
            case GROUP_MATTER -> NAME;
            case GROUP_CHANNELS -> CHANNELS;
            case GROUP_AUDIENCE -> AUDIENCE_TEXT;
            case GROUP_MODE -> MODE_TEXT;
            case GROUP_LEVELS -> LEVELS_TEXT;
            default -> this;
        };
    }
}
