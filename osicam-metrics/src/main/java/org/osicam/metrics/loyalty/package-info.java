/** Loyalty and customer-base KPIs as of a date, and cohort retention tables. */
@NullMarked
package org.osicam.metrics.loyalty;

import org.jspecify.annotations.NullMarked;
