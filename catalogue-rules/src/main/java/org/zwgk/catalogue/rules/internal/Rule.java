package org.zwgk.catalogue.rules.internal;

import org.zwgk.catalogue.rules.RuleInfo;

/** One conformance rule: its metadata, and a check that reports findings and skipped comparisons. */
public interface Rule {

    /** The rule's metadata. */
    RuleInfo info();

    /** Looks at the child (and its alignment to the parent) and reports to {@code findings}. */
    void check(CheckView check, Findings findings);

    /** The check half of a rule: {@link RuleSet}'s table binds each to its id, severity, legal basis and messages. */
    @FunctionalInterface
    interface Check {
        void check(CheckView check, Findings findings);
    }
}
