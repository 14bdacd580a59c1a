package org.zwgk.catalogue.rules.internal;

import java.util.List;

import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.internal.rules.AudienceNarrowed;
import org.zwgk.catalogue.rules.internal.rules.DeadlineBeyondStatute;
import org.zwgk.catalogue.rules.internal.rules.DeadlineLooserThanParent;
import org.zwgk.catalogue.rules.internal.rules.DeadlineUnrecognized;
import org.zwgk.catalogue.rules.internal.rules.DuplicateCategory;
import org.zwgk.catalogue.rules.internal.rules.InstrumentRepealed;
import org.zwgk.catalogue.rules.internal.rules.InstrumentUnknown;
import org.zwgk.catalogue.rules.internal.rules.LocalAddition;
import org.zwgk.catalogue.rules.internal.rules.MissingCategory;
import org.zwgk.catalogue.rules.internal.rules.ModeDowngraded;
import org.zwgk.catalogue.rules.internal.rules.NotApplicableWithoutReason;
import org.zwgk.catalogue.rules.internal.rules.OwnerLevelMismatch;
import org.zwgk.catalogue.rules.internal.rules.OwnerMissing;
import org.zwgk.catalogue.rules.internal.rules.ParentChannelDropped;
import org.zwgk.catalogue.rules.internal.rules.ParentCitationDropped;
import org.zwgk.catalogue.rules.internal.rules.ParentElementDropped;
import org.zwgk.catalogue.rules.internal.rules.RequiredField;

/** Every rule, in report order. Rules are stateless, so one instance serves every thread. */
public final class RuleSet {

    static final List<Rule> ALL = List.of(
            new RequiredField(),
            new DuplicateCategory(),
            new MissingCategory(),
            new NotApplicableWithoutReason(),
            new LocalAddition(),
            new DeadlineLooserThanParent(),
            new DeadlineBeyondStatute(),
            new DeadlineUnrecognized(),
            new ParentCitationDropped(),
            new InstrumentRepealed(),
            new InstrumentUnknown(),
            new ParentElementDropped(),
            new ParentChannelDropped(),
            new AudienceNarrowed(),
            new ModeDowngraded(),
            new OwnerMissing(),
            new OwnerLevelMismatch());

    private static final List<RuleInfo> INFOS = ALL.stream().map(Rule::info).toList();

    private RuleSet() {
    }

    /** The metadata of every rule, in report order. */
    public static List<RuleInfo> infos() {
        return INFOS;
    }
}
