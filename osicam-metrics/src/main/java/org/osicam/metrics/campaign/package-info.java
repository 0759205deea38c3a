/** Campaign KPIs: contacts, response, conversion and efficiency rates, revenue, cost and ROI. */
@NullMarked
package org.osicam.metrics.campaign;

import org.jspecify.annotations.NullMarked;
