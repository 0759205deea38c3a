package org.osicam.core.consolidation;

/**
 * One bar of a match explanation ("waterfall"): how one attribute of a pair compared and what
 * weight it added.
 *
 * @param attribute the attribute key, e.g. {@code family_name}
 * @param level the level index (0 = missing on one side: no information)
 * @param levelName the level's description, e.g. {@code jaro-winkler>=0.92}
 * @param weight the weight added in bits ({@code log2(m/u)}; 0 when missing)
 * @param termFrequencyAdjusted whether {@code u} was the frequency of the shared value rather than
 *     the level's average (exact agreement on a rare name weighs more than on a common one)
 */
public record AttributeComparison(
    String attribute, int level, String levelName, double weight, boolean termFrequencyAdjusted) {}
