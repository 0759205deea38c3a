/** OSICAM metrics: survey indicators, campaign and loyalty KPIs with honest statistics. */
@NullMarked
package org.osicam.metrics;

import org.jspecify.annotations.NullMarked;
