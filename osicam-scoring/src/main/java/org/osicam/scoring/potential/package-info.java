/**
 * Potential: a customer's predicted future value (from the customer-base / CLV models, through the
 * {@link org.osicam.scoring.potential.FutureValue} interface), its gap to the current value, and
 * share of wallet where the host estimates the customer's total category spend ({@link
 * org.osicam.scoring.potential.WalletEstimate}). Entry point: {@link
 * org.osicam.scoring.potential.Potential#builder()}.
 */
@NullMarked
package org.osicam.scoring.potential;

import org.jspecify.annotations.NullMarked;
