/**
 * Typologies: k-means++ clustering of customers on standardised features chosen by the host (RFM,
 * CLV, demographics), the number of clusters chosen by silhouette, each cluster described by its
 * size and feature means so an analyst can name it. Entry point: {@link
 * org.osicam.scoring.typology.Typology#builder()}.
 */
@NullMarked
package org.osicam.scoring.typology;

import org.jspecify.annotations.NullMarked;
