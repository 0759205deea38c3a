/**
 * Segment definitions: one rule language with two faces, a fluent Java DSL ({@link
 * org.osicam.core.segment.Rule}) and a JSON form ({@link org.osicam.core.segment.Rule#toJson()},
 * {@link org.osicam.core.segment.Rule#fromJson(String)}) of the same tree.
 *
 * <p>Rules are checked against a {@link org.osicam.core.segment.Schema} when a {@link
 * org.osicam.core.segment.SegmentMap} (exclusive, first match wins) or a {@link
 * org.osicam.core.segment.TagSet} (non-exclusive) is built. They evaluate over a {@link
 * org.osicam.core.segment.Profile} (one customer) or a {@link org.osicam.core.segment.ProfileTable}
 * (a columnar population) through the same code: a single profile is evaluated as a one-row table.
 * Relative dates, event windows and percentiles are computed against the explicit as-of date of an
 * {@link org.osicam.core.segment.EvaluationContext}, never the clock.
 *
 * <p>A missing value (an absent attribute or score) fails every comparison, including {@code ne}
 * and {@code notIn}; use {@code missing}, {@code exists} or {@code not} to talk about absence.
 */
@NullMarked
package org.osicam.core.segment;

import org.jspecify.annotations.NullMarked;
