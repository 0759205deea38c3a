/**
 * Customer profitability: each customer's own P&amp;L (revenue, cost of goods, cost to serve,
 * acquisition cost, contribution margin), computed transaction by transaction and interaction by
 * interaction, per customer, per period and per segment. Entry point: {@link
 * org.osicam.scoring.profitability.Profitability#builder()}.
 */
@NullMarked
package org.osicam.scoring.profitability;

import org.jspecify.annotations.NullMarked;
