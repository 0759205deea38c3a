/**
 * Organise: consolidate source records from many systems into one golden customer per person.
 *
 * <p>{@link org.osicam.core.consolidation.Consolidator#builder()} is the entry point; {@link
 * org.osicam.core.consolidation.ConsolidationConfig} the immutable configuration (with {@link
 * org.osicam.core.consolidation.ConsolidationConfig#defaults()} for person records); {@link
 * org.osicam.core.consolidation.Consolidation} the result, which also matches new records
 * incrementally, takes manual decisions, unmerges and erases. The pipeline is normalise, block,
 * compare, score (Fellegi-Sunter), decide, cluster, survive, lineage; see {@code docs/organise.md}.
 */
@NullMarked
package org.osicam.core.consolidation;

import org.jspecify.annotations.NullMarked;
