/**
 * Behaviour-change events from each customer's own detailed history: purchase-rhythm breaks, spend
 * shifts, score crossings and segment moves, plus external events supplied by the host. Events are
 * {@link org.osicam.core.event.CustomerEvent} records carrying the numbers that triggered them.
 * Entry point: {@link org.osicam.scoring.events.BehaviourChange#detector()}.
 */
@NullMarked
package org.osicam.scoring.events;

import org.jspecify.annotations.NullMarked;
