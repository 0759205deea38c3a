/**
 * Did the campaign work? Treatment versus control {@link org.osicam.metrics.uplift.Uplift}, tests
 * of two proportions and the {@link org.osicam.metrics.uplift.SampleSize} calculator.
 */
@NullMarked
package org.osicam.metrics.uplift;

import org.jspecify.annotations.NullMarked;
