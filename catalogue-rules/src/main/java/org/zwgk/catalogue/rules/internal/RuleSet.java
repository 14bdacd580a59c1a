package org.zwgk.catalogue.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.rules.RuleBasis;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.rules.AudienceNarrowed;
import org.zwgk.catalogue.rules.internal.rules.DeadlineBeyondStatute;
import org.zwgk.catalogue.rules.internal.rules.DeadlineLooserThanParent;
import org.zwgk.catalogue.rules.internal.rules.DeadlineUnrecognized;
import org.zwgk.catalogue.rules.internal.rules.DuplicateCategory;
import org.zwgk.catalogue.rules.internal.rules.InstrumentRepealed;
import org.zwgk.catalogue.rules.internal.rules.InstrumentUnknown;
import org.zwgk.catalogue.rules.internal.rules.LocalAddition;
import org.zwgk.catalogue.rules.internal.rules.MissingCategory;
import org.zwgk.catalogue.rules.internal.rules.ModeDeadlineChannel;
import org.zwgk.catalogue.rules.internal.rules.ModeDowngraded;
import org.zwgk.catalogue.rules.internal.rules.NotApplicableWithoutReason;
import org.zwgk.catalogue.rules.internal.rules.OutdatedVersion;
import org.zwgk.catalogue.rules.internal.rules.OwnerLevelMismatch;
import org.zwgk.catalogue.rules.internal.rules.OwnerMissing;
import org.zwgk.catalogue.rules.internal.rules.ParentChannelDropped;
import org.zwgk.catalogue.rules.internal.rules.ParentCitationDropped;
import org.zwgk.catalogue.rules.internal.rules.ParentElementDropped;
import org.zwgk.catalogue.rules.internal.rules.RequiredField;
import org.zwgk.catalogue.rules.internal.rules.SpecialStatuteDeadline;

/**
 * Every rule, in report order: one row per rule with its id, the version that introduced it, its default severity,
 * the provisions it rests on (ids of {@code legal-bases.json}), the message ids it reports with, and its check. The
 * title, description, example and messages themselves are the bundle's, under the row's ids (rule.ID.title,
 * rule.ID.description, rule.ID.example, and each message id listed). {@code docs/rules.md} is generated from this
 * table (RulesDocumentTest fails when they differ). Rules are stateless, so one instance serves every thread.
 */
public final class RuleSet {

    /** One rule: its metadata, the message ids its findings use, and its check. */
    public record Row(RuleInfo info, List<String> messages, Rule.Check checker) implements Rule {
        @Override
        public void check(CheckView check, Findings findings) {
            checker.check(check, findings);
        }
    }

    private static final String V1 = "0.1.0";
    private static final String V2 = "0.2.0";

    static final List<Rule> ALL = List.of(
            row("structure.required-field", V1, Severity.ERROR, new RequiredField(), bases("guideline"),
                    "finding.structure.required-field", "finding.structure.required-field.column-missing"),
            row("structure.duplicate-category", V1, Severity.ERROR, new DuplicateCategory(), bases("guideline"),
                    "finding.structure.duplicate-category"),
            row("coverage.missing-category", V1, Severity.ERROR, new MissingCategory(), bases("guideline"),
                    "finding.coverage.missing-category"),
            row("coverage.not-applicable-without-reason", V1, Severity.WARNING, new NotApplicableWithoutReason(),
                    bases("guideline"), "finding.coverage.not-applicable-without-reason",
                    "finding.coverage.not-applicable-without-reason.bare"),
            row("coverage.local-addition", V1, Severity.INFO, new LocalAddition(), bases("guideline"),
                    "finding.coverage.local-addition", "finding.coverage.local-addition.other-domains"),
            row("deadline.looser-than-parent", V1, Severity.ERROR, new DeadlineLooserThanParent(),
                    bases("guideline", "reg-2", "reg-26"), "finding.deadline.looser-than-parent",
                    "finding.deadline.looser-than-parent.not-comparable",
                    "finding.deadline.looser-than-parent.change-omitted"),
            row("deadline.beyond-statute", V1, Severity.ERROR, new DeadlineBeyondStatute(),
                    bases("reg-26", "reg-33", "reg-49"), "finding.deadline.beyond-statute.proactive",
                    "finding.deadline.beyond-statute.request", "finding.deadline.beyond-statute.annual-report"),
            row("deadline.special-statute", V2, Severity.WARNING, new SpecialStatuteDeadline(),
                    bases("gbf-118", "penalty-48"), "finding.deadline.special-statute",
                    "finding.deadline.special-statute.parent-too", "finding.deadline.special-statute.withdrawal",
                    "finding.deadline.special-statute.withdrawal.parent-too"),
            row("deadline.unrecognized", V1, Severity.WARNING, new DeadlineUnrecognized(), List.of(),
                    "finding.deadline.unrecognized"),
            row("legal.parent-citation-dropped", V1, Severity.WARNING, new ParentCitationDropped(),
                    bases("guideline", "registry"), "finding.legal.parent-citation-dropped",
                    "finding.legal.parent-citation-dropped.successor",
                    "finding.legal.parent-citation-dropped.with-successor",
                    "finding.legal.parent-citation-dropped.geography"),
            row("legal.instrument-repealed", V1, Severity.WARNING, new InstrumentRepealed(), bases("registry"),
                    "finding.legal.instrument-repealed", "finding.legal.instrument-repealed.unconfirmed",
                    "finding.legal.instrument-repealed.no-successor", "finding.legal.instrument-repealed.pending",
                    "finding.legal.instrument-repealed.pending.unconfirmed", "finding.legal.instrument-repealed.inherited",
                    "finding.legal.instrument-repealed.unconfirmed.inherited"),
            row("legal.instrument-unknown", V1, Severity.INFO, new InstrumentUnknown(), bases("registry"),
                    "finding.legal.instrument-unknown", "finding.legal.instrument-unknown.ambiguous"),
            row("legal.outdated-version", V2, Severity.WARNING, new OutdatedVersion(),
                    bases("reg-2007", "reg-33", "reg-49"), "finding.legal.outdated-version.citation",
                    "finding.legal.outdated-version.request", "finding.legal.outdated-version.annual-report"),
            row("content.parent-element-dropped", V1, Severity.ERROR, new ParentElementDropped(),
                    bases("guideline"), "finding.content.parent-element-dropped"),
            row("channel.parent-channel-dropped", V1, Severity.ERROR, new ParentChannelDropped(),
                    bases("guideline", "reg-23-24", "reg-25"), "finding.channel.parent-channel-dropped.statutory",
                    "finding.channel.parent-channel-dropped", "finding.channel.parent-channel-dropped.party"),
            row("audience.narrowed", V1, Severity.ERROR, new AudienceNarrowed(), bases("guideline"),
                    "finding.audience.narrowed", "finding.audience.narrowed.inferred"),
            row("mode.downgraded", V1, Severity.ERROR, new ModeDowngraded(), bases("guideline"),
                    "finding.mode.downgraded", "finding.mode.downgraded.inferred"),
            row("owner.missing", V1, Severity.ERROR, new OwnerMissing(), bases("guideline"),
                    "finding.owner.missing"),
            row("owner.level-mismatch", V1, Severity.WARNING, new OwnerLevelMismatch(),
                    bases("guideline-scope", "reg-10"), "finding.owner.level-mismatch",
                    "finding.owner.level-mismatch.above", "finding.owner.level-mismatch.generic"),
            row("consistency.mode-deadline-channel", V2, Severity.WARNING, new ModeDeadlineChannel(),
                    bases("reg-23-24", "reg-26", "reg-33"), "finding.consistency.mode-deadline-channel.request-clock",
                    "finding.consistency.mode-deadline-channel.push-only"));

    private static final List<RuleInfo> INFOS = ALL.stream().map(Rule::info).toList();

    private RuleSet() {
    }

    private static List<RuleBasis> bases(String... ids) {
        return LegalBases.bases(ids);
    }

    private static Rule row(String id, String since, Severity severity, Rule.Check check, List<RuleBasis> bases,
            String... messages) {
        // The registry is where a citation's facts come from, not a provision a finding cites.
        List<RuleBasis> cited = new ArrayList<>();
        for (RuleBasis b : bases) {
            if (!b.instrumentId().equals("registry")) {
                cited.add(b);
            }
        }
        // A rule that compares with the parent cites the guideline first, as every finding of it did before.
        Optional<String> printed = cited.isEmpty() ? Optional.empty()
                : Optional.of(id.startsWith("deadline.looser") ? cited.get(0).printed() : LegalBases.printed(cited));
        return new Row(new RuleInfo(id, since, severity, printed, bases), List.of(messages), check);
    }

    /** The metadata of every rule, in report order. */
    public static List<RuleInfo> infos() {
        return INFOS;
    }

    /** Every rule's row, in report order. */
    public static List<Row> rows() {
        return ALL.stream().map(Row.class::cast).toList();
    }
}
