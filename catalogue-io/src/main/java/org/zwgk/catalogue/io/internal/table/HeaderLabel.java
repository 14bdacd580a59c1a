package org.zwgk.catalogue.io.internal.table;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.ChannelOption;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.internal.Text;

/**
 * A header label read by meaning, not position: 一级/一级事项/一级目录, 特定群体/特定群众, 依申请/依申请公开,
 * 公开内容/公开内容（要素）, level columns 市级/县级/乡、村级/镇(街)级/区县级/乡镇级/镇街(园区)级 … Only short texts
 * (at most {@value #MAX_LABEL} characters once punctuation is removed) are labels, so data cells are not taken for
 * headers.
 *
 * @param kind     what the column holds
 * @param text     the label as printed
 * @param audience for {@link ColumnKind#AUDIENCE_MARK}
 * @param mode     for {@link ColumnKind#MODE_MARK}
 * @param levels   for {@link ColumnKind#LEVEL_MARK}
 * @param channel  for {@link ColumnKind#CHANNEL_MARK}
 */
public record HeaderLabel(ColumnKind kind, String text, Optional<Audience> audience, Optional<DisclosureMode> mode,
        Set<AdministrativeLevel> levels, Optional<Channel> channel) {

    static final int MAX_LABEL = 12;

    public HeaderLabel {
        levels = levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
    }

    private static HeaderLabel of(ColumnKind kind, String text) {
        return new HeaderLabel(kind, text, Optional.empty(), Optional.empty(), Set.of(), Optional.empty());
    }

    /** Reads a header cell; empty when it is no label this library knows. */
    public static Optional<HeaderLabel> classify(String text) {
        Optional<HeaderLabel> label = classifyExactly(text);
        if (label.isPresent()) {
            return label;
        }
        String core = core(text);
        return core.equals(text) ? Optional.empty() : classifyExactly(core);
    }

    private static Optional<HeaderLabel> classifyExactly(String text) {
        String k = Text.matchKey(text);
        if (k.isEmpty() || k.length() > MAX_LABEL) {
            return Optional.empty();
        }
        return Optional.ofNullable(field(k, text)).or(() -> mark(k, text));
    }

    /**
     * The note a header cell carries besides its label, when the label is recognised only without it: a legend
     * or remark in brackets or on its own line (（“■”表示必选项，“□”表示可选项）, （可多选）, 注：…).
     */
    public static Optional<String> note(String text) {
        if (classifyExactly(text).isPresent()) {
            return Optional.empty();
        }
        String core = core(text);
        if (core.equals(text) || classifyExactly(core).isEmpty()) {
            return Optional.empty();
        }
        String rest = text.strip().substring(core.length()).strip();
        return Optional.of(rest.replaceAll("^[(（]|[)）]$", "").strip()).filter(s -> !s.isEmpty());
    }

    /** The label part of a header cell: the text before a bracket, a line break or a 注：/说明： remark. */
    static String core(String text) {
        String t = text.strip();
        int cut = t.length();
        for (String mark : new String[] {"（", "(", "\n", "注：", "注:", "说明：", "说明:"}) {
            int at = t.indexOf(mark);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return t.substring(0, cut).strip();
    }

    /** A sub-label under a group: a level under 公开层级, a channel option under 公开渠道和载体. */
    static Optional<HeaderLabel> underGroup(ColumnKind group, String text) {
        String k = Text.matchKey(text);
        if (k.isEmpty() || k.length() > MAX_LABEL) {
            return Optional.empty();
        }
        if (group == ColumnKind.GROUP_LEVELS) {
            Set<AdministrativeLevel> levels = levels(text);
            if (!levels.isEmpty()) {
                return Optional.of(new HeaderLabel(ColumnKind.LEVEL_MARK, text, Optional.empty(), Optional.empty(),
                        levels, Optional.empty()));
            }
        }
        if (group == ColumnKind.GROUP_CHANNELS && ChannelOption.fromLabel(text).isPresent()) {
            return Optional.of(new HeaderLabel(ColumnKind.CHANNEL_MARK, text, Optional.empty(), Optional.empty(),
                    Set.of(), Optional.of(Channel.parse(text))));
        }
        return classify(text);
    }

    private static HeaderLabel field(String k, String text) {
        ColumnKind kind = null;
        if (k.equals("序号") || k.equals("编号") || k.equals("序")) {
            kind = ColumnKind.SEQ;
        } else if (k.startsWith("一级事项编码") || k.equals("一级编码")) {
            kind = ColumnKind.AREA_CODE;
        } else if (k.equals("事项编码") || k.equals("编码") || k.equals("代码") || k.equals("二级事项编码")) {
            kind = ColumnKind.CODE;
        } else if (k.startsWith("一级")) {
            kind = ColumnKind.AREA;
        } else if (k.startsWith("二级")) {
            kind = ColumnKind.NAME;
        } else if (k.startsWith("三级")) {
            kind = ColumnKind.ITEMS;
        } else if (k.equals("公开事项") || k.equals("事项") || k.equals("事项名称") || k.equals("公开事项名称")) {
            kind = ColumnKind.GROUP_MATTER;
        } else if (k.startsWith("公开内容") || k.startsWith("内容")) {
            kind = ColumnKind.CONTENT;
        } else if (k.contains("依据")) {
            kind = ColumnKind.LEGAL_BASIS;
        } else if (k.contains("时限") || k.equals("公开时间")) {
            kind = ColumnKind.DEADLINE;
        } else if (k.contains("主体") || k.equals("责任单位") || k.equals("责任部门")) {
            kind = ColumnKind.OWNER;
        } else if (k.equals("渠道顺序")) {
            kind = ColumnKind.CHANNEL_ORDER;
        } else if (k.contains("渠道") || k.contains("载体")) {
            kind = ColumnKind.GROUP_CHANNELS;
        } else if (k.equals("公开对象") || k.equals("对象")) {
            kind = ColumnKind.GROUP_AUDIENCE;
        } else if (k.equals("公开方式") || k.equals("方式")) {
            kind = ColumnKind.GROUP_MODE;
        } else if (k.equals("公开层级") || k.equals("层级")) {
            kind = ColumnKind.GROUP_LEVELS;
        } else if (k.equals("备注") || k.equals("说明")) {
            kind = ColumnKind.REMARK;
        } else if (k.equals("出处")) {
            kind = ColumnKind.SOURCES;
        } else if (k.equals("可信度")) {
            kind = ColumnKind.CONFIDENCE;
        } else if (k.equals("推定字段")) {
            kind = ColumnKind.INFERRED;
        } else if (k.equals("转录说明")) {
            kind = ColumnKind.NOTES;
        }
        return kind == null ? null : of(kind, text);
    }

    private static Optional<HeaderLabel> mark(String k, String text) {
        Optional<Audience> audience = Audience.fromLabel(k);
        if (audience.isPresent() && k.length() <= 6) {
            return Optional.of(new HeaderLabel(ColumnKind.AUDIENCE_MARK, text, audience, Optional.empty(), Set.of(),
                    Optional.empty()));
        }
        Optional<DisclosureMode> mode = DisclosureMode.fromLabel(k);
        if (mode.isPresent() && k.length() <= 6) {
            return Optional.of(new HeaderLabel(ColumnKind.MODE_MARK, text, Optional.empty(), mode, Set.of(),
                    Optional.empty()));
        }
        if (k.endsWith("级")) {
            Set<AdministrativeLevel> levels = levels(text);
            if (!levels.isEmpty()) {
                return Optional.of(new HeaderLabel(ColumnKind.LEVEL_MARK, text, Optional.empty(), Optional.empty(),
                        levels, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * The levels a level column names. A parenthesised qualifier is dropped first, so that 镇街(园区)级 is the
     * township level and 县(市、区)级 the county level.
     */
    static Set<AdministrativeLevel> levels(String text) {
        String withoutQualifier = Text.fold(text).replaceAll("\\([^)]*\\)", "");
        Set<AdministrativeLevel> levels = AdministrativeLevel.parseAll(withoutQualifier);
        return levels.isEmpty() ? AdministrativeLevel.parseAll(text) : levels;
    }
}
