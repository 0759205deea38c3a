/** OSICAM scoring: RFM, customer-base (BTYD/CLV) models, potential, affinities, typologies. */
@NullMarked
package org.osicam.scoring;

import org.jspecify.annotations.NullMarked;
