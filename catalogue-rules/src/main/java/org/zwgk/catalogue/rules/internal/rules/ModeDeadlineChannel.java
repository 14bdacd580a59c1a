package org.zwgk.catalogue.rules.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.ChannelOption;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.Trigger;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Printed;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code consistency.mode-deadline-channel}: a row that contradicts itself, named as such rather than left to
 * several unrelated findings. A row published 主动 (or to 全社会, and not 依申请) whose deadline counts only from
 * 收到申请: 主动 information waits for no request (第二十六条 counts from 形成或者变更). A 主动 row whose only channel
 * is 精准推送: pushing to a party is not publishing to the public (第二十三、二十四条: 政府网站 and the 政府信息公开平台).
 */
public final class ModeDeadlineChannel implements Rule.Check {

    /**
     * True when a row published 主动 (or to 全社会, and not 依申请) counts its deadline only from 收到申请. The
     * deadline rule leaves such a row to this one rather than report it as not comparable.
     */
    static boolean countsProactiveFromRequest(Category c) {
        Set<DisclosureMode> mode = c.mode();
        boolean proactive = mode.contains(DisclosureMode.PROACTIVE);
        boolean toPublic = c.audience().contains(Audience.PUBLIC) && !c.audience().contains(Audience.SPECIFIC_GROUP);
        if (mode.contains(DisclosureMode.ON_REQUEST) || !(proactive || toPublic) || c.deadline().isEmpty()) {
            return false;
        }
        List<Trigger> triggers = triggers(c.deadline().get());
        return !triggers.isEmpty() && triggers.stream().allMatch(t -> t == Trigger.REQUEST_RECEIVED);
    }

    /** True when a 主动 row's only channel is 精准推送. The channel rule leaves such a row to this one. */
    static boolean proactivePushOnly(Category c) {
        return c.mode().contains(DisclosureMode.PROACTIVE) && !c.channels().isEmpty()
                && c.channels().stream().map(Channel::option).allMatch(o -> o == ChannelOption.TARGETED_PUSH);
    }

    @Override
    public void check(CheckView check, Findings findings) {
        for (Category c : check.childCategories()) {
            Set<DisclosureMode> mode = c.mode();
            boolean proactive = mode.contains(DisclosureMode.PROACTIVE);
            if (countsProactiveFromRequest(c)) {
                findings.at(c, CategoryField.DEADLINE).childValue(c.deadline().get().text())
                        .legalBasis(LegalBases.ART_26)
                        .report("finding.consistency.mode-deadline-channel.request-clock", c.name(),
                                proactive ? Printed.mode(mode) : Printed.audience(c.audience()),
                                c.deadline().get().text());
            }
            if (proactivePushOnly(c)) {
                findings.at(c, CategoryField.CHANNELS).childValue(Printed.channels(c.channels()))
                        .legalBasis(LegalBases.printed("reg-23-24"))
                        .report("finding.consistency.mode-deadline-channel.push-only", c.name());
            }
        }
    }

    private static List<Trigger> triggers(Deadline d) {
        List<Trigger> out = new ArrayList<>();
        if (d instanceof Deadline.Relative r) {
            out.add(r.trigger());
        } else if (d instanceof Deadline.Composite composite) {
            composite.parts().forEach(p -> out.addAll(triggers(p)));
        }
        return out;
    }
}
