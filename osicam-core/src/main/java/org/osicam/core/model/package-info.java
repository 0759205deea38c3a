/**
 * The customer model: immutable records validated in their compact constructors.
 *
 * <p>Identity: {@link org.osicam.core.model.CustomerId}, {@link org.osicam.core.model.SourceKey},
 * {@link org.osicam.core.model.SourceRecord}, {@link org.osicam.core.model.Customer} (the golden
 * record with lineage). Activity: {@link org.osicam.core.model.Transaction}, {@link
 * org.osicam.core.model.Interaction}, {@link org.osicam.core.model.Consent}, {@link
 * org.osicam.core.model.SurveyResponse}. Knowledge: {@link org.osicam.core.model.Score} under a
 * {@link org.osicam.core.model.ScoreKey} that other modules define.
 *
 * <p>Record equality on {@code double} components follows {@link Double#compare}; amounts of money
 * are {@link java.math.BigDecimal} at this edge and primitives inside the models.
 */
@NullMarked
package org.osicam.core.model;

import org.jspecify.annotations.NullMarked;
