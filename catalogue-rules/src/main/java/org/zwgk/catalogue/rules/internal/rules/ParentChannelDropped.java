package org.zwgk.catalogue.rules.internal.rules;

import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Names;
import org.zwgk.catalogue.rules.internal.Printed;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code channel.parent-channel-dropped}: a channel of the parent's category the child does not keep. Printed
 * options compare by option (精准报送 is 精准推送); free text under 其他 by folded text. Adding channels (拓宽渠道)
 * is fine.
 */
public final class ParentChannelDropped implements Rule {

    static final RuleInfo INFO = new RuleInfo("channel.parent-channel-dropped", "0.1.0", Severity.ERROR,
            Optional.of(LegalBases.GUIDELINE));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        for (Match m : context.comparable(CategoryField.CHANNELS)) {
            Category p = m.parent().orElseThrow();
            Category c = m.child().orElseThrow();
            for (Channel channel : p.channels()) {
                if (!keeps(c.channels(), channel)) {
                    context.at(c, CategoryField.CHANNELS).parentValue(Printed.channels(p.channels()))
                            .childValue(Printed.channels(c.channels()))
                            .report("finding.channel.parent-channel-dropped", c.name(), channel.label());
                }
            }
        }
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
