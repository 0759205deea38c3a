/**
 * Survey indicators: {@link org.osicam.metrics.survey.Nps}, {@link org.osicam.metrics.survey.Ces}
 * and {@link org.osicam.metrics.survey.Csat}, each a mergeable accumulator with an immutable result
 * that carries its uncertainty.
 */
@NullMarked
package org.osicam.metrics.survey;

import org.jspecify.annotations.NullMarked;
