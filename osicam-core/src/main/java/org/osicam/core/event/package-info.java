/**
 * Customer events: typed, timestamped facts about one customer that carry the numbers that
 * triggered them. Detectors in {@code osicam-scoring} emit them (purchase-rhythm breaks, spend
 * shifts, score crossings, segment moves); host applications supply the external ones (life events,
 * payment incidents, claims, complaints); the interaction engine consumes both.
 */
@NullMarked
package org.osicam.core.event;

import org.jspecify.annotations.NullMarked;
