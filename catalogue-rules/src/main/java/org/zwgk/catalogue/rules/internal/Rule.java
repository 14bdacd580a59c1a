package org.zwgk.catalogue.rules.internal;

import org.zwgk.catalogue.rules.RuleInfo;

/** One conformance rule: its metadata, and a check that reports findings and skipped comparisons. */
public interface Rule {

    /** The rule's metadata. */
    RuleInfo info();

    /** Looks at the child (and its alignment to the parent) and reports through {@code context}. */
    void check(CheckContext context);
}
