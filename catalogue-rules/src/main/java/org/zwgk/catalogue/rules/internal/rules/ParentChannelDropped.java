package org.zwgk.catalogue.rules.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.ChannelOption;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Names;
import org.zwgk.catalogue.rules.internal.Printed;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code channel.parent-channel-dropped}: channels of the parent's category the child does not keep, one finding
 * per category listing them. The 13 printed boxes are a menu the city may widen (根据工作需要拓宽公开渠道), and the
 * 条例 makes the government website and the 政府信息公开平台 the statutory route for 主动 information (第二十三、
 * 二十四条) while physical points are 可以根据需要 (第二十五条). So: an ERROR only when a 主动 row keeps no 政府网站
 * or 政府信息公开平台; a WARNING when a 特定群体 row loses 精准推送 with no other route to the party (入户/现场);
 * a WARNING for any other dropped channel (justify it or add it back). A parent's □ options (a legend ■必选/□可选)
 * are never channels: the readers keep only ■ boxes. Printed options compare by option (精准报送 is 精准推送);
 * free text under 其他 by folded text.
 */
public final class ParentChannelDropped implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        Set<ChannelOption> statutory = LegalBases.statutoryOptions();
        Set<ChannelOption> toParty = LegalBases.routesToParty();
        for (Match m : check.comparable(CategoryField.CHANNELS, findings)) {
            Category p = m.parent().orElseThrow();
            Category c = m.child().orElseThrow();
            List<Channel> dropped = new ArrayList<>();
            for (Channel channel : p.channels()) {
                if (!keeps(c.channels(), channel)) {
                    dropped.add(channel);
                }
            }
            if (dropped.isEmpty() || ModeDeadlineChannel.proactivePushOnly(c)) {
                // A 主动 row with only 精准推送 contradicts itself: consistency.mode-deadline-channel names it.
                continue;
            }
            String labels = Printed.channels(dropped);
            Findings.Builder finding = findings.at(c, CategoryField.CHANNELS)
                    .parentValue(Printed.channels(p.channels())).childValue(Printed.channels(c.channels()));
            Set<DisclosureMode> mode = c.mode().isEmpty() ? p.mode() : c.mode();
            Set<Audience> audience = c.audience().isEmpty() ? p.audience() : c.audience();
            if (mode.contains(DisclosureMode.PROACTIVE) && !hasStatutoryRoute(c.channels(), statutory)) {
                finding.legalBasis(LegalBases.printed("reg-23-24"))
                        .report("finding.channel.parent-channel-dropped.statutory", c.name(), labels);
            } else if (audience.contains(Audience.SPECIFIC_GROUP)
                    && dropped.stream().anyMatch(d -> toParty.contains(d.option()))
                    && c.channels().stream().noneMatch(k -> toParty.contains(k.option()))) {
                finding.severity(Severity.WARNING).legalBasis(LegalBases.GUIDELINE)
                        .report("finding.channel.parent-channel-dropped.party", c.name(), labels);
            } else {
                finding.severity(Severity.WARNING)
                        .legalBasis(LegalBases.GUIDELINE + "；" + LegalBases.printed("reg-25")).report("finding.channel.parent-channel-dropped", c.name(), labels);
            }
        }
    }

    private static boolean hasStatutoryRoute(List<Channel> channels, Set<ChannelOption> statutory) {
        for (Channel k : channels) {
            if (statutory.contains(k.option())) {
                return true;
            }
            if (k.isFreeText()) {
                for (String name : LegalBases.statutoryFreeText()) {
                    if (Names.key(k.label()).contains(Names.key(name))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean keeps(List<Channel> channels, Channel parent) {
        for (Channel k : channels) {
            if (same(parent, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Channel parent, Channel child) {
        if (parent.option() != child.option()) {
            return false;
        }
        return !parent.isFreeText() || Names.key(parent.label()).equals(Names.key(child.label()));
    }
}
