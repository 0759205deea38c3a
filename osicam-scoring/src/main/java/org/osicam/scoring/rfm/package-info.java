/**
 * RFM: recency, frequency and monetary value per customer as of an explicit date, scored on
 * configurable bins, and named segment maps.
 *
 * <p>Entry point: {@link org.osicam.scoring.rfm.Rfm#builder()}. The default {@link
 * org.osicam.scoring.rfm.Binning#quantiles(int)} reproduces the R package {@code rfm} (0.3.0):
 * interior quantiles (R type 7) plus one, half-open intervals, equal values in one bin. {@link
 * org.osicam.scoring.rfm.Binning#equalCount(int)} gives equal-size bins with ties broken by
 * customer id; {@link org.osicam.scoring.rfm.Binning#fixed(double...)} takes business thresholds.
 * The thresholds used are always in the result. Segment maps ({@link
 * org.osicam.scoring.rfm.RfmSegmentMap}) are data: ordered rows of inclusive score ranges, first
 * match wins, a default label.
 */
@NullMarked
package org.osicam.scoring.rfm;

import org.jspecify.annotations.NullMarked;
