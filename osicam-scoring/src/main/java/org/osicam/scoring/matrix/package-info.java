/**
 * The relational matrix: customers placed on a grid of current value x potential (with an optional
 * expectations axis), each cell carrying a name and an action-plan id. Entry point: {@link
 * org.osicam.scoring.matrix.RelationalMatrix#builder()}.
 */
@NullMarked
package org.osicam.scoring.matrix;

import org.jspecify.annotations.NullMarked;
