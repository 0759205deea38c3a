/**
 * Cross-sell affinities: frequent itemsets with FP-Growth, association rules with one item on the
 * right-hand side (support, confidence, lift, leverage, conviction; the semantics of the R package
 * arules), and next best product recommendations that explain themselves.
 *
 * <p>Entry points: {@link org.osicam.scoring.affinity.Baskets#builder()} for the input, {@link
 * org.osicam.scoring.affinity.AssociationRules#miner()} to mine, {@link
 * org.osicam.scoring.affinity.NextBestProduct#builder()} to recommend.
 */
@NullMarked
package org.osicam.scoring.affinity;

import org.jspecify.annotations.NullMarked;
