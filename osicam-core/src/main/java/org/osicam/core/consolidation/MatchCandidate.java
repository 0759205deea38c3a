package org.osicam.core.consolidation;

import org.osicam.core.model.CustomerId;

/**
 * An existing customer a new record may belong to, with its best-scoring record as evidence.
 *
 * @param customerId the customer
 * @param probability the match probability of the best pair
 * @param explanation the explanation of that pair (the new record is {@code left})
 */
public record MatchCandidate(CustomerId customerId, double probability, Explanation explanation) {}
