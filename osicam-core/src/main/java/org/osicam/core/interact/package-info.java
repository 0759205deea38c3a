/**
 * Interact, Collect, Feed: the interaction policy (action catalogue, consent, contact pressure,
 * quiet hours, coherence, arbitration with capacities, sticky control groups), batch planning
 * ({@link org.osicam.core.interact.Planner}), real-time decisions ({@link
 * org.osicam.core.interact.Decider}) and the learning loop that records outcomes and feeds them
 * back into the knowledge base ({@link org.osicam.core.interact.Collector}).
 *
 * <p>Entry point: {@link org.osicam.core.interact.InteractionPolicy#builder()}.
 */
@NullMarked
package org.osicam.core.interact;

import org.jspecify.annotations.NullMarked;
