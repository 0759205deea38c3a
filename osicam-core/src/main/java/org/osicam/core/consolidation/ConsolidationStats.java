package org.osicam.core.consolidation;

/**
 * Counts of a consolidation run (no personal data: safe to log).
 *
 * @param records source records consolidated
 * @param customers golden customers
 * @param candidatePairs pairs selected by blocking and compared
 * @param matchedPairs compared pairs at or above the match threshold
 * @param reviewPairs compared pairs in the review band (possible matches for a human)
 * @param skippedBlocks blocks larger than the block-size guard, left out of candidate generation
 * @param refusedMerges cluster merges refused by the anti-chaining guard or a non-match decision
 */
public record ConsolidationStats(
    long records,
    long customers,
    long candidatePairs,
    long matchedPairs,
    long reviewPairs,
    long skippedBlocks,
    long refusedMerges) {}
