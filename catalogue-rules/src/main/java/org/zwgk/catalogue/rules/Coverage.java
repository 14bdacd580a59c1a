package org.zwgk.catalogue.rules;

/**
 * How much of the parent the child covers.
 *
 * @param expected      parent categories expected of the child (those whose 公开层级 includes the child's level)
 * @param present       expected categories the child has
 * @param notApplicable expected categories the child declares not applicable
 * @param missing       expected categories the child neither has nor declares not applicable
 * @param added         child categories with no parent counterpart
 * @param untranscribed categories the parent declares but whose rows are not transcribed, so not checked
 */
public record Coverage(int expected, int present, int notApplicable, int missing, int added, int untranscribed) {
}
